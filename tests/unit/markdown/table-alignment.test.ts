/** The alignment Markdown gives table columns reaches pages as a class, never as an inline style. */
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { tableAlignment } from '../../../src/markdown/table-alignment.ts';

describe('tableAlignment', () => {
  it('turns each aligned cell into a class and leaves no style', () => {
    const { html } = markdownToHtml('| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n', {
      hastPlugins: [tableAlignment],
    });
    expect(html).not.toContain('style=');
    expect(html).toContain('<th class="align-left">a</th>');
    expect(html).toContain('<td class="align-center">2</td>');
    expect(html).toContain('<td class="align-right">3</td>');
  });

  it('leaves a table without alignment as it is', () => {
    const { html } = markdownToHtml('| a |\n|---|\n| 1 |\n', { hastPlugins: [tableAlignment] });
    expect(html).toContain('<th>a</th>');
  });
});

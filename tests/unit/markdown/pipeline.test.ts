/** The build's Markdown pipeline, as the check renders bodies with it (`src/markdown/pipeline.ts`). */
import { describe, expect, it } from 'vitest';
import config from '../../../astro.config.mjs';
import { HAST_PLUGINS, PIPELINE_FEATURES, renderAsBuilt } from '../../../src/markdown/pipeline.ts';

describe('renderAsBuilt', () => {
  it('renders as the build does: raw HTML parsed, links out given rel, smart punctuation, GFM tables', () => {
    const html = renderAsBuilt(
      'A [link](https://example.org/) and <a href="//example.org/x">raw</a> -- "quoted".\n\n| a |\n|--:|\n| 1 |\n',
      'md',
    );
    expect(html).toContain('<a href="https://example.org/" rel="noopener noreferrer">link</a>');
    expect(html).toContain('<a href="//example.org/x" rel="noopener noreferrer">raw</a>');
    expect(html).toContain('“quoted”');
    expect(html).toContain('class="align-right"');
  });

  it('throws where the build would stop: a construct the policy refuses', () => {
    expect(() => renderAsBuilt('<p title="x"\n\ndata-x="y">after</p>\n', 'md')).toThrow(
      /not allowed in a news body/,
    );
  });

  it('is the pipeline astro.config.mjs gives Astro: the same plugins, the same features', () => {
    const processor = config.markdown?.processor as {
      options: { hastPlugins: unknown[]; features: unknown };
    };
    expect(processor.options.hastPlugins).toEqual(HAST_PLUGINS);
    for (const [index, plugin] of HAST_PLUGINS.entries())
      expect(processor.options.hastPlugins[index]).toBe(plugin);
    expect(processor.options.features).toEqual(PIPELINE_FEATURES);
  });
});

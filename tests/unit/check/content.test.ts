/** The whole content check, on copies of content/ with one change each. */
import { describe, expect, it } from 'vitest';
import { checkAllContent } from '../../../src/check/content.ts';
import { CONTENT_PATHS } from '../../../src/content/read.ts';
import { describeProblem } from '../../../src/lib/content-problem.ts';
import { contentWith } from '../../support/content-copy.ts';

describe('checkAllContent', () => {
  it('reports a source with a text missing once, not also as unknown to the figures that name it', () => {
    const root = contentWith(CONTENT_PATHS.sources, (text) =>
      text.replace('    es: Informa la cifra publicada ese día por el INEI.\n', ''),
    );
    const problems = checkAllContent(root).map(describeProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/sources\.yaml:\d+: andina-pobreza-2019\.note\.es: is required; fix: add the line es: …/,
    );
  });

  it('still reports a figure naming a source the file does not declare', () => {
    const root = contentWith(CONTENT_PATHS.facts, (text) =>
      text.replace('source: andina-pobreza-2019', 'source: andina-pobreza-2091'),
    );
    const problems = checkAllContent(root).map(describeProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /poverty-rate-2019\.source: is not a source id of content\/sources\.yaml \(got "andina-pobreza-2091"\)$/,
    );
  });
});

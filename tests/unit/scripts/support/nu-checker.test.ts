/** Reading the Nu HTML checker's report: errors kept, only its two unknown SVG properties forgiven. */
import { describe, expect, it } from 'vitest';
import {
  describeNuMessage,
  isCheckerGap,
  nuErrors,
  type NuMessage,
} from '../../../../scripts/support/nu-checker.ts';

const message = (text: string, extra: Partial<NuMessage> = {}): NuMessage => ({
  type: 'error',
  message: text,
  ...extra,
});

describe('isCheckerGap', () => {
  it.each([
    ["CSS: “vector-effect”: Property “vector-effect” doesn't exist.", true],
    ["CSS: “paint-order”: Property “paint-order” doesn't exist.", true],
    ["CSS: “colour”: Property “colour” doesn't exist.", false],
    ['Stray start tag “script”.', false],
    ['CSS: “vector-effect”: “bogus” is not a “vector-effect” value.', false],
  ])('%s → %s', (text, expected) => {
    expect(isCheckerGap(message(text))).toBe(expected);
  });
});

describe('nuErrors', () => {
  it('keeps errors and fatal errors, drops the two gaps and anything that is not an error', () => {
    const report = JSON.stringify({
      version: '26.9.27',
      messages: [
        message('Stray start tag “script”.', { url: 'file:/x/search/index.html' }),
        message('Cannot recover after last error.', { subType: 'fatal' }),
        message("CSS: “paint-order”: Property “paint-order” doesn't exist."),
        message("CSS: “vector-effect”: Property “vector-effect” doesn't exist."),
        { type: 'info', message: 'Trailing slash on void elements has no effect.' },
      ],
    });
    expect(nuErrors(report).map((error) => error.message)).toEqual([
      'Stray start tag “script”.',
      'Cannot recover after last error.',
    ]);
  });

  it('finds nothing in a clean report', () => {
    expect(nuErrors('{"version":"26.9.27","messages":[]}')).toEqual([]);
  });
});

describe('describeNuMessage', () => {
  it('names the file relative to the project, the line and column', () => {
    expect(
      describeNuMessage(
        message('Stray start tag “script”.', {
          url: `file:${process.cwd()}/dist/search/index.html`,
          lastLine: 2,
          firstColumn: 3468,
        }),
      ),
    ).toBe('dist/search/index.html:2:3468: Stray start tag “script”.');
  });
});

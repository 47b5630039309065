import { describe, expect, it } from 'vitest';
import { isKnownIso3 } from '../../src/lib/countries.ts';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';
import { checkMdxBody } from '../../src/lib/mdx-check.ts';
import { sourceSchema } from '../../src/schemas/source.ts';

describe('edge cases of content reading', () => {
  it('keeps MDX line numbers right when the file starts with a byte-order mark', () => {
    const text = '\uFEFF---\ntitle: x\n---\n{foo}\n';
    const result = readFrontmatter(text, 'a.mdx');
    if (!result.ok) throw new Error('frontmatter should parse');
    expect(result.value.body).toBe('{foo}\n');
    expect(checkMdxBody(result.value.body, 'a.mdx', result.value.bodyLine)[0]?.line).toBe(4);
  });

  it.each(['2020-02-30', '2021-13-01'])(
    'refuses the impossible publication date %s of a source',
    (published) => {
      const result = sourceSchema.safeParse({
        publisher: 'P',
        title: 'T',
        year: 2020,
        kind: 'news',
        published,
      });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['published']);
    },
  );

  it.each([
    ['PER', true],
    ['604', false],
    ['per', false],
    ['XKX', false],
  ])('isKnownIso3(%s) is %s', (code, known) => {
    expect(isKnownIso3(code)).toBe(known);
  });
});

describe('data notes', () => {
  it('must point at a row of their table', async () => {
    const { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { checkDataNotes } = await import('../../src/content/read.ts');
    const root = mkdtempSync(join(tmpdir(), 'peru-notes-'));
    try {
      cpSync('content', join(root, 'content'), { recursive: true });
      expect(checkDataNotes(root)).toEqual([]);
      const file = join(root, 'content/data/notes.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('iso3: PRK', 'iso3: KOR'));
      // South Korea has immigrant rows but no emigrant row: the note would never be shown.
      expect(checkDataNotes(root)).toEqual([
        expect.objectContaining({
          file: 'content/data/notes.yaml',
          field: 'undesa-prk-korea.iso3',
          value: 'KOR',
        }),
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

import { describe, expect, it } from 'vitest';
import { checkNewsFile, readNewsContext } from '../../../src/news/files.ts';
import { LOCALES, strings } from '../../../src/i18n/index.ts';
import { newsFilePath, newsTemplate, todayUtc, type NewsFormat } from '../../../tools/new-news/template.ts';
import { newsSchema, type NewsLanguage } from '../../../src/news/schema.ts';

/** Every edition of the registry, in both formats. */
const cases: [NewsLanguage, NewsFormat][] = LOCALES.flatMap((lang) =>
  (['md', 'mdx'] as const).map((format): [NewsLanguage, NewsFormat] => [lang, format]),
);

const context = readNewsContext(process.cwd());

/** The template checked exactly as the build checks a news file. */
function check(lang: NewsLanguage, format: NewsFormat, text: string) {
  return checkNewsFile(newsFilePath(lang, 'new-item', format), text, context);
}

describe('newsTemplate', () => {
  it.each(cases)('writes a valid draft (%s, .%s) with the title and today’s date', (lang, format) => {
    const today = todayUtc();
    const title = 'Perú regulariza a 500.000 venezolanos';
    const text = newsTemplate({ title, date: today, lang, format });
    const { data, problems } = check(lang, format, text);
    expect(problems).toEqual([]);
    expect(data?.draft).toBe(true);
    expect(data?.title).toBe(title);
    expect(data?.date.toISOString().slice(0, 10)).toBe(today);
    expect(data?.lang).toBe(lang);
    expect(data?.translationOf).toBeUndefined();
    expect(data?.sources).toHaveLength(1);
    expect(data?.sources[0]?.url).toBeUndefined();
  });

  it.each(cases)('has every field of the schema, each under a comment (%s, .%s)', (lang, format) => {
    const lines = newsTemplate({ title: 'T', date: '2020-01-02', lang, format }).split('\n');
    for (const field of Object.keys(newsSchema.shape)) {
      // translationOf is optional and cannot be blank: it is there, commented out, to fill in.
      const index = lines.findIndex((line) => line.startsWith(`${field}:`) || line.startsWith(`# ${field}:`));
      expect(index, field).toBeGreaterThan(0);
      expect(lines[index - 1], `comment above ${field}`).toMatch(/^# \S/);
    }
    expect(lines).toContain('draft: true');
  });

  it('writes its prompts in the language of the item', () => {
    const es = newsTemplate({ title: 'T', date: '2020-01-02', lang: 'es', format: 'md' });
    const en = newsTemplate({ title: 'T', date: '2020-01-02', lang: 'en', format: 'md' });
    expect(check('es', 'md', es).data?.summary).toBe(
      '✎ Resumen: una o dos oraciones para las listas y los canales.',
    );
    expect(check('en', 'md', en).data?.summary).toBe('✎ Summary: one or two sentences for lists and feeds.');
    expect(check('es', 'md', es).data?.sources[0]?.name).toMatch(/^✎ Nombre de la fuente/);
    expect(check('en', 'md', en).data?.sources[0]?.name).toBe('✎ Source name (publisher, title)');
    expect(es).toMatch(/\n---\n\n✎ El texto de la noticia, en Markdown/);
    expect(en).toMatch(/\n---\n\n✎ The text of the item, in Markdown/);
    expect(es).toContain('Cámbielo a false');
    expect(en).toContain('Set it to false');
    const pt = newsTemplate({ title: 'T', date: '2020-01-02', lang: 'pt', format: 'md' });
    expect(check('pt', 'md', pt).data?.summary).toBe(
      '✎ Resumo: uma ou duas frases para as listas e os feeds.',
    );
    expect(pt).toMatch(/\n---\n\n✎ O texto da notícia, em Markdown/);
  });

  it('mentions the MDX component only in an .mdx item, as code the MDX check accepts', () => {
    const md = newsTemplate({ title: 'T', date: '2020-01-02', lang: 'en', format: 'md' });
    const mdx = newsTemplate({ title: 'T', date: '2020-01-02', lang: 'en', format: 'mdx' });
    expect(md).not.toContain('ProfileFact');
    expect(mdx).toContain('`<ProfileFact id="seed-ptp-granted" />`');
    expect(check('en', 'mdx', mdx).problems).toEqual([]);
  });

  it.each([
    '«Coyote 2020»: operativo contra «Los Embajadores»',
    "Peru's # 1 issue: 'quotes' and \"double quotes\"",
    '- starts with a dash',
    'true',
    '2020-10-22',
    '[brackets] {braces} & *stars* | pipes > greater %percent @at `tick`',
    'Una noticia con un título muy largo que sigue y sigue, mucho más allá de la anchura a la que YAML suele plegar las líneas largas',
  ])('keeps the title %j exactly', (title) => {
    const { data, problems } = check(
      'es',
      'md',
      newsTemplate({ title, date: '2020-01-02', lang: 'es', format: 'md' }),
    );
    expect(problems).toEqual([]);
    expect(data?.title).toBe(title);
  });

  it('writes a title on one line, spaces collapsed', () => {
    const text = newsTemplate({
      title: '  Two\nlines   and  spaces ',
      date: '2020-01-02',
      lang: 'en',
      format: 'md',
    });
    expect(check('en', 'md', text).data?.title).toBe('Two lines and spaces');
  });

  it('writes a translation with its original’s language-independent fields', () => {
    const text = newsTemplate({
      title: 'Operación Coyote',
      date: '2020-11-30',
      lang: 'es',
      format: 'md',
      translationOf: 'en/coyote-2020-operation',
      original: {
        date: '2020-11-30',
        datePrecision: 'month',
        tags: ['smuggling', 'trafficking'],
        countries: ['PER', 'MEX'],
      },
    });
    const { data, problems } = check('es', 'md', text);
    expect(problems).toEqual([]);
    expect(data).toMatchObject({
      translationOf: 'en/coyote-2020-operation',
      datePrecision: 'month',
      tags: ['smuggling', 'trafficking'],
      countries: ['PER', 'MEX'],
      draft: true,
    });
    expect(text).toContain('el mismo del original');
    expect(text).not.toContain('# translationOf:');
  });

  it('gives an existing item of another language as the example id of translationOf', () => {
    const base = { title: 'T', date: '2020-01-02', lang: 'es', format: 'md' } as const;
    const given = newsTemplate({ ...base, exampleTranslationOf: 'en/coyote-2020-operation' });
    const commentAbove = (text: string) => {
      const lines = text.split('\n');
      return lines[lines.indexOf('# translationOf: en/…') - 1];
    };
    expect(commentAbove(given)).toContain('en/coyote-2020-operation');
    // Without one, the example is a pattern in the other language's folder.
    expect(commentAbove(newsTemplate(base))).toContain('en/…');
    expect(newsTemplate(base)).not.toContain('coyote');
    expect(check('es', 'md', given).problems).toEqual([]);
  });

  it('writes its prompts from the strings of the item’s language', () => {
    for (const lang of LOCALES) {
      const text = newsTemplate({ title: 'T', date: '2020-01-02', lang, format: 'md' });
      const prompts = strings(lang).newsScaffold;
      for (const line of [...prompts.title, ...prompts.draft, ...prompts.lang(lang)]) {
        expect(text).toContain(`# ${line}\n`);
      }
      expect(text).toContain(prompts.body.map((line) => `✎ ${line}`).join('\n'));
    }
  });

  it('lists the tags of the vocabulary, sorted and once each, and starts with none', () => {
    const text = newsTemplate({
      title: 'T',
      date: '2020-01-02',
      lang: 'en',
      format: 'md',
      vocabulary: ['venezuelans', 'policy', 'venezuelans'],
    });
    expect(text).toContain('# The tags: policy, venezuelans.\ntags: []');
  });

  it.each(cases)(
    'cannot be published as written (%s, .%s): every prompt is named, on its line',
    (lang, format) => {
      const text = newsTemplate({ title: 'T', date: '2020-01-02', lang, format }).replace(
        'draft: true',
        'draft: false',
      );
      const { problems } = check(lang, format, text);
      const lineOf = (start: string) => text.split('\n').findIndex((line) => line.startsWith(start)) + 1;
      expect(problems).toContainEqual(
        expect.objectContaining({
          field: 'tags',
          line: lineOf('tags:'),
          message: 'must have at least one tag',
        }),
      );
      expect(problems).toContainEqual(
        expect.objectContaining({
          field: 'summary',
          line: lineOf('summary:'),
          message: expect.stringContaining('prompt'),
        }),
      );
      expect(problems).toContainEqual(
        expect.objectContaining({
          field: 'sources.0.name',
          line: lineOf('  - name:'),
          message: expect.stringContaining('prompt'),
        }),
      );
      expect(problems).toContainEqual(
        expect.objectContaining({
          field: 'body',
          line: lineOf('✎'),
          message: expect.stringContaining('prompt'),
        }),
      );
      for (const problem of problems) expect(problem.fix, problem.field).toBeTruthy();
    },
  );

  it('takes today in UTC', () => {
    expect(todayUtc(new Date('2020-03-01T23:30:00-05:00'))).toBe('2020-03-02');
    expect(todayUtc(new Date('2020-12-31T23:59:59Z'))).toBe('2020-12-31');
  });

  it('places the file in the folder of its language', () => {
    expect(newsFilePath('es', 'x', 'md')).toBe('content/news/es/x.md');
    expect(newsFilePath('en', 'x', 'mdx')).toBe('content/news/en/x.mdx');
    expect(newsFilePath('pt', 'x', 'md')).toBe('content/news/pt/x.md');
  });
});

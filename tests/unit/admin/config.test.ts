/**
 * The browser editor's configuration (src/admin/config.ts): valid for the CMS that reads it, generated
 * from the news schema and the registries (so it cannot drift from what the check accepts), the same
 * on every build.
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { Ajv } from 'ajv';
import type { Field } from '@sveltia/cms';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { countryChoices } from '../../../src/admin/choices.ts';
import {
  configYaml,
  editorConfig,
  LINK_KEY,
  SLUG_PATTERN,
  type EditorSettings,
} from '../../../src/admin/config.ts';
import { newsFields } from '../../../src/admin/form.ts';
import { EDITOR_WORDS } from '../../../src/admin/labels.ts';
import { DEFAULT_LOCALE, LOCALES } from '../../../src/i18n/languages.ts';
import { MAX_SLUG_LENGTH } from '../../../src/news/files.ts';
import { newsSchema } from '../../../src/news/schema.ts';
import { isKnownIso3 } from '../../../src/schemas/iso3.ts';
import { TAG_ID } from '../../../src/schemas/tags.ts';

const SETTINGS: EditorSettings = { repo: 'peru/migration-profile', siteUrl: 'https://example.org/' };
const config = (locale = DEFAULT_LOCALE) => editorConfig(locale, SETTINGS, countryChoices(locale));

type Collection = {
  name: string;
  fields?: Field[];
  files?: { name: string; file: string; fields: Field[] }[];
};
const collection = (name: string, locale = DEFAULT_LOCALE) =>
  (config(locale).collections as Collection[]).find((entry) => entry.name === name)!;
const field = (fields: readonly Field[] | undefined, name: string) =>
  fields?.find((entry) => entry.name === name) as (Field & Record<string, unknown>) | undefined;

/** The JSON schema the CMS publishes in its npm package, which it checks its configuration against. */
const SCHEMA = JSON.parse(
  readFileSync('node_modules/@sveltia/cms/schema/sveltia-cms.json', 'utf8'),
) as object;
const validate = new Ajv({
  allErrors: true,
  // The schema carries editor hints (`markdownDescription`) that are not JSON Schema keywords.
  strict: false,
  formats: { regex: (text: string) => (new RegExp(text), true) },
}).compile(SCHEMA);

describe('the editor configuration', () => {
  it.each(LOCALES)('is valid against the CMS’s published JSON schema, in %s', (locale) => {
    // As the CMS reads it: the YAML file the build writes, parsed.
    const parsed: unknown = parse(configYaml(config(locale)));
    const valid = validate(parsed);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 1)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is refused by that schema when it is wrong, so the test above can fail', () => {
    expect(validate({ ...config(), publish_mode: 'always' })).toBe(false);
    expect(validate({ ...config(), i18n: { ...config().i18n, structure: 'one_folder' } })).toBe(false);
  });

  it('is the same, byte for byte, however often and whenever it is generated', () => {
    const first = configYaml(config('en'));
    expect(configYaml(config('en'))).toBe(first);
    // No time of generation in it: an ISO timestamp would change the file on every build.
    expect(first).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/);
  });

  it('saves through the GitHub API to the repository given, as pull requests', () => {
    expect(config().backend).toEqual({ name: 'github', repo: 'peru/migration-profile' });
    expect(config().publish_mode).toBe('editorial_workflow');
    const proxied = editorConfig('es', { ...SETTINGS, authBaseUrl: 'https://auth.example.org' }, []);
    expect(proxied.backend).toMatchObject({ base_url: 'https://auth.example.org' });
  });

  it('keeps one folder per language of the registry, each file named in its own language', () => {
    const { i18n } = config();
    expect(i18n).toMatchObject({
      structure: 'multiple_folders',
      locales: [...LOCALES],
      default_locale: DEFAULT_LOCALE,
      canonical_slug: { key: LINK_KEY, value: `${DEFAULT_LOCALE}/{{slug}}` },
    });
    const news = collection('news') as Collection & { slug: { i18n: boolean; pattern: [string, string] } };
    expect(news.slug.i18n).toBe(true);
    // The file names the check accepts: lower-case words joined by hyphens, written in ASCII.
    expect(news.slug.pattern[0]).toBe(SLUG_PATTERN);
    // The same longest name as `npm run new:news` makes, chosen on create only (it is the address).
    expect(config().slug).toEqual({ encoding: 'ascii', clean_accents: true, maxlength: MAX_SLUG_LENGTH });
    expect(news.slug).toMatchObject({ editable: ['create'] });
    for (const name of ['peru-2024', 'a']) expect(new RegExp(SLUG_PATTERN).test(name)).toBe(true);
    for (const name of ['Peru-2024', 'perú', 'a_b', 'a--b', '-a'])
      expect(new RegExp(SLUG_PATTERN).test(name)).toBe(false);
  });
});

describe('the editor’s lists and previews', () => {
  it('lists the newest news first, and previews an item at its address in each edition', () => {
    const news = collection('news') as Collection & {
      sortable_fields: { default: { field: string; direction: string } };
      preview_path: string;
    };
    expect(news.sortable_fields.default).toEqual({ field: 'date', direction: 'descending' });
    // The default edition has no language prefix in its addresses (`/news/…`, `/en/news/…`).
    expect(news.preview_path).toBe('{{locale}}/news/{{slug}}/');
    expect(config().i18n).toMatchObject({
      omit_default_locale_from_preview_path: true,
      initial_locales: 'all',
    });
  });

  it('keeps uploads out of what is published: nothing under public/ or content/news/', () => {
    const folder = config().media_folder as string;
    expect(folder.startsWith('public/')).toBe(false);
    expect(folder.startsWith('content/news')).toBe(false);
  });
});

describe('the news form, from the news schema', () => {
  const keys = Object.keys(newsSchema.shape);
  const fields = collection('news').fields!;

  it('has every field of the schema, in its order, but the link the editor writes itself, then the body', () => {
    expect(fields.map((entry) => entry.name)).toEqual([...keys.filter((key) => key !== LINK_KEY), 'body']);
  });

  it('requires what the schema requires, and nothing a draft may leave empty', () => {
    const required = Object.fromEntries(
      fields.map((entry) => [entry.name, (entry as { required?: boolean }).required ?? true]),
    );
    expect(required).toMatchObject({
      title: true,
      date: true,
      summary: true,
      // A draft may have no tag yet (the check then refuses to publish it); countries default to none.
      tags: false,
      countries: false,
      sources: true,
      draft: false,
    });
    expect(field(fields, 'sources')?.min).toBe(1);
  });

  it('stops texts at the schema’s lengths and offers its choices with their defaults', () => {
    expect(field(fields, 'title')?.maxlength).toBe(200);
    expect(field(fields, 'summary')?.maxlength).toBe(400);
    expect(field(field(fields, 'sources')?.fields as Field[], 'name')?.maxlength).toBe(300);
    expect(field(fields, 'datePrecision')).toMatchObject({
      default: 'day',
      options: [
        { value: 'day', label: 'Día' },
        { value: 'month', label: 'Mes' },
      ],
    });
    expect(field(fields, 'draft')).toMatchObject({ widget: 'boolean', default: false });
    expect(field(fields, 'date')).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' });
    // The check's first year; its last one moves with the calendar, so the check alone enforces it.
    expect(field(fields, 'date')?.min).toBe('1900-01-01');
  });

  it('labels each field with the editor’s words, in its language', () => {
    for (const locale of LOCALES) {
      const form = collection('news', locale).fields!;
      expect(field(form, 'title')?.label).toBe(EDITOR_WORDS[locale].fields.title.label);
      expect(field(form, 'body')?.label).toBe(EDITOR_WORDS[locale].fields.body.label);
    }
    expect(field(collection('news', 'es').fields, 'title')?.label).not.toBe(
      field(collection('news', 'en').fields, 'title')?.label,
    );
  });

  it('shares across languages what the translation check compares, and translates the rest', () => {
    const modes = Object.fromEntries(fields.map((entry) => [entry.name, (entry as { i18n?: unknown }).i18n]));
    expect(modes).toEqual({
      title: true,
      date: 'duplicate',
      datePrecision: 'duplicate',
      summary: true,
      tags: 'duplicate',
      countries: 'duplicate',
      sources: true,
      lang: true,
      draft: true,
      body: true,
    });
    const source = field(fields, 'sources')?.fields as Field[];
    expect(field(source, 'name')?.i18n).toBe(true);
    expect(field(source, 'url')?.i18n).toBe('duplicate');
    // Each language's file says its own language, from its folder.
    expect(field(fields, 'lang')).toMatchObject({ widget: 'hidden', default: '{{locale}}' });
  });

  it('edits bodies as raw text, which keeps MDX components byte for byte', () => {
    expect(field(fields, 'body')).toMatchObject({ widget: 'markdown', modes: ['raw'] });
    const mdx = collection('news-mdx') as Collection & { extension: string; create: boolean };
    expect(mdx).toMatchObject({ extension: 'mdx', create: false, folder: 'content/news' });
    expect(mdx.fields).toEqual(fields);
  });

  it('offers every country the schema accepts, by its name in the editor’s language', () => {
    const options = field(collection('news', 'en').fields, 'countries')?.options as {
      value: string;
      label: string;
    }[];
    expect(options.length).toBeGreaterThan(240);
    expect(options.every((option) => isKnownIso3(option.value))).toBe(true);
    expect(options).toContainEqual({ value: 'PER', label: 'Peru (PER)' });
    const spanish = field(collection('news', 'es').fields, 'countries')?.options as {
      value: string;
      label: string;
    }[];
    expect(spanish).toContainEqual({ value: 'PER', label: 'Perú (PER)' });
    expect(spanish).toContainEqual({ value: 'DEU', label: 'Alemania (DEU)' });
  });

  it('offers the tags of the vocabulary, named in the editor’s language, from the vocabulary file itself', () => {
    for (const locale of LOCALES) {
      const tags = field(collection('news', locale).fields, 'tags');
      expect(tags).toMatchObject({
        widget: 'relation',
        multiple: true,
        collection: 'vocabulary',
        file: 'tags',
        value_field: 'tags.*.id',
        display_fields: [`tags.*.label.${locale}`],
      });
    }
    const vocabulary = collection('vocabulary').files!;
    expect(vocabulary.map((file) => file.file)).toEqual(['content/tags.yaml']);
  });

  it('lets an editor add a tag to the vocabulary with the id the schema accepts and a label per language', () => {
    const [list] = collection('vocabulary', 'en').files![0]!.fields as [Field & { fields: Field[] }];
    expect(list.name).toBe('tags');
    const id = field(list.fields, 'id') as Field & { pattern: [string, string] };
    expect(id.pattern[0]).toBe(TAG_ID.source);
    expect(id.pattern[1]).toBe(EDITOR_WORDS.en.tagPattern);
    const label = field(list.fields, 'label') as Field & { fields: Field[] };
    expect(
      label.fields.map((entry) => [entry.name, entry.label, (entry as { required?: boolean }).required]),
    ).toEqual([
      ['es', 'Spanish', true],
      ['en', 'English', true],
      ['pt', 'Portuguese', true],
    ]);
    // Named in the editor's language.
    const [spanish] = collection('vocabulary', 'es').files![0]!.fields as [Field & { fields: Field[] }];
    const labels = field(spanish.fields, 'label') as Field & { fields: Field[] };
    expect(labels.fields.map((entry) => entry.label)).toEqual(['español', 'inglés', 'portugués']);
  });
});

describe('a field added to the news schema', () => {
  const grown = newsSchema.extend({
    subtitle: z.string().trim().min(1).optional(),
    audience: z.enum(['public', 'specialists']).default('public'),
    featured: z.boolean().default(false),
  });
  const context = {
    locale: DEFAULT_LOCALE,
    countries: [],
    vocabulary: { collection: 'vocabulary', file: 'tags', list: 'tags' },
    linkKey: LINK_KEY,
  };

  it('appears in the form, shown as its type says, before the body', () => {
    const fields = newsFields(grown, context);
    expect(fields.map((entry) => entry.name).slice(-4)).toEqual(['subtitle', 'audience', 'featured', 'body']);
    expect(field(fields, 'subtitle')).toMatchObject({ widget: 'string', required: false, i18n: true });
    expect(field(fields, 'audience')).toMatchObject({
      widget: 'select',
      options: ['public', 'specialists'],
      default: 'public',
    });
    expect(field(fields, 'featured')).toMatchObject({ widget: 'boolean', default: false });
  });

  it('is refused, naming it, when the editor has no field for its type', () => {
    const odd = newsSchema.extend({ published: z.date() });
    expect(() => newsFields(odd, context)).toThrow(/news\.published .*give it a field/);
  });

  it('stops the generation when the link key is no longer in the schema', () => {
    expect(() => newsFields(newsSchema.omit({ translationOf: true }), context)).toThrow(
      /has no field translationOf/,
    );
  });
});

/**
 * The browser editor's configuration (Sveltia CMS, at /admin/), generated, never written by hand:
 * the news form from the news schema (`form.ts`), the languages from the registry, the
 * countries with their names, the tag vocabulary's form from its schema. Pure: the same settings
 * give the same configuration, byte for byte, whatever the day or the machine.
 */
import type { CmsConfig, Collection, Field } from '@sveltia/cms';
import { stringify } from 'yaml';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/languages.ts';
import { FILE_STEM, MAX_SLUG_LENGTH, NEWS_FOLDER } from '../news/files.ts';
import { newsSchema } from '../news/schema.ts';
import { tagVocabularySchema } from '../schemas/tags.ts';
import { editorWords } from './labels.ts';
import { newsFields, type CountryChoice } from './form.ts';
import { fieldsOf, jsonSchemaOf } from './schema-fields.ts';

/** Where the editor saves, and how its users sign in (see docs/editor.md). */
export interface EditorSettings {
  /** The GitHub repository, `owner/name`. */
  repo: string;
  /** The site's public address: the editor links each item to its page there. */
  siteUrl: string;
  /**
   * The OAuth client's address when it is not Netlify's (an OAuth proxy for GitHub Pages); Netlify's
   * GitHub sign-in is the editor's default.
   */
  authBaseUrl?: string | undefined;
}

/** The file names the check accepts (`src/news/files.ts`): the editor's form refuses others. */
export const SLUG_PATTERN = `^${FILE_STEM}$`;
/** The field that links an item's languages: each names the group's original, which names itself. */
export const LINK_KEY = 'translationOf';

const VOCABULARY = { collection: 'vocabulary', file: 'tags', list: 'tags' } as const;

/**
 * A news collection: one extension (`md`, or `mdx` for items that show a figure of the profile),
 * one folder per language with each language's own file names, linked by `translationOf`.
 */
function newsCollection(
  locale: Locale,
  extension: 'md' | 'mdx',
  countries: readonly CountryChoice[],
): Collection {
  const words = editorWords(locale);
  const { label, singular, description } = extension === 'md' ? words.news : words.newsMdx;
  return {
    name: extension === 'md' ? 'news' : 'news-mdx',
    label,
    label_singular: singular,
    description,
    folder: NEWS_FOLDER,
    extension,
    format: 'yaml-frontmatter',
    // New items are Markdown; an MDX item is made by a developer and then edited here.
    create: extension === 'md',
    i18n: true,
    identifier_field: 'title',
    slug: {
      template: '{{title}}',
      // Each language's file has its own name, which is its address.
      i18n: true,
      editable: ['create'],
      hint: words.slug.hint,
      pattern: [SLUG_PATTERN, words.slug.pattern],
    },
    summary: '{{date}} · {{title}}',
    sortable_fields: { fields: ['date', 'title'], default: { field: 'date', direction: 'descending' } },
    preview_path: '{{locale}}/news/{{slug}}/',
    fields: newsFields(newsSchema, { locale, countries, vocabulary: VOCABULARY, linkKey: LINK_KEY }),
  } as Collection;
}

/** The tag vocabulary, `content/tags.yaml`, as one file whose form comes from its schema. */
function vocabularyCollection(locale: Locale): Collection {
  const words = editorWords(locale).vocabulary;
  const [list] = fieldsOf(jsonSchemaOf(tagVocabularySchema), 'tags.yaml') as [Field & { fields: Field[] }];
  const entry = list.fields.map((field) => {
    if (field.name === 'id') {
      // The schema's own pattern (TAG_ID), with the editor's words for it.
      const [pattern] = (field as { pattern: [string, string] }).pattern;
      return { ...field, ...words.id, pattern: [pattern, editorWords(locale).tagPattern] };
    }
    if (field.name === 'label') {
      const byLanguage = (field as { fields: Field[] }).fields;
      // The languages in the registry's order, the edition's own first, each named in the editor's language.
      const ordered = LOCALES.map((code) => byLanguage.find((language) => language.name === code)!).map(
        (language) => ({ ...language, label: languageLabel(language.name, locale) }),
      );
      return { ...field, ...words.label, fields: ordered };
    }
    return field;
  });
  return {
    name: VOCABULARY.collection,
    label: words.collection,
    description: words.description,
    files: [
      {
        name: VOCABULARY.file,
        label: words.file,
        file: 'content/tags.yaml',
        format: 'yaml',
        fields: [
          {
            ...list,
            ...words.tags,
            label_singular: words.tag,
            summary: `{{fields.id}} · {{fields.label.${locale}}}`,
            fields: entry,
          },
        ],
      },
    ],
  } as Collection;
}

/** A language's name in the editor's language, from Unicode CLDR: "inglés", "English". */
function languageLabel(code: string, locale: Locale): string {
  return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
}

/** The whole configuration, in the editor's language. */
export function editorConfig(
  locale: Locale,
  settings: EditorSettings,
  countries: readonly CountryChoice[],
): CmsConfig {
  return {
    backend: {
      name: 'github',
      repo: settings.repo,
      ...(settings.authBaseUrl ? { base_url: settings.authBaseUrl } : {}),
    },
    // Each save is a branch and a pull request, which CI checks before anyone merges it.
    publish_mode: 'editorial_workflow',
    site_url: settings.siteUrl,
    display_url: settings.siteUrl,
    // Bodies show no images (the body policy refuses them); the CMS wants a folder all the same. It
    // is outside content/news/ and public/: nothing put there is read or published.
    media_folder: 'content/uploads',
    slug: { encoding: 'ascii', clean_accents: true, maxlength: MAX_SLUG_LENGTH },
    i18n: {
      structure: 'multiple_folders',
      locales: [...LOCALES],
      default_locale: DEFAULT_LOCALE,
      // Every language is open when an item is created; an editor may switch a translation off and
      // write it later.
      initial_locales: 'all',
      // The original (the default language's item) names itself, and its translations name it.
      canonical_slug: { key: LINK_KEY, value: `${DEFAULT_LOCALE}/{{slug}}` },
      omit_default_locale_from_preview_path: true,
    },
    output: { omit_empty_optional_fields: true },
    collections: [
      newsCollection(locale, 'md', countries),
      newsCollection(locale, 'mdx', countries),
      vocabularyCollection(locale),
    ],
  } as CmsConfig;
}

/** The configuration as the file the editor loads, with a line saying where it comes from. */
export function configYaml(config: CmsConfig): string {
  return `# Generated by src/admin/config.ts from the news schema and the registries: do not edit.\n${stringify(config, { lineWidth: 0 })}`;
}

/**
 * The news item's form: every field of the news schema (`src/news/schema.ts`), in its order, as
 * `schema-fields.ts` derives it, with what the editor adds for some of them: their words in the
 * editor's language, which fields each language writes for itself and which it shares with the
 * original (the same split the translation check makes, `src/news/translations.ts`), and the
 * registries' lists (tags from the vocabulary, countries with their names). A field the schema
 * gains appears in the form with the derived field and is written by each language, until it is
 * given words here.
 */
import type { z } from 'astro/zod';
import type { Field } from '@sveltia/cms';
import type { Locale } from '../i18n/languages.ts';
import { FIRST_DATE_YEAR } from '../schemas/common.ts';
import { editorWords, type FieldWords } from './labels.ts';
import { fieldsOf, jsonSchemaOf, type JsonSchema } from './schema-fields.ts';

/** How a field is kept across languages: `true`, each writes its own; `duplicate`, the original's is copied. */
type I18nMode = true | 'duplicate';

/** A country the editor offers: its code, as items write it, and its name in the editor's language. */
export interface CountryChoice {
  code: string;
  name: string;
}

export interface NewsFieldContext {
  /** The editor's language: the words of the form, and the names of tags and countries. */
  locale: Locale;
  countries: readonly CountryChoice[];
  /** Where the tag vocabulary is in the editor: its collection, its file and the list in it. */
  vocabulary: { collection: string; file: string; list: string };
  /**
   * The field the editor writes itself, to link an item's languages (`i18n.canonical_slug.key`):
   * left out of the form.
   */
  linkKey: string;
}

/** The field of the body, which the schema does not describe: raw Markdown, kept byte for byte. */
const BODY = 'body';

/**
 * What the editor adds to the derived field of a news schema key. Each names a key of the schema:
 * an override for a key the schema no longer has is refused (`newsFields`).
 */
const OVERRIDES: Record<string, (field: Field, context: NewsFieldContext) => Field> = {
  date: (field) =>
    ({
      ...field,
      widget: 'datetime',
      type: 'date',
      format: 'YYYY-MM-DD',
      min: `${FIRST_DATE_YEAR}-01-01`,
    }) as Field,
  datePrecision: (field, { locale }) =>
    ({
      ...field,
      options: (['day', 'month'] as const).map((value) => ({
        value,
        label: editorWords(locale).datePrecision[value],
      })),
    }) as Field,
  summary: (field) => ({ ...field, widget: 'text' }) as Field,
  tags: (field, { locale, vocabulary }) =>
    ({
      ...basics(field),
      widget: 'relation',
      multiple: true,
      collection: vocabulary.collection,
      file: vocabulary.file,
      value_field: `${vocabulary.list}.*.id`,
      display_fields: [`${vocabulary.list}.*.label.${locale}`],
      search_fields: [`${vocabulary.list}.*.label.${locale}`, `${vocabulary.list}.*.id`],
    }) as Field,
  countries: (field, { countries }) =>
    ({
      ...basics(field),
      widget: 'select',
      multiple: true,
      options: countries.map(({ code, name }) => ({ value: code, label: `${name} (${code})` })),
    }) as Field,
  sources: (field, { locale }) => {
    const words = editorWords(locale).source;
    const subfields = (field as { fields: Field[] }).fields.map((subfield) => {
      const known = subfield.name === 'name' || subfield.name === 'url' ? words[subfield.name] : undefined;
      return {
        ...subfield,
        ...withWords(known),
        // The address is the original's in every language; only the name is translated.
        i18n: subfield.name === 'url' ? 'duplicate' : true,
        ...(subfield.name === 'url' ? { type: 'url' } : {}),
      } as Field;
    });
    return { ...field, fields: subfields, summary: '{{fields.name}}' } as Field;
  },
  // The language of a file is its folder's: written by the editor, never chosen.
  lang: (field) =>
    ({ name: field.name, label: field.label, widget: 'hidden', default: '{{locale}}' }) as Field,
};

/**
 * Fields each language shares with the original, as the translation check compares them: the date
 * and its precision, the tags, the countries (the sources' addresses are shared inside `sources`).
 */
const SHARED = new Set(['date', 'datePrecision', 'tags', 'countries']);

/** What every field has, whatever its widget: its name, label, required flag and default. */
function basics(field: Field): Pick<Field, 'name' | 'label'> & { required?: unknown; default?: unknown } {
  const {
    name,
    label,
    required,
    default: initial,
  } = field as Field & { required?: unknown; default?: unknown };
  return {
    name,
    label,
    ...(required === undefined ? {} : { required }),
    ...(initial === undefined ? {} : { default: initial }),
  };
}

const withWords = (words: FieldWords | undefined) =>
  words ? { label: words.label, ...(words.hint ? { hint: words.hint } : {}) } : {};

/** The form of a news item: every field of `schema` but the link key, then the body. */
export function newsFields(schema: z.ZodType, context: NewsFieldContext): Field[] {
  const json: JsonSchema = jsonSchemaOf(schema);
  const keys = Object.keys(json.properties ?? {});
  const stale = Object.keys(OVERRIDES).filter((key) => !keys.includes(key));
  if (stale.length > 0) {
    throw new Error(
      `src/admin/form.ts shows ${stale.join(', ')}, which the news schema no longer has: remove or rename the override`,
    );
  }
  if (!keys.includes(context.linkKey)) {
    throw new Error(`the news schema has no field ${context.linkKey}, which links an item's languages`);
  }
  const words = editorWords(context.locale).fields as Record<string, FieldWords | undefined>;
  const fields = fieldsOf(json, 'news').flatMap((derived) => {
    if (derived.name === context.linkKey) return [];
    const override = OVERRIDES[derived.name];
    const field = override ? override(derived, context) : derived;
    const i18n: I18nMode = SHARED.has(derived.name) ? 'duplicate' : true;
    return [{ ...field, ...withWords(words[derived.name]), i18n } as Field];
  });
  const body = {
    name: BODY,
    widget: 'markdown',
    // Raw text only: the rich-text mode rewrites Markdown it does not know (MDX components).
    modes: ['raw'],
    i18n: true,
    ...withWords(words[BODY]),
  } as Field;
  return [...fields, body];
}

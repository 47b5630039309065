/**
 * The text of a new news item, as written by `npm run new:news`: every frontmatter field, each with a
 * comment saying what to put there, in the item's language.
 *
 * The file is valid as written (the build accepts it) but is a draft: `npm run dev` shows it, a
 * production build never does, until the editor has replaced the prompts and set `draft: false`.
 * A pure function, so tests check its output with the same `checkNewsFile` the build uses.
 */
import { stringify } from 'yaml';
import type { NewsLanguage } from '../schemas/news.ts';

export type NewsFormat = 'md' | 'mdx';

/** Fields that do not depend on the language, so a translation copies them from its original. */
export interface OriginalFields {
  date: string;
  datePrecision: 'day' | 'month';
  tags: readonly string[];
  countries: readonly string[];
}

export interface NewsTemplateInput {
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  lang: NewsLanguage;
  format: NewsFormat;
  /** Id of the item this one translates, such as `en/coyote-2020-operation`. */
  translationOf?: string | undefined;
  /**
   * What a translation shares with its original, read from it: the comments then say so. Without
   * it, `datePrecision: day`, `tags: [news]` and `countries: [PER]` are written.
   */
  original?: OriginalFields | undefined;
  /** Tags other items already use, listed in the comment above `tags` so editors reuse them. */
  tagsInUse?: readonly string[] | undefined;
}

/** The placeholder tag of a new item: a valid tag, to be replaced by the editor. */
export const PLACEHOLDER_TAG = 'news';

/** Where an item lives, relative to the project root: `content/news/es/<slug>.md`. */
export function newsFilePath(lang: NewsLanguage, slug: string, format: NewsFormat): string {
  return `content/news/${lang}/${slug}.${format}`;
}

/** Today's date in UTC, `YYYY-MM-DD`. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

interface Prompts {
  title: string[];
  date: string[];
  dateOfOriginal: string[];
  datePrecision: string[];
  summary: string[];
  summaryValue: string;
  tags: string[];
  tagsInUse: string;
  tagsOfOriginal: string[];
  countries: string[];
  countriesOfOriginal: string[];
  sources: string[];
  sourceName: string;
  sourceUrl: string;
  lang: (lang: NewsLanguage) => string[];
  translationOf: (example: string) => string[];
  translationOfGiven: string[];
  draft: string[];
  body: string[];
  mdxBody: string[];
}

const PROMPTS: Record<NewsLanguage, Prompts> = {
  en: {
    title: ['The title, as readers will see it.'],
    date: [
      'The day the news happened or was reported, YYYY-MM-DD (a day that exists).',
      "It is set to today's date: change it to the day of the news.",
    ],
    dateOfOriginal: ['The day the news happened or was reported, YYYY-MM-DD: the same as the original.'],
    datePrecision: [
      'day; or month when only the month is known (the page then shows "November 2020", no day).',
    ],
    summary: ['One or two sentences shown in lists and feeds: replace this text.'],
    summaryValue: 'Summary: one or two sentences for lists and feeds.',
    tags: [
      'Lower-case words joined by hyphens, the same in both languages, such as refugees or',
      `quito-process: replace ${PLACEHOLDER_TAG}.`,
    ],
    tagsInUse: 'Tags in use:',
    tagsOfOriginal: ['Lower-case words joined by hyphens: the same as the original.'],
    countries: [
      'The countries the item is about: ISO 3166-1 alpha-3 codes in capitals, such as PER, VEN, CHL.',
    ],
    countriesOfOriginal: [
      'ISO 3166-1 alpha-3 codes of the countries the item is about: the same as the original.',
    ],
    sources: [
      'Who published or reported the news, one entry per source, as readers should see it:',
      'replace the name.',
    ],
    sourceName: 'Source name (publisher, title)',
    sourceUrl:
      'url: https://…  only an address you have opened yourself; otherwise no url (never a guessed one).',
    lang: (lang) => [`The language of the item: must match its folder, content/news/${lang}/.`],
    translationOf: (example) => [
      'If this item translates another one, remove the # below and give its id: language/file-name,',
      `such as ${example}.`,
    ],
    translationOfGiven: ['The item this one translates: language/file-name.'],
    draft: ['true: shown by npm run dev only, never published. Set it to false when the item is ready.'],
    body: [
      'The text of the item, in Markdown: replace this paragraph. Say what happened, when, where and who',
      'reported it, and give every figure with its source.',
    ],
    mdxBody: [
      'This is an MDX file: to show a headline figure of the profile with its source, write',
      '`<ProfileFact id="seed-ptp-granted" />` on a line of its own (the ids are the keys of',
      '`content/profile/facts.yaml`). An item that needs no component should be a `.md` file.',
    ],
  },
  es: {
    title: ['El título, tal como lo verán los lectores.'],
    date: [
      'El día en que ocurrió o se informó la noticia, AAAA-MM-DD (un día que exista).',
      'Lleva la fecha de hoy: cámbiela por la de la noticia.',
    ],
    dateOfOriginal: ['El día en que ocurrió o se informó la noticia, AAAA-MM-DD: el mismo del original.'],
    datePrecision: [
      'day; o month si solo se conoce el mes (la página muestra entonces «noviembre de 2020», sin día).',
    ],
    summary: ['Una o dos oraciones que se muestran en las listas y los canales: reemplace este texto.'],
    summaryValue: 'Resumen: una o dos oraciones para las listas y los canales.',
    tags: [
      'Palabras en minúsculas unidas por guiones, las mismas en ambos idiomas (en inglés), como',
      `refugees o quito-process: reemplace ${PLACEHOLDER_TAG}.`,
    ],
    tagsInUse: 'Etiquetas en uso:',
    tagsOfOriginal: ['Palabras en minúsculas unidas por guiones: las mismas del original.'],
    countries: [
      'Los países de los que trata la noticia: códigos ISO 3166-1 alfa-3 en mayúsculas, como PER, VEN, CHL.',
    ],
    countriesOfOriginal: [
      'Códigos ISO 3166-1 alfa-3 de los países de los que trata: los mismos del original.',
    ],
    sources: [
      'Quién publicó o informó la noticia, una entrada por fuente, tal como deben verla los lectores:',
      'reemplace el nombre.',
    ],
    sourceName: 'Nombre de la fuente (medio o institución, título)',
    sourceUrl:
      'url: https://…  solo una dirección que usted haya abierto; si no, ninguna url (nunca una adivinada).',
    lang: (lang) => [`El idioma de la noticia: debe coincidir con su carpeta, content/news/${lang}/.`],
    translationOf: (example) => [
      'Si esta noticia traduce otra, quite el # de abajo y ponga su id: idioma/nombre-del-archivo,',
      `como ${example}.`,
    ],
    translationOfGiven: ['La noticia que esta traduce: idioma/nombre-del-archivo.'],
    draft: [
      'true: solo se ve con npm run dev, nunca se publica. Cámbielo a false cuando la noticia esté lista.',
    ],
    body: [
      'El texto de la noticia, en Markdown: reemplace este párrafo. Cuente qué pasó, cuándo, dónde y quién',
      'lo informó, y dé cada cifra con su fuente.',
    ],
    mdxBody: [
      'Este es un archivo MDX: para mostrar una cifra destacada del perfil con su fuente, escriba',
      '`<ProfileFact id="seed-ptp-granted" />` en una línea aparte (los id son las claves de',
      '`content/profile/facts.yaml`). Una noticia que no necesita componentes debe ser un archivo `.md`.',
    ],
  },
};

/** A YAML scalar, quoted only when it has to be (`'«Coyote 2020»: …'`), never folded. */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0, singleQuote: true }).trimEnd();
}

function comments(lines: readonly string[], indent = ''): string[] {
  return lines.map((line) => `${indent}# ${line}`);
}

/** Words of `items` as comment lines of at most about 100 characters. */
function wrapList(lead: string, items: readonly string[]): string[] {
  const lines: string[] = [];
  let line = lead;
  for (const [index, item] of items.entries()) {
    const word = `${item}${index < items.length - 1 ? ',' : '.'}`;
    if (line.length + 1 + word.length > 98) {
      lines.push(line);
      line = word;
    } else line = `${line} ${word}`;
  }
  lines.push(line);
  return lines;
}

/** The text of a new news file. */
export function newsTemplate(input: NewsTemplateInput): string {
  const prompts = PROMPTS[input.lang];
  const title = input.title.replace(/\s+/g, ' ').trim();
  const translating = input.translationOf !== undefined;
  const original = input.original;
  const tags = original?.tags.length ? original.tags : [PLACEHOLDER_TAG];
  const countries = original?.countries ?? ['PER'];
  const otherLang = input.lang === 'es' ? 'en' : 'es';
  const exampleId = otherLang === 'en' ? 'en/coyote-2020-operation' : 'es/operacion-coyote-2020';
  const tagsInUse = [...new Set(input.tagsInUse ?? [])].sort();

  const lines = [
    '---',
    ...comments(prompts.title),
    `title: ${scalar(title)}`,
    ...comments(original?.date === input.date ? prompts.dateOfOriginal : prompts.date),
    `date: ${input.date}`,
    ...comments(prompts.datePrecision),
    `datePrecision: ${original?.datePrecision ?? 'day'}`,
    ...comments(prompts.summary),
    `summary: ${scalar(prompts.summaryValue)}`,
    ...comments(original?.tags.length ? prompts.tagsOfOriginal : prompts.tags),
    ...(tagsInUse.length > 0 ? comments(wrapList(prompts.tagsInUse, tagsInUse)) : []),
    `tags: [${tags.join(', ')}]`,
    ...comments(original ? prompts.countriesOfOriginal : prompts.countries),
    `countries: [${countries.join(', ')}]`,
    ...comments(prompts.sources),
    'sources:',
    `  - name: ${scalar(prompts.sourceName)}`,
    ...comments([prompts.sourceUrl], '    '),
    ...comments(prompts.lang(input.lang)),
    `lang: ${input.lang}`,
    ...(translating
      ? [...comments(prompts.translationOfGiven), `translationOf: ${input.translationOf}`]
      : [...comments(prompts.translationOf(exampleId)), `# translationOf: ${otherLang}/…`]),
    ...comments(prompts.draft),
    'draft: true',
    '---',
    '',
    ...prompts.body,
    ...(input.format === 'mdx' ? ['', ...prompts.mdxBody] : []),
  ];
  return `${lines.join('\n')}\n`;
}

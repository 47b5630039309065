/**
 * "Cite this" on the built site: the BibTeX and RIS files of every dataset and of the profile parse
 * and say what the content says, each dataset's metadata file describes every column of its CSV and
 * the years of its rows, and the pages link to all of them in every edition.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { readDatasetTexts, readSources } from '../../../src/content/read.ts';
import { PUBLISHED_DATASETS as DATASETS } from '../../../src/datasets/registry.ts';
import { strings } from '../../../src/i18n/index.ts';
import { LOCALES, localePath } from '../../../src/i18n/languages.ts';
import { parseCsv } from '../../../src/lib/csv.ts';
import { readPage } from '../support/site.ts';

interface Csl {
  id: string;
  type: string;
  title: string;
  author: { literal?: string; family?: string; given?: string; suffix?: string }[];
  publisher: string;
  issued: { 'date-parts': number[][] };
  URL: string;
  note?: string;
}
const parse = (text: string) => new Cite(text).data as Csl[];
const nameOf = (name: Csl['author'][number]) =>
  name.literal ?? [name.family, name.given, name.suffix].filter(Boolean).join(', ');

const root = process.cwd();
const sources = new Map(readSources(root).entries.map((entry) => [entry.id, entry.data]));
const texts = new Map(readDatasetTexts(root).entries.map((entry) => [entry.id, entry.data]));
const en = strings('en');
const site = new URL(readPage('/').match(/<link rel="canonical" href="([^"]+)"/)![1]!).origin;
const ids = [...DATASETS.map((dataset) => dataset.id), 'headline-figures'];
const file = (path: string) => readFileSync(`dist${path}`, 'utf8');

describe.each(DATASETS.map((dataset) => [dataset.id, dataset] as const))(
  'the citation files of %s',
  (id, dataset) => {
    const source = sources.get(dataset.source)!;

    it.each(['bib', 'ris'])(
      '.%s credits the publisher of the figures, the site, the year and edition of the source, and the CSV',
      (format) => {
        const [entry, ...rest] = parse(file(`/data/${id}.${format}`));
        expect(rest).toEqual([]);
        expect(entry!.title).toBe(texts.get(id)!.title.en);
        expect(entry!.author.map(nameOf)).toEqual([source.publisher]);
        expect(entry!.publisher).toBe(en.site.name);
        expect(entry!.issued['date-parts']).toEqual([[source.year]]);
        expect(entry!.URL).toBe(`${site}/data/${id}.csv`);
        expect(entry!.note).toContain(`A redistribution of figures published by ${source.publisher}`);
        expect(entry!.note).toContain(source.title);
      },
    );
  },
);

describe('the citation files of the headline figures', () => {
  it.each(['bib', 'ris'])('.%s are the site’s own, dated by the latest of their sources', (format) => {
    const [entry] = parse(file(`/data/headline-figures.${format}`));
    const years = parseCsv(file('/data/headline-figures.csv')).map((record) =>
      Number(record.cells.source_year),
    );
    expect(entry!.title).toBe(en.data.headlineFigures.title);
    expect(entry!.author.map(nameOf)).toEqual([en.site.name]);
    expect(entry!.issued['date-parts']).toEqual([[Math.max(...years)]]);
  });
});

describe('the citation files of the profile', () => {
  it.each(['bib', 'ris'])(
    '/cite/profile.%s cite the English edition of the profile, by the site',
    (format) => {
      const [entry, ...rest] = parse(file(`/cite/profile.${format}`));
      expect(rest).toEqual([]);
      expect(entry!.title).toBe(en.profile.title);
      expect(entry!.author.map(nameOf)).toEqual([en.site.name]);
      expect(entry!.publisher).toBe(en.site.name);
      expect(entry!.URL).toBe(`${site}/en/`);
      // The year of its latest content: no dataset source and no news item is later.
      const year = entry!.issued['date-parts'][0]![0]!;
      expect(year).toBeGreaterThanOrEqual(
        Math.max(...DATASETS.map((dataset) => sources.get(dataset.source)!.year)),
      );
    },
  );

  it('are the same reference in both formats', () => {
    const [bib] = parse(file('/cite/profile.bib'));
    const [ris] = parse(file('/cite/profile.ris'));
    expect(ris!.title).toBe(bib!.title);
    expect(ris!.URL).toBe(bib!.URL);
    expect(ris!.issued).toEqual(bib!.issued);
  });
});

describe.each(ids)('the metadata file of %s', (id) => {
  const metadata = JSON.parse(file(`/data/${id}.metadata.json`));
  const records = parseCsv(file(`/data/${id}.csv`));
  const header = file(`/data/${id}.csv`).split('\r\n')[0]!.split(',');

  it('describes every column of the CSV, in its order', () => {
    expect(metadata.columns.map((column: { name: string }) => column.name)).toEqual(header);
    for (const column of metadata.columns) expect(column.description.length).toBeGreaterThan(10);
  });

  it('gives the years of the rows and their period', () => {
    const years = [
      ...new Set(
        records.flatMap((record) =>
          [record.cells.year, record.cells.year_to]
            .filter((cell) => cell !== undefined && cell !== '')
            .map(Number),
        ),
      ),
    ].sort((a, b) => a - b);
    expect(metadata.years).toEqual(years);
    expect(metadata.temporalCoverage).toBe(`${years[0]}/${years.at(-1)}`);
    expect(metadata.rows).toBe(records.length);
  });

  it('links to every file of the dataset, each of which exists', () => {
    expect(Object.keys(metadata.files)).toEqual(['csv', 'json', 'metadata', 'bibtex', 'ris']);
    for (const url of Object.values(metadata.files) as string[]) {
      expect(url.startsWith(`${site}/data/${id}.`)).toBe(true);
      expect(existsSync(`dist${new URL(url).pathname}`)).toBe(true);
    }
  });

  it('gives the citation shown on the English data page', () => {
    expect(readPage('/en/data/')).toContain(
      metadata.citation.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;'),
    );
  });
});

describe('the metadata files of the registry’s datasets', () => {
  it.each(DATASETS.map((dataset) => [dataset.id, dataset] as const))(
    '%s gives its source, licence, caveats and redistribution as the content states them',
    (id, dataset) => {
      const metadata = JSON.parse(file(`/data/${id}.metadata.json`));
      const source = sources.get(dataset.source)!;
      expect(metadata.source).toMatchObject({
        id: dataset.source,
        publisher: source.publisher,
        title: source.title,
        year: source.year,
        edition: source.edition ?? null,
        url: source.url ?? null,
      });
      expect(metadata.licence).toBe(source.licence ?? 'not stated');
      expect(metadata.caveats).toEqual(source.note ? [source.note.en] : []);
      expect(metadata.redistribution).toContain(source.publisher);
      expect(metadata.title).toBe(texts.get(id)!.title.en);
    },
  );
});

describe.each(LOCALES)('the %s edition', (locale) => {
  const t = strings(locale);

  it('links every dataset to its citation and metadata files, beside a citation in its language', () => {
    const html = readPage(localePath(locale, 'data/'));
    for (const id of ids) {
      const section = html.match(new RegExp(`<section[^>]*id="${id}"[\\s\\S]*?</section>`))![0];
      for (const path of [`/data/${id}.bib`, `/data/${id}.ris`, `/data/${id}.metadata.json`]) {
        expect(section).toMatch(new RegExp(`<a href="${path.replaceAll('.', '\\.')}" download`));
      }
      expect(section).toContain(t.cite.bibtex);
      expect(section).toContain(t.cite.ris);
      expect(section).toContain(t.cite.metadata);
      const words =
        id === 'headline-figures' ? t.data.citation.quotedFigures : t.data.citation.retrievedThrough;
      expect(section).toContain(words(t.site.name, `${site}/data/${id}.csv`));
    }
  });

  it('says on the data page whose figures the files redistribute', () => {
    const html = readPage(localePath(locale, 'data/'));
    for (const dataset of DATASETS) {
      expect(html).toContain(t.cite.redistribution(sources.get(dataset.source)!.publisher));
    }
  });

  it('has "Cite this profile" on the profile, with a citation of this edition and the citation files', () => {
    const html = readPage(localePath(locale, ''));
    expect(html).toContain(`<h2 id="cite">${t.cite.profileTitle}</h2>`);
    expect(html).toContain('<a href="#cite">');
    const [profile] = parse(file('/cite/profile.bib'));
    const year = profile!.issued['date-parts'][0]![0]!;
    const text = t.cite.profile(t.site.name, year, t.profile.title, `${site}${localePath(locale, '')}`);
    expect(html).toContain(text.replaceAll("'", '&#39;'));
    expect(html).toContain('<a href="/cite/profile.bib" download');
    expect(html).toContain('<a href="/cite/profile.ris" download');
  });
});

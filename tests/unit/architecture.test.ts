/**
 * The layout of `src/` as docs/architecture.md describes it: one folder per thing the site is about,
 * helpers that know no domain at the bottom, and every import running downwards — from the pages
 * to the domains, from the domains to the collection plumbing, the dataset registry, the schemas and
 * the helpers — never back up, and never in a circle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = 'src';

/**
 * The layers, from the bottom. A file may import from its own layer or a lower one. Within a layer,
 * the folders' imports must not form a circle (news → countries → news).
 */
const LAYERS: readonly (readonly string[])[] = [
  ['lib', 'i18n'],
  ['markdown', 'schemas'],
  ['datasets'],
  ['content'],
  ['news', 'countries', 'citations', 'downloads', 'profile', 'editions'],
  ['charts', 'map', 'search', 'admin'],
  ['pictures'],
  ['check', 'integrations'],
  ['components', 'layouts', 'pages', 'content.config.ts', 'env.d.ts'],
];

/** The most files `src/lib/` may hold: helpers every domain uses, few enough to know by heart. */
const MAX_LIB_FILES = 10;

/** Words that name a domain: a TypeScript file whose name carries one lives in that domain's folder. */
const DOMAIN_WORDS: Readonly<Record<string, string>> = {
  news: 'news',
  countr: 'countries',
  citation: 'citations',
  download: 'downloads',
};

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.(ts|astro)$/.test(entry.name) ? [path] : [];
  });
}

/** The project files a module imports by a relative path (static, re-exports, side effects, dynamic). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [
    ...text.matchAll(/\b(?:import|export)\s[^;'"]*?\sfrom\s*['"](\.{1,2}\/[^'"]+)['"]/g),
    ...text.matchAll(/\bimport\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g),
  ].map((match) => match[1]!);
  return [...new Set(specifiers)].map((specifier) => relative('.', resolve(dirname(file), specifier)));
}

/** A file's top-level place under src/: its folder, or its own name for a file at the top. */
const placeOf = (file: string) => relative(SRC, file).split('/')[0]!;
const layerOf = (place: string) => LAYERS.findIndex((layer) => layer.includes(place));

const files = filesUnder(SRC).sort();
const graph = new Map(
  files.map((file) => [
    file,
    importsOf(file).filter((target) => target.startsWith(`${SRC}/`) && /\.(ts|astro)$/.test(target)),
  ]),
);

describe('the layout of src/', () => {
  it('places every folder and top-level file of src/ in a layer', () => {
    const places = [...new Set(files.map(placeOf))];
    expect(places.filter((place) => layerOf(place) < 0)).toEqual([]);
  });

  it('imports only files that exist', () => {
    const missing = [...graph].flatMap(([file, targets]) =>
      targets.filter((target) => !graph.has(target)).map((target) => `${file} → ${target}`),
    );
    expect(missing).toEqual([]);
  });

  it('runs every import down to its own layer or a lower one', () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((target) => layerOf(placeOf(target)) > layerOf(placeOf(file)))
        .map((target) => `${file} → ${target}`),
    );
    expect(upward).toEqual([]);
  });

  it('has no circle of imports between files', () => {
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        circles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(circles).toEqual([]);
  });

  it('has no circle of imports between the folders of one layer', () => {
    const edges = new Map<string, Set<string>>();
    for (const [file, targets] of graph) {
      for (const target of targets) {
        const [from, to] = [placeOf(file), placeOf(target)];
        if (from !== to && layerOf(from) === layerOf(to))
          edges.set(from, (edges.get(from) ?? new Set()).add(to));
      }
    }
    const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
      [...(edges.get(from) ?? [])].some(
        (next) => next === to || (!seen.has(next) && reaches(next, to, seen.add(next))),
      );
    const circular = [...edges.keys()].filter((folder) => reaches(folder, folder));
    expect(circular).toEqual([]);
  });

  it(`keeps src/lib/ to at most ${MAX_LIB_FILES} helpers that import no domain`, () => {
    const lib = files.filter((file) => placeOf(file) === 'lib');
    expect(lib.length).toBeLessThanOrEqual(MAX_LIB_FILES);
    const domainImports = lib.flatMap((file) =>
      graph
        .get(file)!
        .filter((target) => !['lib', 'i18n'].includes(placeOf(target)))
        .map((target) => `${file} → ${target}`),
    );
    expect(domainImports).toEqual([]);
  });

  it.each(Object.entries(DOMAIN_WORDS))('keeps the modules named after "%s" in src/%s/', (word, folder) => {
    const strays = files.filter(
      (file) =>
        file.endsWith('.ts') &&
        !['pages', 'components', folder].includes(placeOf(file)) &&
        file.split('/').pop()!.toLowerCase().includes(word),
    );
    expect(strays).toEqual([]);
  });
});

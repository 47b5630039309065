/**
 * The addresses of the country profiles: one slug per country and edition, from the country's CLDR
 * name in the edition's language (`DEU` → `alemania`, `germany`, `alemanha`). ASCII, lower case,
 * stable as long as CLDR's name is; two countries with one slug stop the build.
 */

/** `Côte d’Ivoire` → `cote-d-ivoire`: accents dropped, anything else than a letter or digit a hyphen. */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Each code's slug from its name. Throws naming every slug that is empty or that two codes share.
 */
export function slugsOf(codes: readonly string[], nameOf: (code: string) => string): Map<string, string> {
  const slugs = new Map<string, string>();
  const owners = new Map<string, string>();
  const problems: string[] = [];
  for (const code of codes) {
    const slug = slugify(nameOf(code));
    if (slug === '') problems.push(`${code} (${nameOf(code)}) has no ASCII slug`);
    const owner = owners.get(slug);
    if (owner !== undefined) problems.push(`${owner} and ${code} would share the slug "${slug}"`);
    owners.set(slug, code);
    slugs.set(code, slug);
  }
  if (problems.length > 0) throw new Error(`Country slugs: ${problems.join('; ')}`);
  return slugs;
}

/** The built site as tests see it: every page of dist/ and helpers to read them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = 'dist';

/** Every built page as a URL path: `/`, `/en/news/`, `/404.html`… sorted. */
export function builtPages(): string[] {
  return (readdirSync(DIST, { recursive: true }) as string[])
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.html'))
    .map((file) => (file.endsWith('index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`))
    .sort();
}

export function readPage(path: string): string {
  const file = path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
  return readFileSync(file, 'utf8');
}

export function distPath(file: string): string {
  return relative(DIST, file);
}

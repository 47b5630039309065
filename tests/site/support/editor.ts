/**
 * The browser editor (/admin/) under test: the built page served on 127.0.0.1, Sveltia CMS pointed at
 * its test backend (files kept in the browser's private storage) and seeded with the project's real
 * news files and tag vocabulary. Everything else is the production build: only the configuration's
 * `backend` is swapped, in the browser, so dist/ stays what is published.
 *
 * It watches what the editor must never do: a request to any address but the test server, a
 * Content-Security-Policy refusal (the page's <meta> policy and the headers of dist/_headers, which
 * the server sends as the CDN would), a console error or an uncaught exception.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { withAxe } from './axe.ts';

/** The files the test backend starts with: every news item and the tag vocabulary, as committed. */
export function seedFiles(root = '.'): Record<string, string> {
  const news = (readdirSync(`${root}/content/news`, { recursive: true }) as string[])
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => `content/news/${file.split('\\').join('/')}`);
  return Object.fromEntries(
    [...news, 'content/tags.yaml'].map((path) => [path, readFileSync(`${root}/${path}`, 'utf8')]),
  );
}

/** The test backend's folder in the origin's private file system (the CMS names it so). */
const TEST_REPOSITORY = 'sveltia-cms-test';

export interface Watched {
  /** Requests to any address but the test server, blocked. */
  foreignRequests: string[];
  /** `securitypolicyviolation` events: `directive blocked-address`. */
  violations: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

export interface EditorSession {
  page: Page;
  context: BrowserContext;
  watched: Watched;
  /** Every file of the test backend, by path. */
  files: () => Promise<Record<string, string>>;
  /** The files the editor wrote or changed since it started. */
  written: () => Promise<Record<string, string>>;
  close: () => Promise<void>;
}

/** The production configuration with the test backend instead of GitHub: the one thing swapped. */
export function withTestBackend(yaml: string): string {
  const swapped = yaml.replace(/^backend:\n(?: {2}.*\n)+/m, 'backend:\n  name: test-repo\n');
  if (swapped === yaml) throw new Error('the editor configuration has no backend block to swap');
  return swapped;
}

/**
 * Opens /admin/ in a new context whose browser language is `locale` (the CMS and the configuration
 * follow it), seeds the test backend with `seed` and signs in to it. Actions wait up to 20 s: the
 * editor's script is 2 MB to parse on a loaded machine, and a broken step still fails in seconds'
 * worth of retries, not minutes.
 */
export async function openEditor(
  browser: Browser,
  origin: string,
  seed: Record<string, string>,
  locale = 'en-GB',
): Promise<EditorSession> {
  const watched: Watched = { foreignRequests: [], violations: [], errors: [] };
  // axe is in every page of the context, for the tests that run it (./axe.ts).
  const context = await withAxe(await browser.newContext({ locale }));
  await context.route(
    (url) => url.origin !== origin,
    (route) => {
      watched.foreignRequests.push(route.request().url());
      return route.abort();
    },
  );
  await context.route(/\/admin\/config\.[a-z]+\.yml(\?|$)/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: withTestBackend(await response.text()) });
  });
  await context.exposeFunction('__cspViolation', (text: string) => watched.violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { __cspViolation: (text: string) => void }).__cspViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      ),
    );
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico'))
      watched.errors.push(message.text());
  });
  page.on('pageerror', (error) => watched.errors.push(error.message));

  await page.goto(`${origin}/admin/`);
  const signIn = page.getByRole('button', { name: 'Work with Test Repository' });
  await signIn.waitFor();
  await page.evaluate(
    async ({ files, folder }) => {
      const root = await (
        await navigator.storage.getDirectory()
      ).getDirectoryHandle(folder, { create: true });
      for (const [path, text] of Object.entries(files)) {
        const parts = path.split('/');
        let directory = root;
        for (const part of parts.slice(0, -1))
          directory = await directory.getDirectoryHandle(part, { create: true });
        const writable = await (
          await directory.getFileHandle(parts.at(-1)!, { create: true })
        ).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    { files: seed, folder: TEST_REPOSITORY },
  );
  await signIn.click();
  await page.getByRole('button', { name: 'Create New Entry' }).waitFor();

  const read = () =>
    page.evaluate(async (folder) => {
      const found: Record<string, string> = {};
      type Directory = FileSystemDirectoryHandle & {
        entries: () => AsyncIterable<[string, FileSystemDirectoryHandle | FileSystemFileHandle]>;
      };
      const walk = async (directory: Directory, prefix: string) => {
        for await (const [name, handle] of directory.entries()) {
          if (handle.kind === 'directory') await walk(handle as Directory, `${prefix}${name}/`);
          else found[`${prefix}${name}`] = await (await (handle as FileSystemFileHandle).getFile()).text();
        }
      };
      await walk(
        (await (await navigator.storage.getDirectory()).getDirectoryHandle(folder)) as Directory,
        '',
      );
      return found;
    }, TEST_REPOSITORY);
  /**
   * The files once the editor has finished writing them: it closes the entry before its last writes
   * land, and a file being replaced cannot be read. Read until two readings agree.
   */
  const files = async () => {
    const reading = async () => {
      for (;;) {
        try {
          return JSON.stringify(await read());
        } catch (error) {
          if (!/NotFoundError/.test(String(error))) throw error;
        }
      }
    };
    let previous = await reading();
    for (;;) {
      await page.waitForTimeout(250);
      const current = await reading();
      if (current === previous) return JSON.parse(current) as Record<string, string>;
      previous = current;
    }
  };
  const written = async () =>
    Object.fromEntries(Object.entries(await files()).filter(([path, text]) => seed[path] !== text));
  return { page, context, watched, files, written, close: () => context.close() };
}

/**
 * Picks `option` in the select or relation field `field`, typing `filter` into its search box first
 * when given; then closes the list by a click on the editor's toolbar (Escape would leave the entry).
 */
export async function choose(page: Page, field: string, option: string, filter?: string): Promise<void> {
  const search = page.getByRole('searchbox', { name: 'Filter Options' });
  await page.getByRole('combobox', { name: field }).click();
  await search.waitFor();
  if (filter) await search.fill(filter);
  await page.getByRole('option', { name: option, exact: true }).click();
  await page.getByRole('toolbar', { name: 'Primary' }).click({ position: { x: 5, y: 5 } });
  await search.waitFor({ state: 'hidden' });
}

/** Shows the editing pane of another language of the entry (Spanish, English, Portuguese). */
export async function editLanguage(page: Page, language: string): Promise<void> {
  await page
    .getByRole('group', { name: /Edit .* Content/ })
    .getByRole('radiogroup', { name: 'Switch Locale' })
    .getByRole('radio', { name: language })
    .click();
}

/** Fills the source list's fields, which the editor draws only once they scroll into view. */
export async function fillSource(page: Page, name: string, url?: string): Promise<void> {
  await page
    .getByRole('group', { name: /Sources/ })
    .first()
    .scrollIntoViewIfNeeded();
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  if (url !== undefined) await page.getByRole('textbox', { name: 'Address (URL)' }).fill(url);
}

/**
 * Saves the entry and waits until it is written: the editor closes once its files are saved (a form
 * it refuses stays open, and this times out). Its "Entry saved" notice is not waited for: it shows for
 * a few seconds only, which a loaded machine can miss, and the previous save's may still be there.
 */
export async function save(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Save', exact: true });
  await button.click();
  await button.waitFor({ state: 'detached' });
}

/**
 * Waits for the editor to stop moving (its panes and lists fade and slide in): axe judges colours on
 * what is drawn, and a half-faded text would read as low contrast.
 */
export async function still(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
}

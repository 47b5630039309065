/**
 * The browser editor end to end, in Debian's Chromium with no network: the built /admin/ on 127.0.0.1,
 * Sveltia CMS on its test backend seeded with the real news files. An editor writes a Spanish item
 * with its English and Portuguese translations and edits an MDX item; the files the editor wrote are
 * then checked and built as CI would check and build them, in a copy of the project. Bad input is
 * refused by the form, or by the check with its message.
 *
 * The editorial workflow (each save a branch and a pull request) needs GitHub: the test backend saves
 * in place, so what is tested here is what the editor writes, which is what a pull request holds.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../../../scripts/support/project-copy.ts';
import { serveDist } from '../../../scripts/support/serve.ts';
import { axeViolations } from '../support/axe.ts';
import { useSiteSession } from '../support/site-session.ts';
import {
  choose,
  editLanguage,
  fillSource,
  openEditor,
  save,
  seedFiles,
  still,
  type EditorSession,
} from '../support/editor.ts';

const session = useSiteSession();
const seed = seedFiles();
const copies: ProjectCopy[] = [];
afterAll(() => {
  for (const copy of copies) copy.remove();
});

/** A copy of the project with the files the editor wrote: what a pull request would merge. */
function withWritten(written: Record<string, string>): ProjectCopy {
  const copy = copyProject();
  copies.push(copy);
  for (const [path, text] of Object.entries(written)) {
    mkdirSync(dirname(join(copy.root, path)), { recursive: true });
    writeFileSync(join(copy.root, path), text);
  }
  return copy;
}

/** `npm run check:content` on a copy, as CI runs it. */
const checkContent = (root: string) =>
  spawnSync(process.execPath, ['tools/check-content.ts', root], { encoding: 'utf8' });

/** Nothing the editor did left the machine, broke its policy or logged an error. */
function expectClean({ watched }: EditorSession) {
  expect(watched.foreignRequests).toEqual([]);
  expect(watched.violations).toEqual([]);
  expect(watched.errors).toEqual([]);
}

const MDX = {
  es: 'content/news/es/decreto-regularizacion-2020.mdx',
  en: 'content/news/en/regularization-decree-2020.mdx',
  pt: 'content/news/pt/decreto-regularizacao-2020.mdx',
};
const NEW = {
  es: 'content/news/es/peru-publica-datos-de-migracion-de-2024.md',
  en: 'content/news/en/peru-publishes-2024-migration-data.md',
  pt: 'content/news/pt/peru-publica-dados-de-migracao-de-2024.md',
};
/** The messages the form shows, under the field `label` (its isolate marks as the CMS writes them), or all. */
async function alertsOf(page: Page, label?: string): Promise<string> {
  const scope = label ? page.getByRole('group', { name: `“\u2068${label}\u2069” Field` }) : page;
  return (await scope.getByRole('alert').allTextContents()).join(' | ');
}

/** The text after a file's frontmatter: what the editor must keep byte for byte. */
const bodyOf = (text: string) => text.slice(text.indexOf('\n---', 3) + 4);

describe('the browser editor', () => {
  it('writes a Spanish item with its translations and edits an MDX item, and CI checks and builds both', async () => {
    const editor = await openEditor(session.browser, session.server.origin, seed);
    const { page } = editor;
    // The editor passes axe (WCAG 2.2 AA), its list and its form.
    await still(page);
    expect(await axeViolations(page)).toEqual([]);

    // A new item, in Spanish first: the title's accents become a plain file name.
    await page.getByRole('button', { name: 'Create New Entry' }).click();
    await page.getByRole('textbox', { name: 'Title' }).waitFor();
    await still(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('textbox', { name: 'Title' }).fill('Perú publica datos de migración de 2024');
    await page.getByRole('textbox', { name: 'Date' }).fill('2024-03-15');
    await page
      .getByRole('textbox', { name: 'Summary' })
      .fill('El INEI publicó las cifras de 2024: 1.234 personas registradas.');
    await choose(page, 'Tags', 'Statistics');
    await choose(page, 'Countries', 'Peru (PER)', 'Peru');
    await page.getByRole('button', { name: /Add .*Sources/ }).click();
    await fillSource(
      page,
      'Instituto Nacional de Estadística e Informática (INEI)',
      'https://www.inei.gob.pe/',
    );
    await page
      .getByRole('textbox', { name: 'Text' })
      .fill('El INEI publicó las cifras de 2024: 1.234 personas.\n\n## Contexto\n\nEl registro es anual.');
    // Its translations: their own titles, summaries, source names and texts; the rest is shared.
    await editLanguage(page, 'English');
    await page.getByRole('textbox', { name: 'Title' }).fill('Peru publishes 2024 migration data');
    await page
      .getByRole('textbox', { name: 'Summary' })
      .fill('INEI published the 2024 figures: 1,234 people registered.');
    await fillSource(page, 'National Institute of Statistics and Informatics (INEI)');
    await page
      .getByRole('textbox', { name: 'Text' })
      .fill('INEI published the 2024 figures: 1,234 people.\n\n## Context\n\nThe register is yearly.');
    await editLanguage(page, 'Portuguese');
    await page.getByRole('textbox', { name: 'Title' }).fill('Peru publica dados de migração de 2024');
    await page
      .getByRole('textbox', { name: 'Summary' })
      .fill('O INEI publicou os números de 2024: 1.234 pessoas registradas.');
    await fillSource(page, 'Instituto Nacional de Estatística e Informática (INEI)');
    await page
      .getByRole('textbox', { name: 'Text' })
      .fill('O INEI publicou os números de 2024: 1.234 pessoas.\n\n## Contexto\n\nO registro é anual.');
    await save(page);

    // An MDX item: a new Spanish title, its body (with a component) untouched.
    await page.getByRole('treeitem', { name: /News with figures/ }).click();
    await page
      .getByRole('row', { name: /regularizará/ })
      .getByRole('gridcell')
      .nth(1)
      .click();
    const title = page.getByRole('textbox', { name: 'Title' });
    await expect.poll(() => title.inputValue()).toContain('regularizará');
    await title.fill('El Perú regularizará la situación migratoria de 500.000 venezolanos (decreto)');
    await save(page);

    const written = await editor.written();
    expectClean(editor);
    await editor.close();

    // Exactly the files of the two items, in each language's folder under each language's name.
    expect(Object.keys(written).sort()).toEqual([...Object.values(NEW), ...Object.values(MDX)].sort());
    for (const [lang, path] of Object.entries(NEW)) {
      expect(written[path]).toContain(`\nlang: ${lang}\n`);
      // Every language version names the Spanish one, which names itself.
      expect(written[path]).toContain(`translationOf: es/peru-publica-datos-de-migracion-de-2024\n`);
    }
    for (const path of Object.values(MDX)) {
      expect(bodyOf(written[path]!)).toBe(bodyOf(readFileSync(path, 'utf8')));
      expect(written[path]).toContain('translationOf: es/decreto-regularizacion-2020\n');
    }
    expect(bodyOf(written[MDX.es]!)).toContain('<ProfileFact id="seed-ptp-granted" />');

    // What a pull request would merge passes the check CI runs, and builds.
    const copy = withWritten(written);
    const check = checkContent(copy.root);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    const build = await copy.buildAsync();
    expect(build.status, build.stderr).toBe(0);

    // The new item is on each edition's news page, each version linked to the other two.
    const page_ = (path: string) => readFileSync(join(copy.root, 'dist', path, 'index.html'), 'utf8');
    const addresses = {
      es: '/news/peru-publica-datos-de-migracion-de-2024/',
      en: '/en/news/peru-publishes-2024-migration-data/',
      pt: '/pt/news/peru-publica-dados-de-migracao-de-2024/',
    };
    for (const [lang, address] of Object.entries(addresses)) {
      const html = page_(address);
      expect(html).toContain(`<html lang="${lang}"`);
      for (const [other, link] of Object.entries(addresses)) {
        if (other !== lang) expect(html).toMatch(new RegExp(`<a[^>]*href="${link}"[^>]*hreflang="${other}"`));
      }
      expect(page_(address.replace(/[^/]+\/$/, ''))).toContain(`href="${address}"`);
    }
    expect(page_('/news/peru-publica-datos-de-migracion-de-2024/')).toContain('1.234 personas');
    // The edited MDX item: its new title, and its figure still rendered from the profile.
    const decree = page_('/news/decreto-regularizacion-2020/');
    expect(decree).toContain('500.000 venezolanos (decreto)');
    expect(decree).toContain('435.000');
  }, 240_000);

  it('refuses bad input: an empty title and a date before 1900 in the form; a later date and a dropped tag by CI, with the check’s message', async () => {
    const editor = await openEditor(session.browser, session.server.origin, seed);
    let { page } = editor;

    // In the form: nothing is written while a required text is empty or a date comes before 1900.
    await page.getByRole('button', { name: 'Create New Entry' }).click();
    await page.getByRole('textbox', { name: 'Date' }).fill('1850-03-15');
    await page.getByRole('textbox', { name: 'Summary' }).fill('Un resumen.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    // Each message is under its field; the CMS's icons add their names ("error") to the text.
    await expect.poll(() => alertsOf(page, 'Title')).toContain('This field is required.');
    await expect.poll(() => alertsOf(page, 'Date')).toContain('The date must be on or after ⁨1900-01-01⁩.');
    await expect.poll(() => alertsOf(page)).toContain('Please correct them to save the entry.');
    expect(await editor.written()).toEqual({});
    expectClean(editor);
    await editor.close();

    // A date after next year passes the form (its end moves with the calendar; the check's does
    // too), and reaches CI.
    const second = await openEditor(session.browser, session.server.origin, seed);
    page = second.page;
    await page.getByRole('button', { name: 'Create New Entry' }).click();
    await page.getByRole('textbox', { name: 'Title' }).fill('Una noticia del futuro');
    await page.getByRole('textbox', { name: 'Date' }).fill('2999-01-01');
    await page.getByRole('textbox', { name: 'Summary' }).fill('Un resumen.');
    await choose(page, 'Tags', 'Statistics');
    await page.getByRole('button', { name: /Add .*Sources/ }).click();
    await fillSource(page, 'INEI', 'https://www.inei.gob.pe/');
    await page.getByRole('textbox', { name: 'Text' }).fill('Texto.');
    for (const language of ['English', 'Portuguese']) {
      await editLanguage(page, language);
      await page.getByRole('textbox', { name: 'Title' }).fill(`A news item (${language})`);
      await page.getByRole('textbox', { name: 'Summary' }).fill('A summary.');
      await fillSource(page, 'INEI');
      await page.getByRole('textbox', { name: 'Text' }).fill('Text.');
    }
    await save(page);

    // The vocabulary: a new tag written as words is refused by the form; a tag removed while
    // items carry it reaches CI.
    await page.getByRole('treeitem', { name: 'Tag vocabulary' }).click();
    await page.getByRole('gridcell', { name: 'Tags' }).click();
    await page.getByRole('button', { name: 'Collapse All' }).click();
    const tag = (summary: string) =>
      page
        .getByRole('group')
        .filter({ has: page.getByText(summary, { exact: true }) })
        .last();
    await page.getByRole('button', { name: /Add .*Tag/ }).click();
    const id = page.getByRole('textbox', { name: 'Id' }).last();
    await id.scrollIntoViewIfNeeded();
    await id.fill('Quito Process 2021');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => alertsOf(page, 'Id'))
      .toContain('Use lower-case letters without accents, digits and hyphens, such as regional-cooperation.');
    // The new tag is the list's last entry: remove it, and the tag items use.
    await page.getByRole('button', { name: 'Remove' }).last().click();
    await tag('education · Education').getByRole('button', { name: 'Remove' }).click();
    await save(page);

    const written = await second.written();
    expectClean(second);
    await second.close();

    const check = checkContent(withWritten(written).root);
    expect(check.status).toBe(1);
    // Exactly these: the future date in each language's file, and the dropped tag in each file
    // of the item that carries it. The vocabulary the editor rewrote is itself valid.
    const nextYear = new Date().getUTCFullYear() + 1;
    const date = (file: string) =>
      new RegExp(
        `^${file}:\\d+: date: must be between 1900 and ${nextYear} \\(got "2999-01-01"\\); fix: check the year`,
      );
    const droppedTag = (file: string) =>
      new RegExp(`^${file}:\\d+: tags\\.0: is not a tag of content/tags\\.yaml \\(got "education"\\)`);
    const problems = check.stderr
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.trim());
    expect(problems).toEqual([
      expect.stringMatching(date('content/news/en/a-news-item-english.md')),
      expect.stringMatching(droppedTag('content/news/en/venezuelan-students-2020.md')),
      expect.stringMatching(droppedTag('content/news/es/estudiantes-venezolanos-2020.md')),
      expect.stringMatching(date('content/news/es/una-noticia-del-futuro.md')),
      expect.stringMatching(date('content/news/pt/a-news-item-portuguese.md')),
      expect.stringMatching(droppedTag('content/news/pt/estudantes-venezuelanos-2020.md')),
    ]);
  }, 120_000);

  it('is never framed: its headers refuse it, and where a host sends none it does not start', async () => {
    // A page of another origin (another port of 127.0.0.1) that frames the editor.
    const host = createServer((request, response) => {
      const src = new URL(request.url ?? '/', 'http://x').searchParams.get('src') ?? '';
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(
        `<!doctype html><html lang="en"><title>Host</title><iframe src="${src}" title="Framed"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    const hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
    const bare = await serveDist('dist', { headers: false });
    const context = await session.browser.newContext({ locale: 'en-GB' });
    // No network here either: the editor's own sign-in page would ask GitHub's status.
    await context.route(
      (url) => url.hostname !== '127.0.0.1',
      (route) => route.abort(),
    );
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      const refusals: string[] = [];
      page.on('console', (message) => refusals.push(message.text()));
      const framing = (origin: string) => `${hostOrigin}/?src=${encodeURIComponent(`${origin}/admin/`)}`;

      // As Netlify and Cloudflare Pages serve it: frame-ancestors 'none'.
      await page.goto(framing(session.server.origin));
      await expect.poll(() => refusals.some((text) => /frame-ancestors/.test(text))).toBe(true);
      await expect(page.frameLocator('iframe').getByRole('button').count()).resolves.toBe(0);

      // As GitHub Pages serves it, with no header: the page says where to open it, and no CMS starts.
      await page.goto(framing(bare.origin));
      const framed = page.frameLocator('iframe');
      await framed.getByText('The editor does not open inside another page.').waitFor();
      await expect(framed.getByRole('link', { name: '/admin/' }).getAttribute('target')).resolves.toBe(
        '_top',
      );
      await expect(framed.getByRole('button').count()).resolves.toBe(0);
      // The same page, opened on its own, starts the editor.
      await page.goto(`${bare.origin}/admin/`);
      await page.getByRole('button', { name: /^Sign In with .GitHub.$/ }).waitFor();
    } finally {
      await context.close();
      await bare.close();
      await new Promise((resolve) => host.close(resolve));
    }
  });
});

/**
 * The build refuses what the content checker refuses, with the same messages, before any news item
 * is compiled: a project copy is given each kind of hostile content, then checked (as
 * `npm run check:content` does) and built (`astro build` alone, without the checker in front of it).
 * The copies build side by side.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../../../scripts/support/project-copy.ts';
import { fixtureTag } from '../../support/content-fixtures.ts';
import { RAW_LINK_PAGE, readVariant } from '../support/variant.ts';

/** A file the malicious MDX item below tries to create on the build machine. */
const MARKER = join(tmpdir(), `peru-hostile-${process.pid}-ran`);

/** A tag of the vocabulary as committed, whichever it is: an item with a retired tag is refused for it. */
const TAG = fixtureTag();

const frontmatter = (lang: string, extra = '') =>
  `---\ntitle: A test item\ndate: 2020-11-27\nsummary: One sentence.\ntags: [${TAG}]\ncountries: [PER]\nlang: ${lang}\n${extra}sources:\n  - name: A source\n---\n\n`;

interface Case {
  name: string;
  plant: (root: string) => void;
}

const write = (root: string, path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

const CASES: Case[] = [
  {
    name: 'an MDX item that runs a command',
    plant: (root) =>
      write(
        root,
        'content/news/en/hostile.mdx',
        `${frontmatter('en')}import {execSync} from 'node:child_process'\n\n{execSync('touch ${MARKER}')}\n`,
      ),
  },
  {
    name: 'a Markdown item that redirects its readers',
    plant: (root) =>
      write(
        root,
        'content/news/en/refresh.md',
        `${frontmatter('en')}Text.\n\n<meta http-equiv="refresh" content="0;url=https://evil.example/">\n`,
      ),
  },
  {
    name: 'a symbolic link to a file outside the repository',
    plant: (root) => {
      write(root, 'outside.md', `${frontmatter('en')}Published from outside.\n`);
      symlinkSync(join(root, 'outside.md'), join(root, 'content/news/en/linked.md'));
    },
  },
  {
    name: 'two items that translate each other',
    plant: (root) => {
      write(root, 'content/news/en/one.md', `${frontmatter('en', 'translationOf: es/dos\n')}One.\n`);
      write(root, 'content/news/es/dos.md', `${frontmatter('es', 'translationOf: en/one\n')}Dos.\n`);
    },
  },
  {
    // Each passed the check on main; the build then published empty articles or crashed with a stack
    // trace and no file named. In one copy: the check and the build must list them all.
    name: 'bodies that rendered to nothing, nested too deep, or named what does not exist',
    plant: (root) => {
      write(
        root,
        'content/news/en/quote.md',
        `${frontmatter('en')}Before.\n\n<p lang="es>Texto.</p>\n\nAfter.\n`,
      );
      write(
        root,
        'content/news/en/split.md',
        `${frontmatter('en')}Before.\n\n<p title="x"\n\ndata-x="y">after</p>\n`,
      );
      write(root, 'content/news/en/comment.md', `${frontmatter('en')}Before.\n\n<!-- a note\n\nThe rest.\n`);
      write(root, 'content/news/en/deep.md', `${frontmatter('en')}${'>'.repeat(10000)} x\n`);
      write(root, 'content/news/en/fact.mdx', `${frontmatter('en')}<ProfileFact id="does-not-exist" />\n`);
      write(
        root,
        'content/news/en/function.md',
        frontmatter('en').replace('summary: One sentence.', 'summary: !!js/function "function () {}"') +
          'Text.\n',
      );
    },
  },
  {
    name: 'an interrupted data update',
    plant: (root) => write(root, 'content/data/.data-update-journal.json', '{"renames":[]}\n'),
  },
];

const results = new Map<
  string,
  { check: { status: number | null; lines: string[] }; build: { status: number | null; output: string } }
>();
const copies: ProjectCopy[] = [];

/** The checker's exit status and the problem lines it prints (`  file:line: field: message (got value)`). */
function runChecker(root: string): { status: number | null; lines: string[] } {
  const result = spawnSync(process.execPath, ['tools/check-content.ts', root], { encoding: 'utf8' });
  return {
    status: result.status,
    lines: result.stderr
      .split('\n')
      .filter((line) => line.startsWith('  '))
      .map((line) => line.trim()),
  };
}

beforeAll(async () => {
  await Promise.all(
    CASES.map(async ({ name, plant }) => {
      const copy = copyProject();
      copies.push(copy);
      plant(copy.root);
      const check = runChecker(copy.root);
      const build = await copy.buildAsync();
      results.set(name, { check, build: { status: build.status, output: build.stdout + build.stderr } });
    }),
  );
}, 300_000);

afterAll(() => {
  for (const copy of copies) copy.remove();
});

describe('the build and the checker agree', () => {
  it.each(CASES.map((entry) => entry.name))('on %s: both refuse it, with the same messages', (name) => {
    const { check, build } = results.get(name)!;
    expect(check.status).toBe(1);
    expect(check.lines.length).toBeGreaterThan(0);
    // The check lists what it refuses; it never stops on a stack trace.
    expect(check.lines.join('\n')).not.toMatch(/RangeError|    at /);
    expect(build.status).not.toBe(0);
    // The build's output is colourised and wrapped by Astro: compare without its colour codes.
    const output = build.output.replace(/\x1b\[[0-9;]*m/g, '');
    for (const line of check.lines)
      expect(output, `${name}: the build does not say\n${line}`).toContain(line);
  });

  it('never runs the code of an MDX item', () => {
    expect(existsSync(MARKER)).toBe(false);
  });
});

describe('links in raw HTML', () => {
  it('get rel="noopener noreferrer" when they leave the site', () => {
    // The variant site has an item of its own with a raw HTML link (see support/variant.ts).
    const page = readVariant(RAW_LINK_PAGE);
    expect(page).toMatch(/<a href="https:\/\/example\.org\/raw" rel="noopener noreferrer">the raw link<\/a>/);
  });

  it('get it for a protocol-relative address too, which leaves the site as surely', () => {
    const page = readVariant(RAW_LINK_PAGE);
    expect(page).toMatch(
      /<a href="\/\/example\.org\/relative" rel="noopener noreferrer">a protocol-relative link<\/a>/,
    );
  });
});

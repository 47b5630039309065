/**
 * The content check is the only judge: content it accepts passes every test of the committed
 * content. On main, an item without a Portuguese version passed `npm run check:content` and the
 * build (CONTRIBUTING.md allows it), then failed `npm test` on a rule only a test knew. Here a copy
 * of the project gets content the check accepts, and the suites of the committed content run on it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanEnv } from '../../scripts/support/env.ts';
import { copyProject } from '../../scripts/support/project-copy.ts';
import { checkAllContent } from '../../src/check/content.ts';

const copy = copyProject();
afterAll(() => copy.remove());

describe('content the check accepts', () => {
  it('passes the tests of the committed content: an item in one language only', () => {
    cpSync('tests', join(copy.root, 'tests'), { recursive: true });
    cpSync('vitest.config.ts', join(copy.root, 'vitest.config.ts'));
    writeFileSync(
      join(copy.root, 'content/news/es/solo-en-espanol-2021.md'),
      [
        '---',
        'title: Una noticia solo en español',
        'date: 2021-03-01',
        'summary: Un resumen de una oración, sin traducción todavía.',
        'tags: [policy, venezuelans]',
        'countries: [PER, VEN]',
        'sources:',
        '  - name: Una fuente',
        'lang: es',
        '---',
        '',
        'El texto de la noticia, en una sola lengua: las otras ediciones la listan en español.',
        '',
      ].join('\n'),
    );
    expect(checkAllContent(copy.root)).toEqual([]);
    // The suites that read the content as committed; those that plant mistakes of their own
    // (hostile content, editor mistakes) judge the check, not the content.
    const suites = [
      'tests/content/',
      '--exclude',
      '**/hostile-content.test.ts',
      '--exclude',
      '**/editor-mistakes.test.ts',
    ];
    const run = spawnSync('npx', ['vitest', 'run', '--project', 'unit', ...suites], {
      cwd: copy.root,
      encoding: 'utf8',
      env: cleanEnv(),
      timeout: 120_000,
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout.replace(/\x1b\[[0-9;]*m/g, '')).toMatch(/Test Files +\d+ passed/);
  }, 150_000);
});

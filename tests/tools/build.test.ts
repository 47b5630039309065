/**
 * `npm run build` (tools/build.ts) when something is wrong: the content check's full list, and the
 * site in dist/ left as it was whatever fails. (The global setup of the site suites builds dist/ with
 * it: that is the run where all goes well.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanEnv } from '../../scripts/support/env.ts';
import { copyProject, type ProjectCopy } from '../../scripts/support/project-copy.ts';

let copy: ProjectCopy | undefined;
afterEach(() => copy?.remove());

/** A copy of the project with a site already published in its dist/. */
function copyWithSite(): { root: string; published: string } {
  copy = copyProject();
  const published = join(copy.root, 'dist/index.html');
  mkdirSync(join(copy.root, 'dist'), { recursive: true });
  writeFileSync(published, '<!doctype html><title>the site as published</title>');
  return { root: copy.root, published };
}

function build(root: string) {
  return spawnSync('npm', ['run', 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: cleanEnv(),
    timeout: 200_000,
  });
}

function replaceIn(root: string, file: string, from: string, to: string): void {
  const text = readFileSync(join(root, file), 'utf8');
  if (!text.includes(from)) throw new Error(`${file} no longer contains ${from}`);
  writeFileSync(join(root, file), text.replace(from, to));
}

describe('npm run build', () => {
  it('on content mistakes in two files, lists both, stops and leaves dist/ as it was', () => {
    const { root, published } = copyWithSite();
    replaceIn(root, 'content/news/en/coyote-2020-operation.md', 'date: 2020-11-30', 'date: 2020-02-30');
    replaceIn(
      root,
      'content/sources.yaml',
      'publisher: Observatorio «COVID-19 e (In)movilidad en las Américas»',
      "publisher: ''",
    );
    const result = build(root);
    const output = result.stdout + result.stderr;
    expect(result.status).toBe(1);
    expect(output).toContain('content/news/en/coyote-2020-operation.md');
    expect(output).toContain('date: is not a real calendar date');
    expect(output).toMatch(/content\/sources\.yaml.*publisher/);
    expect(output).toContain('dist/ is left as it was');
    expect(readFileSync(published, 'utf8')).toContain('the site as published');
    expect(existsSync(join(root, 'dist.next'))).toBe(false);
  }, 240_000);

  it('when a body fails to render, stops naming the file, even if the check let it through', () => {
    const { root, published } = copyWithSite();
    // The check's body rules switched off in this copy, as if a new kind of mistake slipped past
    // them: the build itself must still refuse to publish the item without its text.
    const checkBody = join(root, 'src/markdown/check-body.ts');
    const off = readFileSync(checkBody, 'utf8').replace(
      /(export function checkBody\([\s\S]*?\): ContentProblem\[\] \{)/,
      '$1\n  return [];',
    );
    if (!off.includes('ContentProblem[] {\n  return [];'))
      throw new Error('checkBody no longer has that shape');
    writeFileSync(checkBody, off);
    writeFileSync(
      join(root, 'content/news/en/split.md'),
      '---\ntitle: A split tag\ndate: 2020-11-27\nsummary: One sentence.\ntags: [policy]\nlang: en\nsources:\n  - name: A source\n---\n\nBefore.\n\n<p title="x"\n\ndata-x="y">after</p>\n',
    );
    const result = build(root);
    const output = result.stdout + result.stderr;
    expect(result.status).toBe(1);
    // The check passed (its body rules are off): the build refused on its own.
    expect(output).toContain('✓ content is valid');
    expect(output).toMatch(/content\/news\/en\/split\.md: body: cannot be rendered/);
    expect(output).toContain('dist/ is left as it was');
    expect(readFileSync(published, 'utf8')).toContain('the site as published');
    expect(existsSync(join(root, 'dist.next'))).toBe(false);
  }, 240_000);

  it('when Astro fails, leaves dist/ as it was', () => {
    const { root, published } = copyWithSite();
    writeFileSync(join(root, 'src/pages/broken.astro'), '---\nconst = ;\n---\n<p>x</p>\n');
    const result = build(root);
    const output = result.stdout + result.stderr;
    expect(result.status).toBe(1);
    expect(output).toContain('astro build failed');
    expect(readFileSync(published, 'utf8')).toContain('the site as published');
    expect(existsSync(join(root, 'dist.next'))).toBe(false);
  }, 240_000);
});

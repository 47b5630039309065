/**
 * Builds, side by side and once for every site suite: dist/ (unless SKIP_BUILD=1 says a fresh one
 * is already there), and the variant site, a temporary copy with the content changes the suites
 * check (see support/variant.ts); then starts the one Chromium the browser suites share. Stops it
 * and removes the copy when the suites are done.
 */
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/support/browser.ts';
import { cleanEnv } from '../../scripts/support/env.ts';
import { copyProject } from '../../scripts/support/project-copy.ts';
import { indexSearch } from '../../scripts/support/search-index.ts';
import { plantVariant } from './support/variant.ts';

/** `npm run build`, as an editor runs it; resolves with what it printed (the suites read its summary). */
function buildDist(): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn('npm', ['run', 'build', '--silent'], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: cleanEnv(),
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (status) =>
      status === 0 ? done(output) : fail(new Error(`npm run build exited with ${status}`)),
    );
  });
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** What `npm run build` printed on stdout when it built dist/ (empty when SKIP_BUILD=1). */
    buildOutput: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const variant = copyProject();
  plantVariant(variant.root);
  const [buildOutput, built] = await Promise.all([
    process.env.SKIP_BUILD === '1' ? Promise.resolve('') : buildDist(),
    variant.buildAsync(),
  ]);
  project.provide('buildOutput', buildOutput);
  if (built.status !== 0) {
    variant.remove();
    throw new Error(`the variant site did not build:\n${built.stdout}${built.stderr}`);
  }
  const index = indexSearch(`${variant.root}/dist`);
  if (index.status !== 0) throw new Error(`the variant site was not indexed:\n${index.stderr}`);
  project.provide('variantRoot', variant.root);
  // One Chromium for every browser suite: each connects to it rather than starting its own.
  const browser = await chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    variant.remove();
  };
}

/**
 * Builds the site once before the suites that read dist/ (build, offline and browser checks),
 * unless SKIP_BUILD=1 says a fresh dist/ is already there.
 */
import { execFileSync } from 'node:child_process';
import { cleanEnv } from '../../scripts/support/env.ts';

export default function setup(): void {
  if (process.env.SKIP_BUILD === '1') return;
  execFileSync('npm', ['run', 'build', '--silent'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: cleanEnv(),
  });
}

/** Offline checks of dist/: internal links and #fragments resolve, and the HTML is valid. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (args: string[]) => spawnSync('npx', args, { encoding: 'utf8' });

describe('dist/', () => {
  it('has no broken internal link or #fragment', () => {
    const result = run([
      'linkinator',
      'dist',
      '--recurse',
      '--check-fragments',
      '--skip',
      '^https?://(?!localhost|127\\.0\\.0\\.1)',
    ]);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout + result.stderr).toMatch(/Successfully scanned \d+ links/);
  });

  it('is valid HTML', () => {
    const result = run(['html-validate', 'dist/**/*.html']);
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });
});

/**
 * The pull-request workflow: every pull request (the browser editor opens one per saved item) is
 * checked before it is merged, content check first, read-only and without credentials.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

type Step = { run?: string; uses?: string; with?: Record<string, unknown> };
const workflow = parse(readFileSync('.github/workflows/check.yml', 'utf8')) as {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[]; permissions?: unknown }>;
};
const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const runs = steps.map((step) => step.run ?? '').filter(Boolean);

describe('the pull-request workflow', () => {
  it('runs on every pull request', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
  });

  it('runs the content check first, then every test, with npm scripts that exist', () => {
    expect(runs).toEqual(['npm ci', 'npm run check:content', 'npm test']);
    for (const [, script] of runs.join('\n').matchAll(/npm run ([\w:-]+)/g))
      expect(scripts).toHaveProperty(script!);
  });

  it('reads only, and keeps no credentials: a pull request’s MDX runs at build time', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(workflow.jobs)) expect(job.permissions).toBeUndefined();
    const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout'));
    expect(checkout?.with?.['persist-credentials']).toBe(false);
  });
});

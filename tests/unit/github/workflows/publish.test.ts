/**
 * The publishing workflow stays a thin wrapper over npm scripts, deploys only after checks, and gives
 * each job only the access it needs: the job that builds what editors commit cannot write.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

type Step = { run?: string; name?: string; if?: string; uses?: string; with?: Record<string, unknown> };
type Job = { steps: Step[]; permissions?: Record<string, string>; needs?: string | string[]; if?: string };

const workflow = parse(readFileSync('.github/workflows/publish.yml', 'utf8')) as {
  on: Record<string, { cron: string }[]>;
  permissions: Record<string, string>;
  concurrency: unknown;
  jobs: Record<string, Job>;
};
const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
const jobs = workflow.jobs;
const runs = (job: Job) => job.steps.map((step) => step.run ?? '').filter(Boolean);

describe('the publishing workflow', () => {
  it('runs on push, daily, and by hand', () => {
    expect(Object.keys(workflow.on)).toEqual(['push', 'schedule', 'workflow_dispatch']);
    expect(workflow.on.schedule![0]!.cron).toMatch(/^\d+ \d+ \* \* \*$/);
  });

  it('never runs two deploys at once', () => {
    expect(workflow.concurrency).toEqual({ group: 'publish', 'cancel-in-progress': false });
  });

  it('deploys only after the build job, which tests before it builds', () => {
    expect(jobs.deploy!.needs).toBe('build');
    const order = runs(jobs.build!);
    expect(order.indexOf('npm test')).toBeGreaterThan(-1);
    expect(order.indexOf('npm test')).toBeLessThan(order.indexOf('npm run build'));
  });

  it('calls only npm scripts that exist', () => {
    for (const job of Object.values(jobs)) {
      for (const run of runs(job)) {
        for (const [, script] of run.matchAll(/npm run ([\w:-]+)/g)) expect(scripts).toHaveProperty(script!);
      }
    }
  });

  it('refreshes the data only on the scheduled or manual run, and commits only a change', () => {
    expect(jobs['refresh-data']!.if).toContain("github.event_name == 'schedule'");
    expect(runs(jobs['refresh-data']!)).toContain('npm run data:update');
    const commit = runs(jobs['refresh-data']!).find((run) => run.includes('git commit'));
    expect(commit).toContain('git diff --quiet -- content/data');
  });
});

describe('permissions', () => {
  it('are read-only by default', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('let the job that tests and builds the content read only, keeping no credentials', () => {
    expect(jobs.build!.permissions).toEqual({ contents: 'read' });
    const checkout = jobs.build!.steps.find((step) => step.uses?.startsWith('actions/checkout'));
    expect(checkout?.with?.['persist-credentials']).toBe(false);
  });

  it('let only the data refresh write, and it builds nothing', () => {
    const writers = Object.entries(jobs).filter(([, job]) => job.permissions?.contents === 'write');
    expect(writers.map(([name]) => name)).toEqual(['refresh-data']);
    const refresh = runs(jobs['refresh-data']!).join('\n');
    for (const builds of ['npm test', 'npm run build', 'astro', 'vitest'])
      expect(refresh).not.toContain(builds);
  });
});

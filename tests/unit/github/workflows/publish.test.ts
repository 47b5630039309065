/** The publishing workflow stays a thin wrapper over npm scripts, and deploys only after checks. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const workflow = parse(readFileSync('.github/workflows/publish.yml', 'utf8'));
const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
const steps = workflow.jobs.build.steps as { run?: string; name?: string; if?: string }[];

describe('the publishing workflow', () => {
  it('runs on push, daily, and by hand', () => {
    expect(Object.keys(workflow.on)).toEqual(['push', 'schedule', 'workflow_dispatch']);
    expect(workflow.on.schedule[0].cron).toMatch(/^\d+ \d+ \* \* \*$/);
  });

  it('never runs two deploys at once', () => {
    expect(workflow.concurrency).toEqual({ group: 'publish', 'cancel-in-progress': false });
  });

  it('deploys only after the build job, which tests before it builds', () => {
    expect(workflow.jobs.deploy.needs).toBe('build');
    const order = steps.map((step) => step.run ?? '').filter(Boolean);
    expect(order.indexOf('npm test')).toBeGreaterThan(-1);
    expect(order.indexOf('npm test')).toBeLessThan(order.indexOf('npm run build'));
  });

  it('calls only npm scripts that exist', () => {
    for (const { run } of steps) {
      for (const [, script] of (run ?? '').matchAll(/npm run ([\w:-]+)/g))
        expect(scripts).toHaveProperty(script!);
    }
  });

  it('refreshes the data only on the scheduled or manual run, and commits only a change', () => {
    const update = steps.find((step) => step.run === 'npm run data:update');
    expect(update?.if).toContain("github.event_name == 'schedule'");
    const commit = steps.find((step) => step.run?.includes('git commit'));
    expect(commit?.run).toContain('git diff --quiet -- content/data');
  });
});

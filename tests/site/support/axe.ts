/**
 * axe-core in the browser suites: its source is added to a browser context once, as an init script,
 * so every page of the context has it when it loads. Injecting it into each page after the load (as
 * @axe-core/playwright does) cost more than a second a page, ten times axe's own run.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.2 AA rules, by axe's tags. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Gives every page of `context` axe, from its next navigation on. */
export async function withAxe(context: BrowserContext): Promise<BrowserContext> {
  await context.addInitScript(AXE_SOURCE);
  return context;
}

/** axe's WCAG 2.2 AA violations on the page as it is now: `rule: selector, selector`. */
export async function axeViolations(page: Page): Promise<string[]> {
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.map((violation) => ({
      id: violation.id,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, WCAG_TAGS);
  return violations.map((violation) => `${violation.id}: ${violation.targets.join(', ')}`);
}

/**
 * One Chromium and one static server of dist/ for a test file: registers the vitest hooks that start
 * them before its tests and stop them after, and gives access to both.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../../scripts/support/browser.ts';
import { serveDist, type StaticServer } from '../../../scripts/support/serve.ts';

export interface SiteSession {
  readonly browser: Browser;
  readonly server: StaticServer;
}

export function useSiteSession(root = 'dist'): SiteSession {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), serveDist(root)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the browser starts in beforeAll');
      return browser;
    },
    get server() {
      if (!server) throw new Error('the server starts in beforeAll');
      return server;
    },
  };
}

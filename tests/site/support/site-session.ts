/**
 * The browser and a static server of dist/ for a test file: registers the vitest hooks that connect
 * to the one Chromium the global setup started for every browser suite and start the server before
 * its tests, and stop both after; gives access to both.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { serveDist, type StaticServer } from '../../../scripts/support/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The WebSocket address of the Chromium the global setup started. */
    browserEndpoint: string;
  }
}

export interface SiteSession {
  readonly browser: Browser;
  readonly server: StaticServer;
}

export function useSiteSession(root = 'dist'): SiteSession {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    [browser, server] = await Promise.all([chromium.connect(inject('browserEndpoint')), serveDist(root)]);
  });
  afterAll(async () => {
    // For a connected browser, close() only disconnects: the browser serves the next suite.
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

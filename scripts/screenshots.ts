/**
 * `npm run screenshots`: full-page PNGs of each main page at 1280 px and 390 px, in screenshots/,
 * for a person to look at. Serves dist/ (build first).
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../tests/support/browser.ts';
import { serveDist } from '../tests/support/serve.ts';

const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/', '/en/', '/news/', '/en/news/regularization-decree-2020/', '/sources/', '/404.html'];
const widths = [1280, 390];
mkdirSync('screenshots', { recursive: true });
const server = await serveDist();
const browser = await launchChromium();
try {
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const path of pages) {
      await page.goto(server.origin + path);
      const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}.png`;
      await page.screenshot({ path: `screenshots/${name}`, fullPage: true });
      console.log(`screenshots/${name}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

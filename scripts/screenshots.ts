/**
 * `npm run screenshots`: full-page PNGs of each main page at 1280 px and 390 px, in screenshots/,
 * for a person to look at. Serves dist/ (build first).
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from './support/browser.ts';
import { serveDist } from './support/serve.ts';

const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/', '/en/', '/pt/', '/news/', '/en/news/regularization-decree-2020/', '/sources/', '/404.html'];
const widths = [1280, 390];
mkdirSync('screenshots', { recursive: true });
const server = await serveDist();
const browser = await launchChromium();
try {
  for (const width of widths) {
    // bypassCSP: the added style below is inline, which the pages' policy would (rightly) refuse.
    const page = await browser.newPage({ viewport: { width, height: 900 }, bypassCSP: true });
    for (const path of pages) {
      await page.goto(server.origin + path);
      // A full-page picture needs every section drawn, including those drawn only near the screen.
      await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
      const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}.png`;
      await page.screenshot({ path: `screenshots/${name}`, fullPage: true });
      console.log(`screenshots/${name}`);
      // Also viewport-sized slices, which are easier to look at than one very tall image.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let top = 0, part = 1; top < height && part <= 12; top += 900, part++) {
        await page.screenshot({
          path: `screenshots/${name.replace('.png', `-part${part}.png`)}`,
          fullPage: true,
          clip: { x: 0, y: top, width, height: Math.min(900, height - top) },
        });
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

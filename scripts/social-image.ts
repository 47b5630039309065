/**
 * `npm run social-image`: draws public/social.png (1200 × 630), the picture shared links show,
 * from the built map (run `npm run build` first). Committed, so builds do not need a browser.
 */
import { readFileSync } from 'node:fs';
import { launchChromium } from './support/browser.ts';

const html = readFileSync('dist/index.html', 'utf8');
const map = html.match(/<svg[^>]*class="map"[\s\S]*?<\/svg>/)![0];
const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('');
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(`<!doctype html><html><head><style>${css}
  body { margin: 0; width: 1200px; height: 630px; display: grid; grid-template-columns: 430px 1fr; align-items: center;
         background: #fff; font-family: system-ui, sans-serif; color: #1c2126; border-top: 16px solid #8c1c13; box-sizing: border-box; }
  .text { padding: 0 24px 0 56px; } h1 { font-size: 52px; line-height: 1.1; margin: 0 0 24px; }
  p { font-size: 26px; line-height: 1.35; color: #4a535c; margin: 0 0 12px; }
  .map { border-radius: 0; background: #f7fbfd; }
</style></head><body><div class="text"><h1>Perfil migratorio del Perú</h1><p>Peru migration profile</p>
<p>Cada cifra con su fuente y su fecha · Every figure sourced and dated</p></div><div>${map}</div></body></html>`);
await page.screenshot({ path: 'public/social.png' });
await browser.close();
console.log('public/social.png');

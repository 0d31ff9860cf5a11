// Draws the extension's images with Chromium: its icons (extension/icons/, from the
// page's favicon, www/favicon.svg) and the screenshot of its use in docs/extension.png
// (the test article page with its summary highlighted, beside the side panel).
//   node scripts/extension-images.mjs      (run `npm run build` first)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fixtureArticle, launchChromium, serveFiles, startExtension } from '../tests/js/harness.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const ICON_SIZES = [16, 32, 48, 128];

/** Writes extension/icons/icon-N.png for each size, drawn from the favicon. */
async function drawIcons() {
  const svg = readFileSync(`${root}www/favicon.svg`, 'utf8');
  const browser = await launchChromium();
  const page = await browser.newPage();
  mkdirSync(`${root}extension/icons`, { recursive: true });
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
    await page.screenshot({ path: `${root}extension/icons/icon-${size}.png`, omitBackground: true });
  }
  await browser.close();
}

/** Writes docs/extension.png: the article page with its summary highlighted, and the side panel. */
async function drawScreenshot() {
  fixtureArticle('article_page.html'); // the page shown: it must be the test fixture
  const server = await serveFiles(`${root}tests/fixtures`);
  const extension = await startExtension();
  const { page, tabId } = await extension.openTab(`${server.origin}/article_page.html`, { width: 1000, height: 760 });
  const { panel } = await extension.summarize(tabId, { width: 380, height: 760 });
  await page.evaluate(() => document.querySelector('article').scrollIntoView());
  const [left, right] = [await page.screenshot(), await panel.screenshot()];
  const sheet = await extension.context.newPage();
  await sheet.setViewportSize({ width: 1381, height: 760 });
  await sheet.setContent(`<body style="margin:0;display:flex;gap:1px;background:#888">
    <img src="data:image/png;base64,${left.toString('base64')}"><img src="data:image/png;base64,${right.toString('base64')}"></body>`);
  mkdirSync(`${root}docs`, { recursive: true });
  writeFileSync(`${root}docs/extension.png`, await sheet.screenshot());
  await extension.close();
  server.close();
}

await drawIcons();
await drawScreenshot();
console.log('[extension-images] extension/icons/icon-{16,32,48,128}.png, docs/extension.png');

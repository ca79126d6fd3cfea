// `npm run open`: build, then Chromium with Touchline, a separate profile (.output/profile), and the
// dashboard open. For real use: sign in to X or LinkedIn in that window and browse as usual.
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';
import { buildExtension } from './build.mjs';
import { requireChromium } from './browsers.mjs';

buildExtension();
const ext = resolve('.output/chrome-mv3');
const context = await chromium.launchPersistentContext(resolve('.output/profile'), {
  executablePath: requireChromium(),
  headless: !process.env.DISPLAY,
  args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-first-run', '--disable-gpu'],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const id = new URL(worker.url()).host;
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`chrome-extension://${id}/dashboard.html`);
console.log(`Touchline is loaded (extension id ${id}), from ${ext}.`);
if (!process.env.DISPLAY) {
  console.log('No display here: to use it, load that folder in your own Chrome (chrome://extensions → Load unpacked).');
  await context.close();
} else {
  console.log('Close the browser window to finish.');
  await new Promise((done) => context.on('close', done));
}

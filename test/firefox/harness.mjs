// Firefox harness (issue #16): Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi
// (no browser download), the Firefox build installed as a temporary add-on, x.com served from
// fixtures by request interception. BiDi will not open a moz-extension:// page, so extension pages
// are framed inside a routed x.com page; that needs them web-accessible, which only the build made
// with TOUCHLINE_E2E_PAGES=1 declares (never the store build). See docs/firefox.md.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { requireFirefox } from '../../scripts/browsers.mjs';

const OUT = '.output-e2e-firefox';
const GECKO_ID = 'touchline@touchline.local';
/** Fixed by the preference below, so the extension's origin is known before it is installed. */
export const UUID = '5b3c1f0e-7d2a-4c8e-9f1b-2a6d4e8c0b11';
export const ORIGIN = `moz-extension://${UUID}`;

/** Builds the test flavour of the Firefox extension (a few seconds). */
export function buildForTests() {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], {
    env: { ...process.env, TOUCHLINE_E2E_PAGES: '1', TOUCHLINE_OUT_DIR: OUT },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return resolve(OUT, 'firefox-mv3');
}

/**
 * Firefox with Touchline installed; `routes` maps an https://x.com path to `{ body, contentType }`
 * (or a function of the URL). Anything else is refused: nothing leaves the machine.
 */
export async function launchFirefox(extension, routes) {
  const profile = await mkdtemp(join(tmpdir(), 'touchline-ff-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireFirefox(),
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) },
  });
  await browser.installExtension(extension);
  const serve = async (page) => {
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.protocol === 'moz-extension:') return req.continue();
      const route = url.hostname === 'x.com' ? routes[url.pathname] : undefined;
      const res = typeof route === 'function' ? route(url) : route;
      if (!res) return req.abort();
      return req.respond({ status: 200, contentType: res.contentType ?? 'text/html', body: res.body });
    });
  };
  return {
    browser,
    async page(path) {
      const page = await browser.newPage();
      await serve(page);
      await page.goto(`https://x.com${path}`);
      return page;
    },
    /**
     * An extension page (`dashboard.html`, `popup.html`) framed in a routed x.com page: its frame
     * runs in the extension's origin, so `browser.runtime.sendMessage` from it is the page's own.
     */
    async extensionFrame(file) {
      routes[`/__frame/${file}`] = {
        body: `<!doctype html><iframe src="${ORIGIN}/${file}" width="800" height="700"></iframe>`,
      };
      const page = await this.page(`/__frame/${file}`);
      for (let i = 0; i < 100; i++) {
        const frame = page.frames()[1];
        // Puppeteer's frame URL stays about:blank for a cross-origin frame; ask the frame itself.
        const href = await frame?.evaluate(() => location.href).catch(() => '');
        if (href?.startsWith(ORIGIN) && (await frame.evaluate(() => document.readyState)) === 'complete') return frame;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`${file} did not load in its frame`);
    },
    async close() {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

// End-to-end harness: Debian's Chromium, headless, with the built extension loaded, and the
// sites routed to local fixtures (there is no network here, and tests must not need one).
import { chromium } from 'playwright-core';
import { mkdtemp, mkdir, rm, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireChromium } from '../../scripts/browsers.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(root, 'test/fixtures');
/** Real captured responses, kept in the repository (test/fixtures/real/SOURCES.md). */
export const REAL_FIXTURES = join(FIXTURES, 'real');
export const PAGES = join(root, 'test/e2e/pages');

/**
 * Starts Chromium with Touchline; returns the context, the extension id and helpers. `args` adds
 * Chromium flags (the benchmark's DevTools port, host mapping); `refuseUnrouted: false` leaves
 * requests unintercepted, for a caller that maps every host elsewhere itself; `headless: false`
 * shows the window (the demo, on a machine with a display).
 */
export async function launch({ args = [], refuseUnrouted = true, headless = true } = {}) {
  const extension = resolve(root, process.env.TOUCHLINE_OUT_DIR ?? '.output', 'chrome-mv3');
  const userDir = await mkdtemp(join(tmpdir(), 'touchline-e2e-'));
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath: requireChromium(),
    headless,
    viewport: { width: 1200, height: 800 },
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...args,
    ],
  });
  // Nothing may leave the machine: every request not routed by a test is refused.
  if (refuseUnrouted)
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:'))
        return route.fallback();
      return route.abort('blockedbyclient');
    });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const ext = {
    context,
    worker,
    id,
    userDir,
    url: (path) => `chrome-extension://${id}/${path}`,
    async close() {
      await context.close();
      await rm(userDir, { recursive: true, force: true });
    },
    /** An extension page to send background API messages from. */
    async apiPage() {
      ext._api ??= await context.newPage();
      if (!ext._api.url().startsWith('chrome-extension://')) await ext._api.goto(ext.url('dashboard.html'));
      return ext._api;
    },
    /** Sends one background API message, as the popup would, and returns the reply. */
    async api(type, payload = {}) {
      const page = await ext.apiPage();
      return page.evaluate((m) => chrome.runtime.sendMessage(m), { type, payload });
    },
  };
  return ext;
}

/**
 * Routes a site (`https://x.com/**`) to a handler `(url, request) => response | undefined`
 * where a response is `{ body, contentType?, status? }`. Registered after launch(), so it
 * takes precedence over the refuse-all route.
 */
export async function routeSite(context, pattern, handler) {
  await context.route(pattern, async (route) => {
    const request = route.request();
    const res = await handler(new URL(request.url()), request);
    if (!res) return route.fulfill({ status: 404, body: 'not routed in this test' });
    return route.fulfill({
      status: res.status ?? 200,
      contentType: res.contentType ?? 'text/html',
      body: res.body,
      headers: res.headers,
    });
  });
}

export const readText = (path) => readFile(path, 'utf8');
export const readJson = async (path) => JSON.parse(await readFile(path, 'utf8'));

/**
 * A screenshot for the README (`docs/<name>`), written there only with TOUCHLINE_SCREENSHOTS=1
 * (`TOUCHLINE_SCREENSHOTS=1 npm run test:e2e`): the lists show times that change from run to run,
 * and `npm test` must leave the checkout as it found it. Otherwise it goes to the temp folder.
 */
export async function screenshot(target, name) {
  const dir = process.env.TOUCHLINE_SCREENSHOTS === '1' ? join(root, 'docs') : join(tmpdir(), 'touchline-screenshots');
  await mkdir(dir, { recursive: true });
  await target.screenshot({ path: join(dir, name) });
}

/** Polls `fn` until it returns a truthy value (captures arrive asynchronously). */
export async function until(fn, { timeout = 10_000, interval = 100, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await fn();
    if (last) return last;
    await new Promise((r) => setTimeout(r, interval));
  }
  throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)?.slice(0, 300)}`);
}

/** A valid version 1 backup with the given leads/touches (hand-built, per PRODUCT.md "Backup format"). */
export function backup({ leads = [], touches = [], settings } = {}) {
  return {
    format: 'touchline-backup',
    version: 1,
    exportedAt: '2026-11-22T12:00:00.000Z',
    leads,
    touches,
    settings: settings ?? { cadence: { maxTouches: 5, maxDays: 35, minGapHours: 48 } },
  };
}

export function lead(overrides = {}) {
  const id = overrides.id ?? 'x:2244994945';
  const [platform, rest] = id.split(':');
  return {
    id,
    platform,
    platformUserId: platform === 'x' && !rest.startsWith('@') ? rest : null,
    handle: rest.replace(/^@/, ''),
    aliases: [],
    displayName: 'Developers',
    headline: 'The voice of the X Dev team',
    profileUrl: platform === 'x' ? `https://x.com/${rest}` : `https://www.linkedin.com/in/${rest}/`,
    avatarUrl: '',
    stage: 'new',
    temperature: null,
    doNotContact: false,
    tags: [],
    notes: '',
    firstSeenAt: '2026-11-20T10:00:00.000Z',
    lastSignalAt: '2026-11-20T10:00:00.000Z',
    signals: [{ kind: 'followed', at: '2026-11-20T10:00:00.000Z', source: 'x.followers', account: '1' }],
    ...overrides,
  };
}

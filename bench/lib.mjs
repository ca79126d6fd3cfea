// Bench helpers: the one launcher (test/e2e/harness.mjs's launch plus a DevTools port, so the
// service worker's heap can be sampled), the store helpers the sections and their baselines share
// (seeding, raw IndexedDB counts), statistics and the bench-only bundle; bench/server.mjs the
// local HTTPS server.
import { launch as launchExtension, routeSite } from '../test/e2e/harness.mjs';
import { readFile, mkdir } from 'node:fs/promises';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedLead, backupOf } from './data.mjs';
export { localServer } from './server.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The bench builds into its own folder; the harness's launch() reads the same variable.
export const OUT_DIR = (process.env.TOUCHLINE_OUT_DIR ??= '.output-bench');
export const EXTENSION = resolve(ROOT, OUT_DIR, 'chrome-mv3');
export const TMP = join(ROOT, 'bench/.tmp');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Chromium with Touchline loaded (test/e2e/harness.mjs's launch) plus a DevTools port, so the
 * service worker's heap can be sampled. Default: every request goes through Playwright routing
 * (refused unless routed). With `direct` ({ hosts, port }), nothing is intercepted: the given
 * hosts resolve to a local HTTPS server (Playwright's routing costs a round trip to node per
 * request, which would swamp sub-ms figures), every other host fails to resolve, so still
 * nothing leaves the machine.
 */
export async function launch({ direct } = {}) {
  const hostRules = direct
    ? [
        `--host-resolver-rules=${direct.hosts.map((h) => `MAP ${h} 127.0.0.1:${direct.port}`).join(',')},MAP * ~NOTFOUND`,
        '--ignore-certificate-errors',
      ]
    : [];
  const ext = await launchExtension({ args: ['--remote-debugging-port=0', ...hostRules], refuseUnrouted: !direct });
  ext.port = null;
  for (let i = 0; i < 50 && ext.port === null; i++) {
    ext.port = await readFile(join(ext.userDir, 'DevToolsActivePort'), 'utf8')
      .then((t) => Number(t.split('\n')[0]))
      .catch(() => null);
    if (ext.port === null) await sleep(100);
  }
  return ext;
}

/** The Chromium version of a launch(), for the results' meta. */
export const chromiumVersion = async (ext) =>
  ext.context.browser()?.version() ??
  (await ext.worker.evaluate(() => navigator.userAgent)).match(/Chrome\/([\d.]+)/)?.[1];

export { routeSite };

/**
 * A raw DevTools connection to the extension's service worker (Playwright offers CDP sessions
 * for pages only). Returns { send(method, params), close() } or null when unavailable.
 */
export async function workerCdp(ext) {
  if (!ext.port) return null;
  const targets = await fetch(`http://127.0.0.1:${ext.port}/json/list`).then((r) => r.json());
  const target = targets.find((t) => t.type === 'service_worker' && t.url.includes(ext.id));
  if (!target) return null;
  const ws = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((res, rej) => {
    ws.onopen = res;
    ws.onerror = rej;
  });
  let next = 1;
  const pending = new Map();
  ws.onmessage = (e) => {
    const msg = JSON.parse(e.data);
    if (msg.id && pending.has(msg.id)) {
      pending.get(msg.id)(msg);
      pending.delete(msg.id);
    }
  };
  return {
    send(method, params = {}) {
      const id = next++;
      ws.send(JSON.stringify({ id, method, params }));
      return new Promise((res) => pending.set(id, res));
    },
    close: () => ws.close(),
  };
}

export function stats(values) {
  const v = [...values].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return { median: null, min: null, max: null, n: 0 };
  const mid = v.length >> 1;
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { median, min: v[0], max: v.at(-1), n: v.length };
}

/**
 * Bundles bench/entry.ts (the real parser and storage modules) as an IIFE exposing `TLB`, with
 * Vite's JS API into bench/.tmp/: it never ships, and the extension build is untouched.
 */
export async function buildBenchBundle() {
  const { build } = await import('vite');
  await mkdir(TMP, { recursive: true });
  await build({
    configFile: false,
    logLevel: 'warn',
    root: ROOT,
    resolve: { alias: { '@': ROOT } },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: TMP,
      emptyOutDir: false,
      minify: true,
      lib: { entry: join(ROOT, 'bench/entry.ts'), formats: ['iife'], name: 'TLB', fileName: () => 'bench.js' },
    },
  });
  return `${await readFile(join(TMP, 'bench.js'), 'utf8')}\n;globalThis.TLB = TLB;`;
}

export { sleep };

/** Stores leads [from, to) through `backup.import` in chunks (first `replace` when from is 0). */
export async function seed(ext, from, to, chunk = 5_000) {
  const page = await ext.apiPage();
  for (let i = from; i < to; i += chunk) {
    const leads = Array.from({ length: Math.min(chunk, to - i) }, (_, k) => seedLead(i + k));
    const mode = i === 0 ? 'replace' : 'merge';
    const reply = await page.evaluate((m) => chrome.runtime.sendMessage(m), {
      type: 'backup.import',
      payload: { backup: backupOf(leads), mode },
    });
    if (!reply?.ok) throw new Error(`seeding failed at ${i}: ${JSON.stringify(reply).slice(0, 300)}`);
  }
}

/**
 * Counts stored leads with raw IndexedDB from an extension page (no Dexie, no message). Before
 * the background has created the database there are none: opening it here would create an empty
 * one and hold it open, blocking the background's upgrade (the export section run alone hung so).
 */
export const countLeads = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('touchline');
        let created = false;
        open.onupgradeneeded = () => {
          created = true;
          open.transaction.abort();
        };
        open.onerror = () => (created ? resolve(0) : reject(open.error));
        open.onsuccess = () => {
          const idb = open.result;
          const req = idb.transaction('leads').objectStore('leads').count();
          req.onsuccess = () => {
            idb.close();
            resolve(req.result);
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );

/** Polls (inside the page, every 25 ms) until `target` leads are stored; returns Date.now() then. */
export const waitForCount = (page, target, timeout = 120_000) =>
  page.evaluate(
    ({ target, timeout }) =>
      new Promise((resolve, reject) => {
        const end = Date.now() + timeout;
        const open = indexedDB.open('touchline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const poll = () => {
            const req = idb.transaction('leads').objectStore('leads').count();
            req.onsuccess = () => {
              if (req.result >= target) {
                idb.close();
                resolve({ at: Date.now(), count: req.result });
              } else if (Date.now() > end) {
                idb.close();
                reject(new Error(`only ${req.result} of ${target} leads stored`));
              } else setTimeout(poll, 25);
            };
            req.onerror = () => reject(req.error);
          };
          poll();
        };
      }),
    { target, timeout },
  );

export const clearAll = async (ext) => {
  const r = await ext.api('data.clear', { confirm: 'delete everything' });
  if (!r?.ok) throw new Error(`data.clear failed: ${JSON.stringify(r)}`);
};

/**
 * Watches the JS heap of the service worker (raw CDP, `cdp` may be null) and of one page (a
 * Playwright CDP session) every 50 ms, after a collection on both. `stop()` returns the heap
 * before and the peak while watched, in bytes (null where it could not be read).
 */
export async function watchHeaps(cdp, pageCdp) {
  await pageCdp.send('Performance.enable');
  const heap = async () => {
    const w = cdp ? ((await cdp.send('Runtime.getHeapUsage')).result?.usedSize ?? null) : null;
    const m = (await pageCdp.send('Performance.getMetrics')).metrics.find((x) => x.name === 'JSHeapUsedSize');
    return { worker: w, page: m?.value ?? null };
  };
  if (cdp) await cdp.send('HeapProfiler.collectGarbage');
  await pageCdp.send('HeapProfiler.collectGarbage').catch(() => {});
  const before = await heap();
  const peak = { ...before };
  let watching = true;
  const loop = (async () => {
    while (watching) {
      const h = await heap().catch(() => ({ worker: null, page: null }));
      peak.worker = Math.max(peak.worker ?? 0, h.worker ?? 0);
      peak.page = Math.max(peak.page ?? 0, h.page ?? 0);
      await sleep(50);
    }
  })();
  return {
    stop: async () => {
      watching = false;
      await loop;
      return { before, peak };
    },
  };
}

/** Bytes as MB with one decimal (null stays null). */
export const mb = (x) => (x === null || x === undefined ? null : Math.round(x / 1e5) / 10);

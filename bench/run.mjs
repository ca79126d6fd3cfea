// `npm run bench` (issue #7): performance figures of the built extension in headless Chromium,
// each the median of repeated runs (with min and max) next to a baseline measured in the same
// run. Writes bench/results.json and the table in docs/performance.md. Not part of `npm test`.
//
//   TOUCHLINE_OUT_DIR=.output-bench npx wxt build && node bench/run.mjs
//   BENCH_ONLY=hook,parse,ingest,popup,export,bundle   (a subset; default all)
import { readFile, writeFile, readdir, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import os from 'node:os';
import {
  ROOT,
  OUT_DIR,
  EXTENSION,
  launch,
  routeSite,
  workerCdp,
  stats,
  buildBenchBundle,
  contentScriptModules,
  fileSizes,
  localServer,
  sleep,
} from './lib.mjs';

/** The popup's test ids (the rebuilt popup). One place to change them. */
const POPUP = {
  newRow: '[data-testid="list-new"] [data-testid="lead-row"]',
  allTab: '[data-testid="tab-all"]',
  search: '[data-testid="search"]',
  allRow: '[data-testid="list-all"] [data-testid="lead-row"]',
};
/** The popup before the rebuild: used only when POPUP.newRow never appears (the figure says so). */
const LEGACY_POPUP = { newRow: '[data-testid="lead-list"] li.lead' };

const FIXTURES = join(ROOT, 'test/fixtures/real/x');
const GENERATIONS = ['2025-03-07', '2026-07-21', '2026-08-07'];
const REPS = Number(process.env.BENCH_REPS ?? 7);
const ONLY = new Set((process.env.BENCH_ONLY ?? 'hook,parse,ingest,popup,export,bundle').split(','));
const started = Date.now();

const figures = [];
const details = {};
const log = (...a) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s]`, ...a);

/**
 * One table row. `compare` is 'ratio' (median / baseline median) or 'added' (median − baseline
 * median); `limit` applies to that comparison when `budgetOn` is 'compare', else to the median.
 */
function figure(row) {
  const s = stats(row.samples ?? []);
  const b = row.baseline ? stats(row.baseline) : null;
  let compare = null;
  if (b && s.median !== null && b.median !== null)
    compare = row.compare === 'added' ? s.median - b.median : b.median > 0 ? s.median / b.median : null;
  const value = row.budgetOn === 'compare' ? compare : s.median;
  const pass = row.limit === undefined || value === null ? null : value <= row.limit;
  const out = {
    id: row.id,
    figure: row.figure,
    unit: row.unit,
    median: s.median,
    min: s.min,
    max: s.max,
    n: s.n,
    baseline: row.baselineName ?? null,
    baselineMedian: b?.median ?? null,
    compare: row.compare ?? null,
    compareValue: compare,
    budget: row.budget ?? null,
    pass,
    note: row.note ?? null,
  };
  figures.push(out);
  log(
    `${row.figure}: ${fmt(s.median)} ${row.unit} (base ${fmt(b?.median)}) ${pass === null ? '' : pass ? 'PASS' : 'FAIL'}`,
  );
  return out;
}

const fmt = (x, d) => {
  if (x === null || x === undefined) return '–';
  const digits = d ?? (Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 10 ? 1 : Math.abs(x) >= 1 ? 2 : 3);
  return x.toFixed(digits);
};

// ---------------------------------------------------------------------------------------------
// Synthetic data

const fixtureText = (gen) => readFile(join(FIXTURES, `Followers.${gen}.json`), 'utf8');

/** `total` distinct followers in Followers responses of `per`, built from a fixture's user objects. */
function syntheticResponses(fixture, total, per = 70, idBase = 1_000_000_000_000) {
  const tl = fixture.data.user.result.timeline.timeline;
  const add = tl.instructions.find((i) => Array.isArray(i.entries));
  const isUser = (e) => e.content?.itemContent?.user_results !== undefined;
  const templates = add.entries.filter(isUser);
  const cursors = add.entries.filter((e) => !isUser(e));
  const bodies = [];
  for (let start = 0; start < total; start += per) {
    const entries = [];
    for (let idx = start; idx < Math.min(total, start + per); idx++) {
      const e = structuredClone(templates[idx % templates.length]);
      const u = e.content.itemContent.user_results.result;
      const id = String(idBase + idx);
      const handle = `tl_${idx}`;
      u.rest_id = id;
      u.id = Buffer.from(`User:${id}`).toString('base64');
      if (u.core) {
        u.core.screen_name = handle;
        u.core.name = `${u.core.name} ${idx}`;
      }
      if (u.legacy?.screen_name) {
        u.legacy.screen_name = handle;
        u.legacy.name = `${u.legacy.name} ${idx}`;
      }
      e.entryId = `user-${id}`;
      entries.push(e);
    }
    const instructions = tl.instructions.map((i) => (i === add ? { ...add, entries: [...entries, ...cursors] } : i));
    const result = {
      ...fixture.data.user.result,
      timeline: { ...fixture.data.user.result.timeline, timeline: { ...tl, instructions } },
    };
    bodies.push(JSON.stringify({ data: { user: { result } } }));
  }
  return bodies;
}

const FIRST = [
  'Ada',
  'Bola',
  'Chen',
  'Dmitri',
  'Elena',
  'Farah',
  'Goran',
  'Hana',
  'Ines',
  'Jonas',
  'Kofi',
  'Lena',
  'Mateo',
  'Nia',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sven',
  'Tariq',
  'Uma',
  'Viktor',
  'Wen',
  'Xavier',
  'Yara',
  'Zanele',
];
const LAST = [
  'Okafor',
  'Lindqvist',
  'Nakamura',
  'Moreau',
  'Haddad',
  'Kowalski',
  'Mensah',
  'Santos',
  'Ivanova',
  'Brennan',
  'Castillo',
  'Dubois',
  'Eriksen',
  'Fischer',
  'Gupta',
  'Horvat',
  'Ibrahim',
  'Jansen',
  'Kaur',
  'Larsen',
];
const HEADLINE = [
  'Founder',
  'building',
  'B2B',
  'SaaS',
  'growth',
  'marketing',
  'sales',
  'engineer',
  'designer',
  'investor',
  'fintech',
  'climate',
  'developer',
  'tools',
  'AI',
  'product',
  'manager',
  'at',
  'startup',
  'ops',
];

/** A backup lead (PRODUCT.md "Backup format"), as test/e2e/harness.mjs's lead() builds one. */
function seedLead(i) {
  const id = String(2_000_000_000_000 + i);
  const first = FIRST[i % FIRST.length];
  const last = LAST[Math.floor(i / FIRST.length) % LAST.length];
  const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  const headline = Array.from({ length: 6 }, (_, k) => HEADLINE[(i * 7 + k * 3) % HEADLINE.length]).join(' ');
  return {
    id: `x:${id}`,
    platform: 'x',
    platformUserId: id,
    handle: `s${i}`,
    aliases: [],
    displayName: `${first} ${last}`,
    headline,
    profileUrl: `https://x.com/s${i}`,
    avatarUrl: '',
    stage: i % 5 === 0 ? 'new' : i % 5 === 1 ? 'nurture' : 'lead',
    temperature: null,
    doNotContact: false,
    tags: [],
    notes: '',
    firstSeenAt: at,
    lastSignalAt: at,
    signals: [{ kind: 'followed', at, source: 'x.followers', account: '1' }],
  };
}

const backupOf = (leads) => ({
  format: 'touchline-backup',
  version: 1,
  exportedAt: '2026-11-22T12:00:00.000Z',
  leads,
  touches: [],
  settings: { cadence: { maxTouches: 5, maxDays: 35, minGapHours: 48 } },
});

/** Stores leads [from, to) through `backup.import` in chunks (first `replace` when from is 0). */
async function seed(ext, from, to, chunk = 5_000) {
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

/** Counts stored leads with raw IndexedDB from an extension page (no Dexie, no message). */
const countLeads = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('touchline');
        open.onerror = () => reject(open.error);
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
const waitForCount = (page, target, timeout = 120_000) =>
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

const clearAll = async (ext) => {
  const r = await ext.api('data.clear', { confirm: 'delete everything' });
  if (!r?.ok) throw new Error(`data.clear failed: ${JSON.stringify(r)}`);
};

// ---------------------------------------------------------------------------------------------
// 1. Hook overhead

const HOOK_PAGE = '<!doctype html><meta charset="utf-8"><title>bench</title><p>bench page</p>';
const FOLLOWERS_URL = `/i/api/graphql/BenchQueryId/Followers?variables=${encodeURIComponent(
  JSON.stringify({ userId: '999', count: 70, includePromotedContent: false }),
)}&features=${encodeURIComponent(JSON.stringify({ responsive_web_graphql_timeline_navigation_enabled: true }))}`;

/**
 * In the hooked x.com page: the page's own requests through its (hooked) `fetch`/XHR, paired
 * with the same requests through a native `fetch`/XHR of the same page (an about:blank iframe,
 * same origin, same renderer, where the hook is not installed). The arms alternate sample by
 * sample so machine-load drift hits both. A sample of a matching request includes the main-thread
 * work it triggers afterwards (the hook's clone and post, the isolated script's parse and send);
 * a non-matching sample is a batch of `batch` requests, as the hook adds nothing asynchronous.
 */
function pairedLoop({ samples, batch, url, api, blob }) {
  let frame = document.getElementById('native');
  if (!frame) {
    frame = document.createElement('iframe');
    frame.id = 'native';
    document.body.append(frame);
  }
  const native = frame.contentWindow;
  const u = blob
    ? URL.createObjectURL(new Blob([blob], { type: 'application/json' }))
    : new URL(url, location.href).href;
  const request = (win) =>
    api === 'fetch'
      ? async () => (await win.fetch(u)).json()
      : () =>
          new Promise((resolve, reject) => {
            const x = new win.XMLHttpRequest();
            x.open('GET', u);
            x.onload = () => resolve(JSON.parse(x.responseText));
            x.onerror = reject;
            x.send();
          });
  // Resolves once every message posted so far (the hook's, handled by the isolated script) is dispatched.
  const drain = () =>
    new Promise((resolve) =>
      setTimeout(() => {
        const tag = Math.random();
        const h = (e) => {
          if (e.data?.benchDrain === tag) {
            removeEventListener('message', h);
            resolve();
          }
        };
        addEventListener('message', h);
        postMessage({ benchDrain: tag }, '*');
      }, 0),
    );
  const hooked = request(window);
  const plain = request(native);
  const one = async (fn) => {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) await fn();
    if (!blob) await drain();
    return (performance.now() - t0) / batch;
  };
  // The synchronous cost of the call itself (what a non-matching request pays), over 1,000 calls.
  const syncCost = (win) => {
    const t0 = performance.now();
    const pending = [];
    for (let i = 0; i < 1000; i++) {
      if (api === 'fetch') pending.push(win.fetch(u).then((r) => r.arrayBuffer()));
      else {
        const x = new win.XMLHttpRequest();
        x.open('GET', u);
        pending.push(new Promise((r) => (x.onloadend = r)));
        x.send();
      }
    }
    const ms = (performance.now() - t0) / 1000;
    return Promise.all(pending).then(() => ms);
  };
  return (async () => {
    for (let i = 0; i < 3; i++) {
      await hooked();
      await plain();
    }
    await drain();
    const a = [];
    const b = [];
    for (let s = 0; s < samples; s++) {
      if (s % 2) {
        b.push(await one(plain));
        a.push(await one(hooked));
      } else {
        a.push(await one(hooked));
        b.push(await one(plain));
      }
    }
    const sync = blob ? { hooked: await syncCost(window), plain: await syncCost(native) } : null;
    return { a, b, sync };
  })();
}

async function benchHook() {
  const body = await fixtureText('2025-03-07'); // the 70-user generation
  const handler = (url) => {
    if (url.pathname === '/bench/hook') return { body: HOOK_PAGE };
    if (/\/i\/api\/graphql\/[^/]+\/Followers$/.test(url.pathname)) return { body, contentType: 'application/json' };
    return undefined;
  };
  // Served by a local HTTPS server, not Playwright routing (whose per-request round trip to node
  // would dominate sub-millisecond differences); every other host fails to resolve.
  const server = await localServer(handler);
  const ext = await launch({ direct: { hosts: ['x.com'], port: server.port } });
  try {
    await hookCases(ext, body);
  } finally {
    await ext.close();
    await server.close();
  }
}

async function hookCases(ext, body) {
  const page = await ext.context.newPage();
  await page.goto('https://x.com/bench/hook');
  const hooked = await page.evaluate(() => !String(window.fetch).includes('[native code]'));
  details.hook = { hookInstalledOnX: hooked, responseBytes: Buffer.byteLength(body), sync: {} };
  if (!hooked) throw new Error('the hook is not installed on the x.com page');

  const cases = [
    { id: 'hook.fetch.match', api: 'fetch', samples: 3 * REPS, batch: 1, url: FOLLOWERS_URL, limit: 1 },
    { id: 'hook.xhr.match', api: 'xhr', samples: 3 * REPS, batch: 1, url: FOLLOWERS_URL, limit: 1 },
    { id: 'hook.fetch.other', api: 'fetch', samples: 3 * REPS, batch: 50, blob: '{"data":{"ok":true}}', limit: 0.05 },
    { id: 'hook.xhr.other', api: 'xhr', samples: 3 * REPS, batch: 50, blob: '{"data":{"ok":true}}', limit: 0.05 },
  ];
  for (const c of cases) {
    const r = await page.evaluate(pairedLoop, c);
    const match = c.url !== undefined;
    if (r.sync) details.hook.sync[c.id] = r.sync;
    figure({
      id: c.id,
      figure: `Hook: page ${c.api === 'fetch' ? 'fetch' : 'XHR'}, ${match ? 'matching 70-user Followers' : 'non-matching URL'}`,
      unit: 'ms/req',
      samples: r.a,
      baseline: r.b,
      baselineName: 'same page, native fetch/XHR',
      compare: 'added',
      budgetOn: 'compare',
      limit: c.limit,
      budget: `≤ ${c.limit} ms added`,
      note: match
        ? `${c.samples} paired samples of one request each, including the main-thread work it triggers (hook clone + post, isolated parse + send)`
        : `${c.samples} paired samples of ${c.batch} requests (blob: URL); synchronous call cost hooked ${fmt(r.sync.hooked, 4)} vs native ${fmt(r.sync.plain, 4)} ms/call`,
    });
  }
  await mainThreadCases(ext, page);
  await page.close();
}

/**
 * What a matching response costs the page's main thread (the jank a user could feel), apart from
 * wall time, which on a 2-core machine also includes the service worker's parsing and storing
 * competing for CPU. CDP's `TaskDuration` is the renderer main thread's cumulative busy time;
 * the hooked and the native arm run the same requests in the same page, one batch after the other.
 */
async function mainThreadCases(ext, page) {
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const busy = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;
  const N = 10;
  for (const api of ['fetch', 'xhr']) {
    const a = [];
    const b = [];
    for (let r = 0; r < REPS; r++) {
      for (const [arm, out] of r % 2
        ? [
            ['native', b],
            ['hooked', a],
          ]
        : [
            ['hooked', a],
            ['native', b],
          ]) {
        const t0 = await busy();
        await page.evaluate(requestBatch, { api, url: FOLLOWERS_URL, n: N, arm });
        out.push(((await busy()) - t0) / N);
      }
    }
    figure({
      id: `hook.${api}.match.mainThread`,
      figure: `Hook: page main-thread time per matching ${api === 'fetch' ? 'fetch' : 'XHR'} (70-user Followers)`,
      unit: 'ms/req',
      samples: a,
      baseline: b,
      baselineName: 'same requests, native fetch/XHR (CDP TaskDuration)',
      compare: 'added',
      budgetOn: 'compare',
      limit: 1,
      budget: '≤ 1 ms added',
      note: `${REPS} batches of ${N} requests per arm; includes the hook's clone and post and the isolated script's validation, parse and send (idle callback)`,
    });
  }
  await cdp.detach();
}

/** In the page: `n` requests one after another through the hooked or the native API, then lets posted messages run. */
async function requestBatch({ api, url, n, arm }) {
  let frame = document.getElementById('native');
  if (!frame) {
    frame = document.createElement('iframe');
    frame.id = 'native';
    document.body.append(frame);
  }
  const win = arm === 'hooked' ? window : frame.contentWindow;
  const u = new URL(url, location.href).href;
  for (let i = 0; i < n; i++) {
    if (api === 'fetch') await (await win.fetch(u)).json();
    else
      await new Promise((resolve) => {
        const x = new win.XMLHttpRequest();
        x.open('GET', u);
        x.onload = () => resolve(JSON.parse(x.responseText));
        x.send();
      });
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
}

// ---------------------------------------------------------------------------------------------
// 2. Parse

async function benchParse(ext, bundle) {
  await routeSite(ext.context, 'https://parse-bench.test/**', () => ({ body: HOOK_PAGE }));
  const page = await ext.context.newPage();
  await page.goto('https://parse-bench.test/');
  await page.evaluate(bundle);
  for (const gen of GENERATIONS) {
    const text = await fixtureText(gen);
    const r = await page.evaluate(
      ({ text, reps }) => {
        const parse = [];
        const json = [];
        let people = 0;
        for (let i = 0; i < 10; i++) globalThis.TLB.parseXFollowers(JSON.parse(text)); // warm-up (JIT)
        // performance.now() is coarsened to 0.1 ms here: each sample times a batch of 10.
        const B = 10;
        for (let i = 0; i < reps; i++) {
          const t0 = performance.now();
          const objs = [];
          for (let k = 0; k < B; k++) objs.push(JSON.parse(text));
          const t1 = performance.now();
          for (const obj of objs) people = globalThis.TLB.parseXFollowers(obj).people.length;
          const t2 = performance.now();
          json.push((t1 - t0) / B);
          parse.push((t2 - t1) / B);
        }
        return { parse, json, people };
      },
      { text, reps: 15 },
    );
    figure({
      id: `parse.${gen}`,
      figure: `Parse: parseXFollowers, ${gen} generation (${r.people} users)`,
      unit: 'ms',
      samples: r.parse,
      baseline: r.json,
      baselineName: 'JSON.parse of the same text',
      compare: 'ratio',
      limit: 2,
      budget: '≤ 2 ms',
      note: 'in a web page, after 10 warm-up parses; 15 samples, each the mean of 10 parses (timer resolution is 0.1 ms)',
    });
  }
  await page.close();
}

// ---------------------------------------------------------------------------------------------
// 3. Ingest

const INGEST_TOTAL = 10_000;
const VIEWER = '4242';

async function benchIngest(ext, bundle) {
  const fixture = JSON.parse(await fixtureText('2026-08-07'));
  const bodies = syntheticResponses(fixture, INGEST_TOTAL);
  details.ingest = { responses: bodies.length, perResponse: 70, bytes: bodies.reduce((n, b) => n + b.length, 0) };
  const api = await ext.apiPage();
  await api.evaluate(bundle);
  // People as the content script would send them: parsed by the real parser, in the page.
  await api.evaluate((bodies) => {
    globalThis.__batches = bodies.map((b) => globalThis.TLB.parseXFollowers(JSON.parse(b)).people);
  }, bodies);
  const parsedCount = await api.evaluate(() => globalThis.__batches.reduce((n, b) => n + b.length, 0));
  if (parsedCount !== INGEST_TOTAL) throw new Error(`synthetic responses parse to ${parsedCount} people`);

  // Raw IndexedDB: the same stored records, put in one transaction into an identical store.
  const raw = [];
  for (let r = 0; r < 5; r++) {
    raw.push(
      await api.evaluate(async (rep) => {
        const TLB = globalThis.TLB;
        const now = new Date().toISOString();
        const signal = { kind: 'followed', source: 'x.notifications', account: '1' };
        const records = globalThis.__batches
          .flat()
          .map((p) => TLB.stored(TLB.newLead(`x:${p.platformUserId}`, p, signal, { now, baseline: false })));
        const name = `bench-raw-${rep}-${Math.random()}`;
        const idb = await new Promise((resolve, reject) => {
          const open = indexedDB.open(name, 1);
          open.onupgradeneeded = () => {
            const s = open.result.createObjectStore('leads', { keyPath: 'id' });
            for (const k of ['stage', 'platform', 'firstSeenAt', 'lastSignalAt', 'handle', 'dueAt'])
              s.createIndex(k, k);
            s.createIndex('keys', 'keys', { multiEntry: true });
            s.createIndex('words', 'words', { multiEntry: true });
            s.createIndex('[stage+waitingSince]', ['stage', 'waitingSince']);
          };
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const t0 = performance.now();
        await new Promise((resolve, reject) => {
          const tx = idb.transaction('leads', 'readwrite');
          const store = tx.objectStore('leads');
          for (const rec of records) store.put(rec);
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        const ms = performance.now() - t0;
        idb.close();
        await new Promise((resolve) => {
          const del = indexedDB.deleteDatabase(name);
          del.onsuccess = del.onerror = del.onblocked = resolve;
        });
        return ms;
      }, r),
    );
  }
  log('raw puts', raw.map((x) => x.toFixed(0)).join(' '));

  // Background only: capture.people messages of 70, all in flight at once as a scrolling page
  // produces them, from an extension page; done when every reply is in (each after its write).
  const bg = [];
  for (let r = 0; r < 3; r++) {
    await clearAll(ext);
    const res = await api.evaluate(async () => {
      const t0 = performance.now();
      const replies = await Promise.all(
        globalThis.__batches.map((people) =>
          chrome.runtime.sendMessage({
            type: 'capture.people',
            payload: { kind: 'followed', source: 'x.notifications', viewer: '1', listOwner: null, people },
          }),
        ),
      );
      return {
        ms: performance.now() - t0,
        failed: replies
          .filter((x) => !x?.ok)
          .map((x) => x?.error)
          .slice(0, 3),
      };
    });
    if (res.failed.length) throw new Error(`capture.people refused: ${res.failed.join('; ')}`);
    const n = await countLeads(api);
    if (n !== INGEST_TOTAL) throw new Error(`background path stored ${n} leads`);
    bg.push(res.ms);
  }
  figure({
    id: 'ingest.background',
    figure: 'Ingest: 10,000 people, capture.people ×143 (background only)',
    unit: 'ms',
    samples: bg,
    baseline: raw,
    baselineName: 'raw IndexedDB puts, 1 transaction',
    compare: 'ratio',
    budgetOn: 'compare',
    limit: 1.5,
    budget: '≤ 1.5× raw',
  });

  // The real path: a routed followers page whose own script fetches the 143 responses.
  await routeSite(ext.context, 'https://x.com/**', (url) => {
    if (url.pathname === '/benchme/followers')
      return {
        body: `<!doctype html><meta charset="utf-8"><title>Followers</title>
<nav><a data-testid="AppTabBar_Profile_Link" href="/benchme">Profile</a></nav><main>followers</main>
<script>
window.__fetched = (async () => {
  const t0 = performance.now();
  for (let i = 0; i < ${bodies.length}; i++) {
    const v = encodeURIComponent(JSON.stringify({ userId: '${VIEWER}', count: 70, cursor: String(i) }));
    await (await fetch('/i/api/graphql/BenchQueryId/Followers?variables=' + v)).json();
  }
  return performance.now() - t0;
})();
</script>`,
      };
    if (/\/i\/api\/graphql\/[^/]+\/Followers$/.test(url.pathname)) {
      const cursor = Number(JSON.parse(url.searchParams.get('variables') ?? '{}').cursor);
      return bodies[cursor] ? { body: bodies[cursor], contentType: 'application/json' } : undefined;
    }
    return undefined;
  });
  await ext.context.addCookies([
    { name: 'twid', value: `u%3D${VIEWER}`, domain: '.x.com', path: '/', secure: true, sameSite: 'Lax' },
  ]);
  const real = [];
  const fetchPhase = [];
  for (let r = 0; r < 3; r++) {
    await clearAll(ext);
    const page = await ext.context.newPage();
    const t0 = Date.now();
    await page.goto('https://x.com/benchme/followers');
    const done = await waitForCount(api, INGEST_TOTAL);
    real.push(done.at - t0);
    fetchPhase.push(await page.evaluate(() => window.__fetched));
    await page.close();
  }
  const sample = await api.evaluate(async () => {
    const l = await new globalThis.TLB.TouchlineDb().leads.get('x:1000000005000');
    return l && { stage: l.stage, signals: l.signals, words: l.words.length };
  });
  details.ingest.realPathSample = sample;
  details.ingest.realPathPageFetchMs = stats(fetchPhase);
  if (!sample?.signals?.length) throw new Error('real path stored leads without signals');
  figure({
    id: 'ingest.real',
    figure: 'Ingest: 10,000 people via x.com followers page (hook → content → background)',
    unit: 'ms',
    samples: real,
    baseline: raw,
    baselineName: 'raw IndexedDB puts, 1 transaction',
    compare: 'ratio',
    budgetOn: 'compare',
    limit: 1.5,
    budget: '≤ 1.5× raw',
    note: `page navigation to 10,000 stored; the page's own 143 fetches took ${fmt(stats(fetchPhase).median)} ms of it`,
  });

  // Where the time goes: the background's steps, timed one by one in an extension page against
  // a scratch database (same code: messaging/table.ts, storage/upsert.ts, health.ts, queries.ts).
  details.ingest.breakdown = await api.evaluate(async () => {
    const TLB = globalThis.TLB;
    const parts = { validate: 0, upsert: 0, health: 0, badge: 0 };
    const scratch = new TLB.TouchlineDb(`bench-profile-${Math.random()}`);
    const schema = TLB.messageTable['capture.people'];
    const t0 = performance.now();
    for (const people of globalThis.__batches) {
      const now = new Date();
      let t = performance.now();
      const msg = schema.parse({ kind: 'followed', source: 'x.notifications', viewer: '1', listOwner: null, people });
      parts.validate += performance.now() - t;
      t = performance.now();
      await TLB.upsertCaptured(
        scratch,
        msg.people,
        { kind: 'followed', source: 'x.notifications', account: '1' },
        { now },
      );
      parts.upsert += performance.now() - t;
      t = performance.now();
      await TLB.recordHealth(scratch, 'x.notifications', { responses: 1, people: people.length }, now);
      parts.health += performance.now() - t;
      t = performance.now();
      await TLB.badgeCount(scratch, now);
      parts.badge += performance.now() - t;
    }
    const sequentialTotal = performance.now() - t0;
    await scratch.delete();
    // upsertCaptured's pieces, on another scratch database.
    const db2 = new TLB.TouchlineDb(`bench-profile2-${Math.random()}`);
    const split = { keysLookup: 0, mergeCompute: 0, bulkPut: 0, txOverhead: 0 };
    const signal = { kind: 'followed', source: 'x.notifications', account: '1' };
    for (const people of globalThis.__batches) {
      const t = performance.now();
      await db2.transaction('rw', [db2.leads, db2.touches, db2.accounts], async () => {
        const a = performance.now();
        await db2.leads.where('keys').anyOf(people.flatMap(TLB.personKeys)).toArray();
        const b = performance.now();
        const now = new Date().toISOString();
        const recs = people.map((p) =>
          TLB.stored(TLB.newLead(`x:${p.platformUserId}`, p, signal, { now, baseline: false })),
        );
        const c = performance.now();
        await db2.leads.bulkPut(recs);
        const d = performance.now();
        split.keysLookup += b - a;
        split.mergeCompute += c - b;
        split.bulkPut += d - c;
      });
      split.txOverhead += performance.now() - t;
    }
    split.txOverhead -= split.keysLookup + split.mergeCompute + split.bulkPut;
    await db2.delete();
    // Dexie, one bulkPut of all 10,000 in one transaction (what the raw baseline does).
    const db3 = new TLB.TouchlineDb(`bench-profile3-${Math.random()}`);
    await db3.open();
    const now = new Date().toISOString();
    const all = globalThis.__batches
      .flat()
      .map((p) => TLB.stored(TLB.newLead(`x:${p.platformUserId}`, p, signal, { now, baseline: false })));
    const t3 = performance.now();
    await db3.leads.bulkPut(all);
    const dexieOneBulkPut = performance.now() - t3;
    await db3.delete();
    return { sequentialTotal, parts, upsertSplit: split, dexieOneBulkPut };
  });
  log('ingest breakdown', JSON.stringify(details.ingest.breakdown));
  await clearAll(ext);
}

// ---------------------------------------------------------------------------------------------
// 4. Popup with 50,000 leads

/** In the popup, from document creation: when the first row matching `sel` is on screen (next frame). */
function watchFirstRow(sel) {
  const check = () => {
    if (!document.querySelector(sel)) return false;
    requestAnimationFrame(() => {
      window.__firstRow ??= performance.now();
    });
    return true;
  };
  new MutationObserver((_, o) => {
    if (check()) o.disconnect();
  }).observe(document, { subtree: true, childList: true });
}

async function benchPopup(ext) {
  const t = Date.now();
  await seed(ext, 0, 50_000);
  const api = await ext.apiPage();
  details.popup = { seedMs: Date.now() - t, leads: await countLeads(api) };
  log(`seeded ${details.popup.leads} leads in ${details.popup.seedMs} ms`);

  // Baseline: the popup's essential read, 50 New leads oldest first, straight from IndexedDB.
  const read50 = [];
  for (let r = 0; r < REPS; r++)
    read50.push(
      await api.evaluate(
        () =>
          new Promise((resolve, reject) => {
            const t0 = performance.now();
            const open = indexedDB.open('touchline');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const idb = open.result;
              const idx = idb.transaction('leads').objectStore('leads').index('[stage+waitingSince]');
              const req = idx.getAll(IDBKeyRange.bound(['new', ''], ['new', '\uffff']), 50);
              req.onsuccess = () => {
                idb.close();
                resolve(performance.now() - t0);
              };
              req.onerror = () => reject(req.error);
            };
          }),
      ),
    );

  let sel = POPUP.newRow;
  let legacy = false;
  const open = [];
  for (let r = 0; r < REPS; r++) {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.addInitScript(watchFirstRow, sel);
    await page.goto(ext.url('popup.html'));
    try {
      await page.waitForFunction(() => window.__firstRow !== undefined, null, {
        timeout: r === 0 && !legacy ? 8_000 : 30_000,
      });
      open.push(await page.evaluate(() => window.__firstRow));
    } catch (e) {
      if (legacy) throw e;
      log(`popup: "${sel}" did not appear; measuring the current popup's "${LEGACY_POPUP.newRow}" instead`);
      sel = LEGACY_POPUP.newRow;
      legacy = true;
      r--;
    }
    await page.close();
  }
  figure({
    id: 'popup.open',
    figure: `Popup: open → first New row visible, 50,000 leads${legacy ? ' (current popup: lead-list li.lead)' : ''}`,
    unit: 'ms',
    samples: open,
    baseline: read50,
    baselineName: 'raw IndexedDB read of 50 New rows',
    compare: 'ratio',
    limit: 300,
    budget: '≤ 300 ms',
    note: legacy ? `selector ${POPUP.newRow} not found; measured ${LEGACY_POPUP.newRow}` : null,
  });

  // Search: from the last keystroke's input event to matching rows in the All list (next frame).
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(ext.url('popup.html'));
  // The search box sits over the All list: open it first.
  await page
    .locator(POPUP.allTab)
    .first()
    .click({ timeout: 5_000 })
    .catch(() => {});
  const hasSearch = await page
    .locator(POPUP.search)
    .first()
    .waitFor({ timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
  if (!hasSearch) {
    figure({
      id: 'popup.search',
      figure: 'Popup: type a search → results shown, 50,000 leads',
      unit: 'ms',
      samples: [],
      limit: 100,
      budget: '≤ 100 ms',
      note: `not measured: ${POPUP.search} is not in the current popup`,
    });
  } else {
    const queries = ['zanele', 'okafor', 'priya', 'lindqvist', 'viktor', 'haddad', 'mateo', 'kaur', 'farah'];
    const search = [];
    for (let r = 0; r < Math.min(REPS, queries.length); r++) {
      const q = queries[r];
      await page.locator(POPUP.search).first().fill('');
      await sleep(300);
      await page.evaluate(
        ({ sel, row, q }) => {
          const s = (window.__search = { input: 0, shown: 0 });
          document.querySelector(sel).addEventListener('input', () => {
            s.input = performance.now();
            s.shown = 0;
          });
          const ok = () => {
            const rows = [...document.querySelectorAll(row)].slice(0, 5);
            return rows.length > 0 && rows.every((el) => el.textContent.toLowerCase().includes(q));
          };
          const mo = new MutationObserver(() => {
            if (s.input && !s.shown && s.input >= (s.typedAll ?? Infinity) && ok()) {
              const at = s.input;
              requestAnimationFrame(() => {
                if (s.input === at) s.shown = performance.now();
              });
            }
          });
          mo.observe(document, { subtree: true, childList: true, characterData: true });
          s.stop = () => mo.disconnect();
        },
        { sel: POPUP.search, row: POPUP.allRow, q },
      );
      await page.locator(POPUP.search).first().pressSequentially(q.slice(0, -1));
      await page.evaluate(() => (window.__search.typedAll = 0));
      await page.locator(POPUP.search).first().press(q.at(-1));
      await page.waitForFunction(() => window.__search.shown > 0, null, { timeout: 10_000 });
      search.push(await page.evaluate(() => (window.__search.stop(), window.__search.shown - window.__search.input)));
    }
    figure({
      id: 'popup.search',
      figure: 'Popup: last keystroke → matching rows shown, 50,000 leads',
      unit: 'ms',
      samples: search,
      baseline: read50,
      baselineName: 'raw IndexedDB read of 50 New rows',
      compare: 'ratio',
      limit: 100,
      budget: '≤ 100 ms',
    });
  }
  await page.close();
}

// ---------------------------------------------------------------------------------------------
// 5. CSV export of 100,000 leads

async function benchExport(ext, bundle) {
  const api = await ext.apiPage();
  const have = await countLeads(api);
  const t = Date.now();
  if (have < 50_000) await seed(ext, 0, 100_000);
  else await seed(ext, 50_000, 100_000);
  details.export = { leads: await countLeads(api), seedMs: Date.now() - t };
  log(`seeded to ${details.export.leads} leads in ${details.export.seedMs} ms`);
  const cdp = await workerCdp(ext).catch(() => null);
  const pageCdp = await ext.context.newCDPSession(api);
  await pageCdp.send('Performance.enable');
  const heap = async () => {
    const w = cdp ? ((await cdp.send('Runtime.getHeapUsage')).result?.usedSize ?? null) : null;
    const m = (await pageCdp.send('Performance.getMetrics')).metrics.find((x) => x.name === 'JSHeapUsedSize');
    return { worker: w, page: m?.value ?? null };
  };
  const run = async (type) => {
    if (cdp) await cdp.send('HeapProfiler.collectGarbage');
    await pageCdp.send('HeapProfiler.collectGarbage').catch(() => {});
    const before = await heap();
    const peak = { ...before };
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const h = await heap();
        peak.worker = Math.max(peak.worker ?? 0, h.worker ?? 0);
        peak.page = Math.max(peak.page ?? 0, h.page ?? 0);
        await sleep(50);
      }
    })();
    const r = await api.evaluate(async (type) => {
      const t0 = performance.now();
      const reply = await chrome.runtime.sendMessage({ type, payload: {} });
      const ms = performance.now() - t0;
      const size = type === 'export.csv' ? reply.data?.content?.length : reply.data?.leads?.length;
      return { ms, ok: reply.ok, size, error: reply.error };
    }, type);
    sampling = false;
    await sampler;
    if (!r.ok) throw new Error(`${type}: ${r.error}`);
    return { ...r, before, peak };
  };
  const csv = [];
  const json = [];
  for (let i = 0; i < 3; i++) {
    csv.push(await run('export.csv'));
    json.push(await run('backup.export'));
  }
  const mb = (x) => (x === null ? null : Math.round(x / 1e5) / 10);
  details.export.csv = csv.map((r) => ({
    ms: r.ms,
    chars: r.size,
    heapBeforeMB: { worker: mb(r.before.worker), page: mb(r.before.page) },
    heapPeakMB: { worker: mb(r.peak.worker), page: mb(r.peak.page) },
  }));
  details.export.backup = json.map((r) => ({
    ms: r.ms,
    leads: r.size,
    heapPeakMB: { worker: mb(r.peak.worker), page: mb(r.peak.page) },
  }));
  const peakW = stats(csv.map((r) => r.peak.worker)).max;
  const peakP = stats(csv.map((r) => r.peak.page)).max;
  figure({
    id: 'export.csv',
    figure: `Export: CSV of ${details.export.leads.toLocaleString('en')} leads (export.csv)`,
    unit: 'ms',
    samples: csv.map((r) => r.ms),
    baseline: json.map((r) => r.ms),
    baselineName: 'backup.export of the same data',
    compare: 'ratio',
    limit: 5000,
    budget: '≤ 5,000 ms',
    note: `peak JS heap: worker ${mb(peakW)} MB (from ${mb(csv[0].before.worker)} MB), receiving page ${mb(peakP)} MB; CSV ${fmt(csv[0].size / 1e6, 1)} M chars`,
  });
  details.export.peakHeapMB = { worker: mb(peakW), page: mb(peakP) };
  cdp?.close();
  if (bundle)
    await dashboardExport(
      api,
      bundle,
      json.map((r) => r.ms),
    );
}

/**
 * What the dashboard's export button does: the page already holds every lead and touch (its
 * table), so it builds the CSV from memory (storage/export-csv.ts) into a Blob, with no re-read
 * and no 20 MB message. Timed from the click's work starting to the Blob existing.
 */
async function dashboardExport(api, bundle, backupMs) {
  await api.evaluate(bundle);
  // The user clicks in the visible dashboard: a background tab's timers would be throttled.
  await api.bringToFront();
  await api.evaluate(async () => {
    const db = new globalThis.TLB.TouchlineDb();
    globalThis.__held = { leads: await db.leads.toArray(), touches: await db.touches.toArray() };
  });
  const samples = [];
  for (let i = 0; i < 3; i++)
    samples.push(
      await api.evaluate(async () => {
        const { leads, touches } = globalThis.__held;
        const policy = { maxTouches: 5, maxDays: 35, minGapHours: 48 };
        const t0 = performance.now();
        const parts = await globalThis.TLB.csvParts(
          globalThis.TLB.csvRows(leads, touches, policy, new Date()),
          'default',
        );
        const blob = new Blob(parts, { type: 'text/csv' });
        return blob.size > 0 ? performance.now() - t0 : -1;
      }),
    );
  await api.evaluate(() => delete globalThis.__held);
  figure({
    id: 'export.dashboard',
    figure: `Export: CSV of ${details.export.leads.toLocaleString('en')} leads from the dashboard (in-page, what the button does)`,
    unit: 'ms',
    samples,
    baseline: backupMs,
    baselineName: 'backup.export of the same data',
    compare: 'ratio',
    limit: 5000,
    budget: '≤ 5,000 ms',
    note: 'the dashboard holds its leads already (its table); built in chunks that yield to the page',
  });
}

// ---------------------------------------------------------------------------------------------
// 6. Bundle sizes

async function benchBundle() {
  const dir = join(EXTENSION, 'content-scripts');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.js')).sort();
  details.bundle = { files: {}, modules: {} };
  for (const f of files) {
    const s = await fileSizes(join(dir, f));
    details.bundle.files[f] = s;
    const main = f.includes('-hook');
    const limit = main ? 10 : 40;
    figure({
      id: `bundle.${f}`,
      figure: `Bundle: content-scripts/${f} (${main ? 'MAIN world' : 'isolated'})`,
      unit: 'KB',
      samples: [s.bytes / 1000],
      limit,
      budget: `≤ ${limit} KB min`,
      note: `gzip ${fmt(s.gzip / 1000, 1)} KB`,
    });
  }
  for (const [entry, name] of [
    ['entrypoints/x.content/index.ts', 'x'],
    ['entrypoints/linkedin.content/index.ts', 'linkedin'],
  ]) {
    const m = await contentScriptModules(entry, name);
    const byPkg = new Map();
    for (const [k, v] of m.modules) {
      const pkg = k.startsWith('zod') ? 'zod' : k;
      byPkg.set(pkg, (byPkg.get(pkg) ?? 0) + v);
    }
    details.bundle.modules[name] = {
      rebuiltBytes: m.total,
      rebuiltGzip: m.gzip,
      byGroup: Object.fromEntries([...byPkg.entries()].sort((a, b) => b[1] - a[1])),
      detail: Object.fromEntries(m.modules),
    };
  }
}

// ---------------------------------------------------------------------------------------------

function table() {
  const head = ['Figure', 'Median', 'Min', 'Max', 'Baseline median', 'Ratio / added', 'Budget', 'Result'];
  const rows = figures.map((f) => [
    f.figure,
    `${fmt(f.median)} ${f.unit}`,
    fmt(f.min),
    fmt(f.max),
    f.baselineMedian === null ? '–' : `${fmt(f.baselineMedian)} (${f.baseline})`,
    f.compareValue === null ? '–' : f.compare === 'added' ? `+${fmt(f.compareValue)} ms` : `${fmt(f.compareValue, 2)}×`,
    f.budget ?? '–',
    f.pass === null ? (f.median === null ? 'n/a' : '–') : f.pass ? 'pass' : '**FAIL**',
  ]);
  return { head, rows };
}

function markdown() {
  const { head, rows } = table();
  const esc = (s) => String(s).replaceAll('|', '\\|');
  const lines = [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ];
  const notes = figures.filter((f) => f.note).map((f) => `- *${f.figure}*: ${f.note}`);
  return [...lines, '', ...notes].join('\n');
}

function printTable() {
  const { head, rows } = table();
  const all = [head, ...rows.map((r) => r.map((c) => c.replaceAll('**', '')))];
  const widths = head.map((_, i) => Math.min(i === 0 ? 70 : 48, Math.max(...all.map((r) => r[i].length))));
  const line = (r) =>
    r.map((c, i) => (c.length > widths[i] ? `${c.slice(0, widths[i] - 1)}…` : c.padEnd(widths[i]))).join('  ');
  console.log(`\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of all.slice(1)) console.log(line(r));
}

async function writeDoc(meta) {
  const path = join(ROOT, 'docs/performance.md');
  const begin = '<!-- bench:begin (written by bench/run.mjs; edit outside these markers) -->';
  const end = '<!-- bench:end -->';
  const generated = [
    begin,
    '',
    `Latest run: ${meta.finishedAt}, ${meta.cpus} × ${meta.cpuModel}, Chromium ${meta.chromium}, node ${meta.node}, ${Math.round(meta.durationMs / 1000)} s${meta.mergedFrom ? ` (merged with partial runs of ${meta.mergedFrom.join(', ')})` : ''}.`,
    '',
    markdown(),
    '',
    end,
  ].join('\n');
  let doc = await readFile(path, 'utf8').catch(() => null);
  if (doc === null || !doc.includes(begin)) {
    doc = `# Performance\n\nRun the benchmarks (not part of \`npm test\`; ~5 minutes):\n\n\`\`\`sh\nnpm run bench\n\`\`\`\n\nIt builds into \`.output-bench/\`, drives headless Chromium with the built extension over routed pages, and writes \`bench/results.json\` and the table below. Every figure is the median of repeated runs with min and max, next to a baseline measured in the same run (the machine is shared and noisy: compare ratios, not absolute times).\n\n${generated}\n`;
  } else {
    doc = doc.slice(0, doc.indexOf(begin)) + generated + doc.slice(doc.indexOf(end) + end.length);
  }
  await mkdir(join(ROOT, 'docs'), { recursive: true });
  await writeFile(path, doc);
}

async function main() {
  log(`extension: ${EXTENSION}`);
  const bundle = ONLY.has('parse') || ONLY.has('ingest') || ONLY.has('export') ? await buildBenchBundle() : null;
  const errors = {};
  const section = async (name, fn) => {
    if (!ONLY.has(name)) return;
    log(`— ${name}`);
    try {
      await fn();
    } catch (e) {
      errors[name] = String(e?.stack ?? e);
      log(`${name} failed: ${e?.message ?? e}`);
    }
  };
  await section('hook', benchHook);
  let ext;
  let chromiumVersion = null;
  const needsBrowser = ['parse', 'ingest', 'popup', 'export'].some((s) => ONLY.has(s));
  if (needsBrowser) {
    ext = await launch();
    chromiumVersion =
      ext.context.browser()?.version() ??
      (await ext.worker.evaluate(() => navigator.userAgent)).match(/Chrome\/([\d.]+)/)?.[1];
  }
  try {
    await section('parse', () => benchParse(ext, bundle));
    await section('ingest', () => benchIngest(ext, bundle));
    await section('popup', () => benchPopup(ext));
    await section('export', () => benchExport(ext, bundle));
  } finally {
    await ext?.close();
  }
  await section('bundle', benchBundle);

  const meta = {
    command: 'npm run bench',
    outDir: OUT_DIR,
    startedAt: new Date(started).toISOString(),
    finishedAt: new Date().toISOString(),
    durationMs: Date.now() - started,
    node: process.version,
    chromium: chromiumVersion,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? '?',
    reps: REPS,
    sections: [...ONLY],
  };
  // BENCH_MERGE=a.json,b.json: keep figures of earlier partial runs that this run did not measure.
  for (const file of (process.env.BENCH_MERGE ?? '').split(',').filter(Boolean)) {
    const old = JSON.parse(await readFile(file, 'utf8'));
    const have = new Set(figures.map((f) => f.id));
    for (const f of old.figures)
      if (!have.has(f.id))
        figures.push({ ...f, note: [f.note, `from the run of ${old.meta.finishedAt}`].filter(Boolean).join('; ') });
    for (const [k, v] of Object.entries(old.details ?? {})) details[k] ??= v;
    meta.mergedFrom = [...(meta.mergedFrom ?? []), old.meta.finishedAt];
  }
  const order = ['hook', 'parse', 'ingest', 'popup', 'export', 'bundle'];
  figures.sort((a, b) => order.indexOf(a.id.split('.')[0]) - order.indexOf(b.id.split('.')[0]));
  await writeFile(join(ROOT, 'bench/results.json'), `${JSON.stringify({ meta, figures, details, errors }, null, 2)}\n`);
  if (ONLY.size === 6 || process.env.BENCH_MERGE || process.env.BENCH_WRITE_DOC) await writeDoc(meta);
  printTable();
  if (Object.keys(errors).length) {
    console.log('\nSections that failed:');
    for (const [k, v] of Object.entries(errors)) console.log(`- ${k}: ${v.split('\n').slice(0, 3).join(' ')}`);
    process.exitCode = 1;
  }
  console.log(`\nbench/results.json written (${Math.round(meta.durationMs / 1000)} s).`);
}

await main();

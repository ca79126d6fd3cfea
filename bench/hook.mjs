// 1. Hook overhead: the page's own fetch/XHR on x.com, hooked, against the same page's native ones.
// Its own launch (a local HTTPS server instead of Playwright routing), not the shared browser.
import { launch, localServer } from './lib.mjs';
import { HOOK_PAGE, fixtureText } from './data.mjs';
import { REPS, details, figure } from './figures.mjs';

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
    // Alternated pairs too: one pair of 1,000 calls each was within the noise of the other.
    const sync = blob ? { hooked: [], plain: [] } : null;
    for (let s = 0; sync && s < 7; s++) {
      const order = s % 2 ? [native, window] : [window, native];
      for (const win of order) (win === window ? sync.hooked : sync.plain).push(await syncCost(win));
    }
    return { a, b, sync };
  })();
}

export async function benchHook() {
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
    const name = c.api === 'fetch' ? 'fetch' : 'XHR';
    // A matching request's budget is on its wall time here and on its main-thread time below. A
    // non-matching one adds nothing asynchronous (no clone, no listener): its main-thread cost is
    // the call's own synchronous work, budgeted; its wall time, the browser's loading of 50 blob:
    // URLs, is reported (it swings by ±0.1 ms per request from run to run, twice the budget).
    const budget = { compare: 'added', budgetOn: 'compare', limit: c.limit, budget: `≤ ${c.limit} ms added` };
    figure({
      id: c.id,
      figure: `Hook: page ${name}, ${match ? 'matching 70-user Followers' : 'non-matching URL'}`,
      unit: 'ms/req',
      samples: r.a,
      baseline: r.b,
      baselineName: 'same page, native fetch/XHR',
      paired: true,
      ...(match ? budget : { compare: 'added' }),
      note: match
        ? `${c.samples} paired samples of one request each, including the main-thread work it triggers (hook clone + post, isolated validation, parse (X: in the worker) and send)`
        : `${c.samples} paired samples of ${c.batch} requests (blob: URL), wall time to loaded; reported`,
    });
    if (!r.sync) continue;
    details.hook.sync[c.id] = r.sync;
    figure({
      id: `${c.id}.sync`,
      figure: `Hook: page main-thread time of a non-matching ${name} call`,
      unit: 'ms/call',
      samples: r.sync.hooked,
      baseline: r.sync.plain,
      baselineName: 'same page, native fetch/XHR',
      paired: true,
      ...budget,
      note: '7 alternated pairs of 1,000 calls each (blob: URL), the loop that makes the calls',
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
      paired: true,
      compare: 'added',
      budgetOn: 'compare',
      limit: 1,
      budget: '≤ 1 ms added',
      note: `${REPS} batches of ${N} requests per arm; includes the hook's clone and post and the isolated script's validation and send, and its parse where it runs on the page's thread (X: in the parse worker, off it)`,
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

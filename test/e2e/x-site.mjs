// A stand-in x.com for the E2E suite: app pages whose own script requests the GraphQL
// responses the real web app would, served from fixtures. Hand-built; follows platform-x.md
// §1 (URLs and envelope), §4 (notifications) and §5 (DOM).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SHARED_FIXTURES, FIXTURES, routeSite } from './harness.mjs';

export const ME = { id: '1600000000000000001', handle: 'touchline_me' };

/** The signed-in account, as X tells the page (the `twid` cookie). */
export async function signIn(context, id = ME.id) {
  await context.addCookies([{ name: 'twid', value: `u%3D${id}`, domain: '.x.com', path: '/', secure: true }]);
}

export const graphqlUrl = (op, variables) =>
  `/i/api/graphql/q${op.length}Id/${op}?variables=${encodeURIComponent(JSON.stringify(variables))}`;

/**
 * An app page that requests `calls` (each `{ url, via: 'fetch' | 'xhr' }`) one after another,
 * then marks `body[data-done]`; `body[data-errors]` counts requests the page itself failed.
 */
export function appPage({ handle = ME.handle, calls = [], body = '' }) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>X</title></head><body>
<nav><a data-testid="AppTabBar_Profile_Link" href="/${handle}">Profile</a></nav>
<main id="app">${body}</main>
<script>
(async () => {
  let errors = 0;
  for (const call of ${JSON.stringify(calls)}) {
    try {
      if (call.via === 'xhr') {
        await new Promise((resolve) => {
          const xhr = new XMLHttpRequest();
          xhr.open(call.method || 'GET', call.url);
          xhr.onloadend = () => { try { JSON.parse(xhr.responseText); } catch { errors++; } resolve(); };
          xhr.send(call.body || null);
        });
      } else {
        const res = await fetch(call.url, call.body ? { method: 'POST', body: call.body } : undefined);
        await res.json().catch(() => errors++);
      }
    } catch { errors++; }
  }
  document.body.dataset.errors = String(errors);
  document.body.dataset.done = '1';
})();
</script></body></html>`;
}

/** Routes x.com: `pages` maps a path to HTML, `api` maps an operation name (or path) to a JSON text. */
export async function routeX(context, { pages = {}, api = {} }) {
  await routeSite(context, 'https://x.com/**', (url) => {
    const op = /^\/i\/api\/graphql\/[^/]+\/([A-Za-z]+)/.exec(url.pathname)?.[1];
    const json = api[op ?? url.pathname];
    if (json !== undefined)
      return { body: typeof json === 'function' ? json(url) : json, contentType: 'application/json' };
    const html = pages[url.pathname];
    return html === undefined ? undefined : { body: html };
  });
}

export const sharedX = (name) => readFile(join(SHARED_FIXTURES, 'x/graphql', name), 'utf8');
export const handX = (name) => readFile(join(FIXTURES, 'x', name), 'utf8');

/** Leads in the extension's store, via the backup API. */
export async function storedLeads(ext) {
  const reply = await ext.api('backup.export');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data.leads;
}

export async function health(ext, surface) {
  const page = await ext.apiPage();
  return page.evaluate(
    (s) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('touchline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('health').objectStore('health').get(s);
          get.onsuccess = () => resolve(get.result ?? null);
        };
      }),
    surface,
  );
}

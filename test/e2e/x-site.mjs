// A stand-in x.com for the E2E suite: app pages whose own script requests the GraphQL
// responses the real web app would, served from fixtures. Hand-built; follows platform-x.md
// §1 (URLs and envelope), §4 (notifications) and §5 (DOM).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REAL_FIXTURES, FIXTURES, routeSite } from './harness.mjs';
import { scriptedPage } from './site.mjs';
export { storedLeads, health } from './site.mjs';

export const ME = { id: '1600000000000000001', handle: 'touchline_me' };

/** The signed-in account, as X tells the page (the `twid` cookie). */
export async function signIn(context, id = ME.id) {
  await context.addCookies([{ name: 'twid', value: `u%3D${id}`, domain: '.x.com', path: '/', secure: true }]);
}

export const graphqlUrl = (op, variables) =>
  `/i/api/graphql/q${op.length}Id/${op}?variables=${encodeURIComponent(JSON.stringify(variables))}`;

/** An x.com app page (signed-in nav included) that requests `calls`; see site.mjs `scriptedPage`. */
export function appPage({ handle = ME.handle, calls = [], body = '' }) {
  return scriptedPage({
    calls,
    body: `<nav><a data-testid="AppTabBar_Profile_Link" href="/${handle}">Profile</a></nav>\n<main id="app">${body}</main>`,
  });
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

export const realX = (name) => readFile(join(REAL_FIXTURES, 'x', name), 'utf8');
export const handX = (name) => readFile(join(FIXTURES, 'x', name), 'utf8');

/** The user ids of a Followers response, read from its entry ids (`user-<rest_id>`), not by our parser. */
export const entryIds = (json) =>
  JSON.parse(json)
    .data.user.result.timeline.timeline.instructions.flatMap((i) => i.entries ?? [])
    .map((e) => e.entryId)
    .filter((id) => id.startsWith('user-'))
    .map((id) => `x:${id.slice(5)}`);

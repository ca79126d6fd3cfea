// A page cannot post into the bridge (issue #13): the hook hands the isolated script a private
// MessagePort before any page script runs. A page script that, after load, posts look-alike hook
// messages on the window, or offers a port of its own, creates and changes nothing; the page's
// own listeners never even see the handoff (nor any other message of Touchline's); the real path
// still works.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { launch, until } from './harness.mjs';
import { ME, appPage, graphqlUrl, realX, routeX, signIn, storedLeads, health } from './x-site.mjs';

let ext;
beforeEach(async () => {
  ext = await launch();
  await signIn(ext.context);
});
afterEach(() => ext?.close());

const url = `https://x.com${graphqlUrl('Followers', { userId: ME.id, count: 20 })}`;

test('forged hook messages from a page script store nothing; the page never sees the handoff', async () => {
  const followers = await realX('Followers.2026-08-07.json');
  // The page's first script (in <head>, as early as a page can be) listens for everything posted.
  // It also listens on its document for the event WXT's content-script context dispatches there,
  // named after the extension's id (which a site can know from the store): a fingerprint too.
  const started = ['x-bridge', 'x', 'x-capture'].map((name) => `${ext.id}:${name}:wxt:content-script-started`);
  const spy = `<script>window.__seen = []; addEventListener('message', (e) => __seen.push(e.data && (e.data.channel || e.data.type || '?')), true);
window.__events = []; for (const type of ${JSON.stringify(started)}) document.addEventListener(type, () => __events.push(type));</script>`;
  await routeX(ext.context, {
    pages: { [`/${ME.handle}/followers`]: appPage({ body: spy }) },
    api: { Followers: followers },
  });
  const page = await ext.context.newPage();
  await page.goto(`https://x.com/${ME.handle}/followers`);
  await page.locator('body[data-done]').waitFor({ state: 'attached' });

  // page.evaluate runs in the page's own world: exactly what any script on x.com can do.
  await page.evaluate(
    ({ url, body }) => {
      const forged = { channel: 'touchline:v1', url, method: 'GET', status: 200, requestBody: null, body };
      window.postMessage(forged, location.origin);
      const own = new MessageChannel();
      window.postMessage({ channel: 'touchline:port' }, location.origin, [own.port2]);
      own.port1.postMessage(forged);
    },
    { url, body: followers },
  );
  await new Promise((r) => setTimeout(r, 1500));
  assert.deepEqual(await storedLeads(ext), []);
  assert.equal(await health(ext, 'x.followers'), null);
  // The handoff was stopped before any page listener, and the content scripts post nothing (not
  // even WXT's "script started" notice, a fingerprint of the extension): the page saw only its own posts.
  assert.deepEqual(await page.evaluate(() => window.__seen), ['touchline:v1', 'touchline:port']);
  assert.deepEqual(await page.evaluate(() => window.__events), []);

  // The page's own request, through the hook, still captures.
  await page.evaluate((u) => fetch(u).then((r) => r.json()), url);
  const leads = await until(async () => ((await storedLeads(ext)).length === 69 ? true : false), { what: '69 leads' });
  assert.ok(leads);
});

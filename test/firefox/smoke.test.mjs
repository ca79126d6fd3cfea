// Touchline in Firefox (issue #16): the add-on installs, a routed x.com followers page yields
// exactly its people as leads, the popup renders them, and a backup exports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { until } from '../e2e/harness.mjs';
import { ME, appPage, entryIds, graphqlUrl, realX } from '../e2e/x-site.mjs';
import { buildForTests, launchFirefox } from './harness.mjs';

let ff;
let followers;
before(async () => {
  followers = await realX('Followers.2026-08-07.json');
  // X says who is signed in with the `twid` cookie; the page sets it before its app requests.
  const signIn = `<script>document.cookie = 'twid=u%3D${ME.id}; path=/; secure';</script>`;
  ff = await launchFirefox(buildForTests(), {
    [`/${ME.handle}/followers`]: {
      body: appPage({
        body: signIn,
        calls: [{ url: graphqlUrl('Followers', { userId: ME.id, count: 20 }), via: 'fetch' }],
      }),
    },
    '/i/api/graphql/q9Id/Followers': { body: followers, contentType: 'application/json' },
  });
});
after(() => ff?.close());

const api = (frame, type, payload = {}) => frame.evaluate((m) => browser.runtime.sendMessage(m), { type, payload });

test('in Firefox: the followers page yields exactly its people; the popup lists them; a backup exports', async () => {
  const page = await ff.page(`/${ME.handle}/followers`);
  await page.waitForSelector('body[data-done]');
  const dashboard = await ff.extensionFrame('dashboard.html');
  const expected = entryIds(followers).sort();
  assert.equal(expected.length, 69);
  const backup = await until(
    async () => {
      const reply = await api(dashboard, 'backup.export');
      return reply.ok && reply.data.leads.length === 69 ? reply.data : false;
    },
    { what: '69 leads in Firefox', timeout: 20_000 },
  );
  assert.deepEqual(backup.leads.map((l) => l.id).sort(), expected);
  assert.equal(backup.format, 'touchline-backup');
  assert.equal(backup.version, 2);
  // The first visit of one's own list is the baseline, as in Chromium.
  assert.ok(backup.leads.every((l) => l.stage === 'lead'));
  assert.equal(backup.roster.length, 69);

  const popup = await ff.extensionFrame('popup.html');
  await until(async () => /All\s*69/.test(await popup.evaluate(() => document.body.innerText)), {
    what: 'the popup counting 69',
  });
  await popup.evaluate(() => document.querySelector('[data-testid="tab-all"]').click());
  const names = await until(
    async () => {
      const rows = await popup.evaluate(() =>
        [...document.querySelectorAll('[data-testid="list-all"] [data-testid="lead-row"] .name')].map(
          (n) => n.textContent,
        ),
      );
      return rows.length > 0 && rows;
    },
    { what: 'rows in the All list' },
  );
  const known = new Set(backup.leads.map((l) => l.displayName));
  assert.ok(
    names.every((n) => known.has(n)),
    names.join(', '),
  );
});

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, backup, lead, until, screenshot } from './harness.mjs';

let ext;
before(async () => {
  ext = await launch();
});
after(() => ext?.close());

test('the service worker starts and answers the background API', async () => {
  assert.match(ext.worker.url(), /^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
  const reply = await ext.api('settings.get');
  assert.equal(reply.ok, true);
  assert.deepEqual(reply.data.cadence, { maxTouches: 5, maxDays: 35, minGapHours: 48 });
});

test('a new user sees an empty state that says what to do', async () => {
  const page = await ext.context.newPage();
  await page.goto(ext.url('popup.html'));
  await page.getByTestId('empty-state').waitFor();
  assert.match(await page.getByTestId('empty-state').innerText(), /followers or notifications on X/);
  await page.close();
});

test('the popup shows the leads a backup import put there, live', async () => {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(ext.url('popup.html'));
  const leads = [
    lead({ id: 'x:2244994945', displayName: 'Developers', handle: 'XDevelopers' }),
    lead({
      id: 'linkedin:harith-al-safi',
      displayName: 'Harith Al-Safi',
      signals: [
        { kind: 'viewed_profile', at: '2026-11-21T09:00:00.000Z', source: 'linkedin.profile_views', account: null },
      ],
    }),
  ];
  const reply = await ext.api('backup.import', { backup: backup({ leads }), mode: 'merge' });
  assert.deepEqual(reply, { ok: true, data: { leads: 2, touches: 0 } });
  // The popup was already open: the leads appear without reopening it.
  await until(async () => (await page.getByTestId('lead-count').innerText()) === '2 leads', { what: 'lead count' });
  // The count and the list are two live queries: the list may render a moment after the count.
  const text = await until(
    async () => {
      const t = await page.getByTestId('lead-list').innerText();
      return /Harith/.test(t) && t;
    },
    { what: 'the list to show the imported leads' },
  );
  assert.match(text, /Developers/);
  assert.match(text, /Harith Al-Safi/);
  await screenshot(page, 'popup.png');
  await page.close();
});

test('export, replace-import, export round-trips equal', async () => {
  const first = await ext.api('backup.export');
  assert.equal(first.ok, true);
  assert.ok(first.data.leads.length >= 2);
  const imported = await ext.api('backup.import', { backup: first.data, mode: 'replace' });
  assert.equal(imported.ok, true);
  const second = await ext.api('backup.export');
  const strip = (b) => ({ ...b, exportedAt: null, leads: [...b.leads].sort((a, c) => a.id.localeCompare(c.id)) });
  assert.deepEqual(strip(second.data), strip(first.data));
});

test('a corrupt backup is refused with the first bad path, and nothing stored changes', async () => {
  const before = await ext.api('backup.export');
  const bad = structuredClone(before.data);
  bad.leads.push(lead({ id: 'x:777', stage: 'hot-prospect' }));
  const reply = await ext.api('backup.import', { backup: bad, mode: 'replace' });
  assert.equal(reply.ok, false);
  assert.match(reply.error, /leads\[\d+\]\.stage/);
  const notJson = await ext.api('backup.import', { backup: 'not a backup', mode: 'merge' });
  assert.equal(notJson.ok, false);
  const after = await ext.api('backup.export');
  assert.deepEqual({ ...after.data, exportedAt: null }, { ...before.data, exportedAt: null });
});

test('unknown types and bad payloads get ok:false with a reason', async () => {
  const unknown = await ext.api('leads.dropAll');
  assert.deepEqual(unknown.ok, false);
  assert.match(unknown.error, /Unknown message type/);
  const bad = await ext.api('touch.log', { leadId: 'x:1', channel: 'carrier_pigeon' });
  assert.equal(bad.ok, false);
  assert.match(bad.error, /channel/);
  const page = await ext.apiPage();
  const noType = await page.evaluate(() => chrome.runtime.sendMessage({ hello: 'world' }));
  assert.equal(noType.ok, false);
});

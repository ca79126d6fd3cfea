// Backups at any size (issue #13): 8,000 leads with 5,000-character bios (é: two bytes each) make a
// backup of about 80 MB, more than Chrome's 64 MiB message limit and ten times the 8 MB one reply
// may carry.
// It is restored over the API's port, refused as one message with the streaming way named, then
// downloaded from the dashboard and restored from that very file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { stat, readFile } from 'node:fs/promises';
import { launch, until } from './harness.mjs';

const LEADS = 8_000;
const BIO = 5_000;
let ext;
let page;
before(async () => {
  ext = await launch();
  page = await ext.context.newPage();
  await page.goto(ext.url('dashboard.html'));
});
after(() => ext?.close());

/** Builds the backup text in the page (not 80 MB through DevTools) and restores it over the port. */
function restoreOverPort({ leads, bio }) {
  const lead = (i) => ({
    id: `x:${100000 + i}`,
    platform: 'x',
    platformUserId: String(100000 + i),
    handle: `h${i}`,
    aliases: [],
    displayName: `Person ${i}`,
    headline: `${i} `.padEnd(bio, 'é'),
    profileUrl: `https://x.com/h${i}`,
    avatarUrl: '',
    stage: 'lead',
    temperature: null,
    doNotContact: false,
    tags: [],
    notes: '',
    firstSeenAt: '2026-11-01T10:00:00.000Z',
    lastSignalAt: '2026-11-01T10:00:00.000Z',
    signals: [{ kind: 'followed', at: '2026-11-01T10:00:00.000Z', source: 'x.followers', account: '1' }],
  });
  const touches = [{ id: 't1', leadId: 'x:100000', channel: 'x_dm', at: '2026-11-02T10:00:00.000Z' }].map((t) => ({
    ...t,
    note: '',
    valueProp: '',
    outcome: 'no_reply',
    lastAttempt: false,
  }));
  const head = { format: 'touchline-backup', version: 1, exportedAt: '2026-11-22T12:00:00.000Z', touches };
  const text = `${JSON.stringify(head).slice(0, -1)},"leads":[${Array.from({ length: leads }, (_, i) => JSON.stringify(lead(i))).join(',')}]}`;
  return new Promise((resolve) => {
    const port = chrome.runtime.connect({ name: 'backup.import' });
    port.onMessage.addListener((reply) => resolve({ ...reply, chars: text.length }));
    for (let at = 0; at < text.length; at += 1024 * 1024) port.postMessage({ part: text.slice(at, at + 1024 * 1024) });
    port.postMessage({ end: { mode: 'replace' } });
  });
}

test('an 80 MB backup restores over the port; as one message it is refused, naming the streaming way', async () => {
  const reply = await page.evaluate(restoreOverPort, { leads: LEADS, bio: BIO });
  assert.equal(reply.ok, true, reply.error);
  assert.deepEqual(reply.data, { leads: LEADS, touches: 1 });
  assert.ok(reply.chars > 5 * 8 * 1024 * 1024, `the file is ${reply.chars} characters`);

  const one = await ext.api('backup.export');
  assert.equal(one.ok, false);
  assert.match(one.error, /larger than one message may carry.*dashboard's download.*"backup\.export"/);
  const csv = await ext.api('export.csv', { preset: 'default' });
  assert.equal(csv.ok, false);
  assert.match(csv.error, /The CSV is larger than one message/);
});

test('the CSV streams over its port: every lead once, in parts of at most 1 MiB', async () => {
  const out = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const port = chrome.runtime.connect({ name: 'export.csv' });
        const parts = [];
        port.onMessage.addListener((m) => {
          if (m.part) parts.push(m.part);
          else
            resolve({
              done: m.done,
              error: m.error,
              max: Math.max(...parts.map((p) => p.length)),
              text: parts.join(''),
            });
        });
        port.postMessage({ payload: { preset: 'hubspot' } });
      }),
  );
  assert.equal(out.error, undefined);
  assert.match(out.done.filename, /^touchline-leads-hubspot-\d{4}-\d{2}-\d{2}\.csv$/);
  assert.equal(out.done.chars, out.text.length);
  assert.ok(out.max <= 1024 * 1024);
  const lines = out.text.split('\r\n').filter(Boolean);
  assert.equal(lines.length, LEADS + 1, 'header and one row per lead');
  assert.match(lines[0], /,touchline_id$/);
});

test('the dashboard downloads it compact and restores that same file', async () => {
  await page.getByTestId('tab-data').click();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByTestId('backup-download').click(),
  ]);
  const path = await download.path();
  const { size } = await stat(path);
  assert.ok(size > 64 * 1024 * 1024, `download is ${size} bytes`);
  const doc = JSON.parse(await readFile(path, 'utf8'));
  assert.equal(doc.version, 2);
  assert.equal(doc.leads.length, LEADS);
  assert.equal(doc.leads[5].headline.length, BIO);
  assert.equal(doc.touches.length, 1);

  await ext.api('lead.update', { leadIds: ['x:100005'], patch: { stage: 'client' } });
  await page.getByTestId('restore-file').setInputFiles(path);
  const preview = page.getByTestId('restore-preview');
  await until(async () => (await preview.count()) > 0, { timeout: 120_000, what: 'the preview' });
  assert.match(await preview.innerText(), /^8,000 leads, 1 touch; 8,000 already here will be merged$/);
  await page.getByTestId('restore-replace').click();
  await page.getByTestId('restore-replace-confirm').click();
  const done = page.getByTestId('restore-done');
  await until(async () => (await done.count()) > 0, { timeout: 120_000, what: 'the restore' });
  assert.match(await done.innerText(), /Replaced with 8,000 leads and 1 touch/);
  const restored = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('touchline');
        open.onsuccess = () => {
          const get = open.result.transaction('leads').objectStore('leads').get('x:100005');
          get.onsuccess = () => resolve(get.result.stage);
        };
      }),
  );
  assert.equal(restored, 'lead', 'the file, not the later edit, is what a replace leaves');
});

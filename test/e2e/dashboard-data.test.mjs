// The dashboard in real headless Chromium, seeded through the background API, driven through the
// UI: bulk edits, delete and Undo, the drawer, restore and backup, the side cards. The tests build
// on one another (each starts from the data the one before left), so they stay in this order.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backup, lead, until, screenshot } from './harness.mjs';
import { SEED, TOUCHES, ago, dashboardHelpers, openSeededDashboard, sig } from './dashboard-helpers.mjs';

let ext;
let page;
let tmp;
before(async () => {
  ({ ext, page } = await openSeededDashboard());
  tmp = await mkdtemp(join(tmpdir(), 'touchline-dash-'));
});
after(async () => {
  await ext?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

const { count, row, download } = dashboardHelpers(() => page);

test('a bulk stage change shows in the table and in backup.export', async () => {
  await row('x:101').getByTestId('row-select').check();
  await row('x:103').getByTestId('row-select').check();
  assert.match(await page.getByTestId('selected-count').innerText(), /^2 leads selected/);
  await page.getByTestId('bulk-stage').selectOption('opportunity');
  await until(async () => (await row('x:101').innerText()).includes('Opportunity'), { what: 'row stage' });
  assert.match(await row('x:103').innerText(), /Opportunity/);
  const exported = await ext.api('backup.export');
  const stages = Object.fromEntries(exported.data.leads.map((l) => [l.id, l.stage]));
  assert.deepEqual(stages, {
    'x:101': 'opportunity',
    'x:102': 'lead',
    'x:103': 'opportunity',
    'linkedin:cyd-ray': 'contact',
    'x:104': 'lead',
  });
  assert.equal(await page.getByTestId('funnel-opportunity').innerText(), '2');
  // Partly selected: select-all selects every shown lead, and then clears them all.
  await page.getByTestId('select-all').check();
  assert.match(await page.getByTestId('selected-count').innerText(), /^5 leads selected/);
  await page.getByTestId('select-all').uncheck();
  assert.match(await page.getByTestId('selected-count').innerText(), /Select leads/);
});

test('delete offers Undo, and Undo brings the lead and its touches back', async () => {
  await row('x:102').getByTestId('row-select').check();
  await page.getByTestId('bulk-delete').click();
  await until(async () => (await count()) === 4, { what: 'deleted' });
  assert.match(await page.getByTestId('toast').innerText(), /Deleted 1 lead and 1 touch/);
  assert.equal((await ext.api('backup.export')).data.touches.length, 1);
  await page.getByTestId('undo').click();
  await until(async () => (await count()) === 5, { what: 'undone' });
  await row('x:102').waitFor();
  const exported = (await ext.api('backup.export')).data;
  assert.deepEqual(exported.touches.map((t) => t.id).sort(), ['t1', 't2']);
  assert.equal(exported.leads.find((l) => l.id === 'x:102').displayName, 'Bob Stone');
});

test('the drawer shows signals and touches and saves notes', async () => {
  await row('x:102').click();
  const drawer = page.getByTestId('lead-drawer');
  await drawer.waitFor();
  await until(async () => (await drawer.innerText()).includes('X DM'), { what: 'touch history' });
  assert.match(await drawer.innerText(), /Followed\s+via x\.followers/);
  await page.getByTestId('drawer-notes').fill('met at the meetup');
  await page.getByTestId('drawer-notes-save').click();
  await until(async () => {
    const l = (await ext.api('backup.export')).data.leads.find((x) => x.id === 'x:102');
    return l.notes === 'met at the meetup';
  });
  await page.getByTestId('drawer-close').click();
});

test('restore through the UI: preview, then merge; new leads appear', async () => {
  await page.getByTestId('tab-data').click();
  const file = join(tmp, 'restore.json');
  const incoming = backup({
    leads: [
      lead({
        id: 'x:201',
        handle: 'erin',
        displayName: 'Erin New',
        firstSeenAt: '2025-01-01T00:00:00.000Z',
        signals: sig('2025-01-01T00:00:00.000Z'),
      }),
      lead({ id: 'x:202', handle: 'finn', displayName: 'Finn New' }),
      SEED[0],
    ],
    touches: [{ ...TOUCHES[0], id: 't9', leadId: 'x:201' }],
  });
  await writeFile(file, JSON.stringify(incoming));
  await page.getByTestId('restore-file').setInputFiles(file);
  await until(async () => (await page.getByTestId('restore-preview').isVisible()) && true, { what: 'preview' });
  assert.equal(
    await page.getByTestId('restore-preview').innerText(),
    '3 leads, 1 touch; 1 already here will be merged',
  );
  await page.getByTestId('restore-merge').click();
  await page.getByTestId('restore-done').waitFor();
  await until(async () => (await count()) === 7, { what: 'seven leads' });
  await page.getByTestId('tab-leads').click();
  await row('x:201').waitFor();
  await row('x:202').waitFor();
});

test('a corrupt or non-JSON backup shows the error and changes nothing', async () => {
  await page.getByTestId('tab-data').click();
  const before = await ext.api('backup.export');
  const bad = backup({ leads: [lead({ id: 'x:301' }), lead({ id: 'x:302', stage: 'hot-prospect' })] });
  await writeFile(join(tmp, 'bad.json'), JSON.stringify(bad));
  await page.getByTestId('restore-file').setInputFiles(join(tmp, 'bad.json'));
  const error = page.getByTestId('restore-error');
  await error.waitFor();
  assert.match(await error.innerText(), /leads\[1\]\.stage/);
  assert.equal(await page.getByTestId('restore-merge').count(), 0);

  await writeFile(join(tmp, 'notes.json'), 'this is { not json');
  await page.getByTestId('restore-file').setInputFiles(join(tmp, 'notes.json'));
  await until(async () => /not JSON/.test(await error.innerText()), { what: 'not-JSON error' });

  assert.equal(await count(), 7);
  const after = await ext.api('backup.export');
  assert.deepEqual({ ...after.data, exportedAt: null }, { ...before.data, exportedAt: null });
  await page.getByTestId('tab-leads').click();
});

test('a 51 MB file is read (the old 50 MB cap is gone); one over 500 MB is refused before it is read', async () => {
  await page.getByTestId('tab-data').click();
  const error = () => page.getByTestId('restore-error').innerText();
  await writeFile(join(tmp, 'big.json'), Buffer.alloc(51 * 1024 * 1024, 0x20));
  await page.getByTestId('restore-file').setInputFiles(join(tmp, 'big.json'));
  await until(async () => /not JSON/.test(await error()), { timeout: 60_000, what: 'the parse error' });
  await rm(join(tmp, 'big.json'));
  // Sparse: 501 MB on paper, no disk used.
  await writeFile(join(tmp, 'huge.json'), '');
  await truncate(join(tmp, 'huge.json'), 501 * 1024 * 1024);
  await page.getByTestId('restore-file').setInputFiles(join(tmp, 'huge.json'));
  await until(async () => /over 500 MB are refused/.test(await error()), { what: 'size error' });
  await rm(join(tmp, 'huge.json'));
  await page.getByTestId('tab-leads').click();
});

test('replace asks for confirmation first', async () => {
  await page.getByTestId('tab-data').click();
  const only = backup({ leads: [lead({ id: 'x:401', handle: 'solo', displayName: 'Solo' })] });
  await writeFile(join(tmp, 'only.json'), JSON.stringify(only));
  await page.getByTestId('restore-file').setInputFiles(join(tmp, 'only.json'));
  await page.getByTestId('restore-replace').click();
  await page.getByTestId('restore-replace-confirm').waitFor();
  assert.equal(await count(), 7, 'nothing replaced before the confirmation');
  await page.getByText('Keep my data').click();
  await page.getByText('Cancel').click();
  await page.getByTestId('tab-leads').click();
});

test('backup download is a JSON file named by date', async () => {
  await page.getByTestId('tab-data').click();
  const out = await download('backup-download');
  assert.match(out.name, /^touchline-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const doc = JSON.parse(out.bytes.toString('utf8'));
  assert.equal(doc.format, 'touchline-backup');
  assert.equal(doc.leads.length, 7);
  await page.getByTestId('tab-leads').click();
});

test('funnel, speed to lead and capture health; screenshot', async () => {
  const failed = await ext.api('capture.failure', { source: 'x.notifications', error: 'unexpected shape' });
  assert.equal(failed.ok, true, failed.error);
  // x:201 came with a touch, so the import moved it from new to lead.
  assert.equal(await page.getByTestId('funnel-new').innerText(), '1');
  assert.equal(await page.getByTestId('funnel-lead').innerText(), '3');
  assert.equal(await page.getByTestId('funnel-contact').innerText(), '1');
  const speed = await page.getByTestId('speed-to-lead').innerText();
  // x:102 2 h, x:104 6 h (x:201's touch is from a lead first seen long ago: outside the window).
  assert.match(speed, /\b4 h\b/);
  const health = page.getByTestId('capture-health');
  await until(async () => /X may have changed its format/.test(await health.innerText()), { what: 'warning' });
  assert.match(await health.innerText(), /1 failed/);
  if (await page.getByTestId('toast').count()) await page.getByLabel('Dismiss').click();
  await page.setViewportSize({ width: 1200, height: 800 });
  await screenshot(page, 'dashboard.png');
});

test('speed to lead says "no data" without touches in the window', async () => {
  const empty = backup({
    leads: [lead({ id: 'x:501', firstSeenAt: ago(1), lastSignalAt: ago(1), signals: sig(ago(1)) })],
  });
  assert.equal((await ext.api('backup.import', { backup: empty, mode: 'replace' })).ok, true);
  await until(async () => (await count()) === 1, { what: 'one lead' });
  assert.match(await page.getByTestId('speed-to-lead').innerText(), /no data/);
});

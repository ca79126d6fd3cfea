// The dashboard in real headless Chromium, seeded through the background API: the table, its
// filters and the CSV export. Read-only: every test leaves the filters and the preset as it found them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { until } from './harness.mjs';
import { dashboardHelpers, openSeededDashboard } from './dashboard-helpers.mjs';

let ext;
let page;
before(async () => {
  ({ ext, page } = await openSeededDashboard());
});
after(async () => {
  await ext?.close();
});

const { row, download } = dashboardHelpers(() => page);
const rowIds = () => page.getByTestId('lead-row').evaluateAll((rows) => rows.map((r) => r.dataset.leadId).sort());

test('the table shows every lead, hostile text as text only', async () => {
  assert.deepEqual(await rowIds(), ['linkedin:cyd-ray', 'x:101', 'x:102', 'x:103', 'x:104']);
  assert.equal(await page.locator('img').count(), 0, 'a headline must never become markup');
  const name = row('linkedin:cyd-ray').locator('.name');
  assert.equal(await name.evaluate((el) => getComputedStyle(el).unicodeBidi), 'isolate');
  const box = await row('linkedin:cyd-ray').boundingBox();
  assert.ok(box && box.height <= 50, 'a 10,000-character headline is clipped, not wrapped');
});

test('filters narrow the table: stage, then search text', async () => {
  await page.getByTestId('filter-stage').selectOption('lead');
  await until(async () => (await rowIds()).join() === 'x:102,x:104', { what: 'stage filter' });
  await page.getByTestId('search').fill('hooli');
  await until(async () => (await rowIds()).join() === 'x:104', { what: 'search text' });
  await page.getByTestId('filter-stage').selectOption('');
  await page.getByTestId('search').fill('ACME');
  await until(async () => (await rowIds()).join() === 'x:101', { what: 'case-insensitive search' });
  await page.getByTestId('search').fill('');
  await page.getByTestId('filter-platform').selectOption('linkedin');
  await until(async () => (await rowIds()).join() === 'linkedin:cyd-ray', { what: 'platform filter' });
  await page.getByTestId('filter-platform').selectOption('');
  await until(async () => (await rowIds()).length === 5, { what: 'filters cleared' });
});

test('CSV export downloads a real file: BOM, CRLF, formula guard; the current filter narrows it', async () => {
  const all = await download('export-csv');
  assert.match(all.name, /^touchline-leads-default-\d{4}-\d{2}-\d{2}\.csv$/);
  assert.deepEqual([...all.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const text = all.bytes.toString('utf8').slice(1);
  assert.ok(text.endsWith('\r\n'));
  assert.equal(text.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF line ends');
  assert.match(text, /^id,platform,handle,display_name,/);
  assert.match(text, /"'=HYPERLINK\(""https:\/\/evil\.example"",""click""\)"/);
  assert.equal(text.split('\r\n').filter(Boolean).length, 6);

  await page.getByTestId('filter-stage').selectOption('lead');
  await until(async () => (await rowIds()).length === 2, { what: 'stage filter' });
  const filtered = (await download('export-csv')).bytes.toString('utf8');
  const ids = filtered
    .split('\r\n')
    .slice(1, -1)
    .map((line) => line.split(',')[0]);
  assert.deepEqual(ids.sort(), ['x:102', 'x:104']);
  await page.getByTestId('filter-stage').selectOption('');
});

test('the HubSpot preset exports its header row', async () => {
  await page.getByTestId('csv-preset').selectOption('hubspot');
  const out = await download('export-csv-all');
  assert.match(out.name, /^touchline-leads-hubspot-/);
  const [header] = out.bytes.toString('utf8').slice(1).split('\r\n');
  assert.equal(
    header,
    'First Name,Last Name,Job Title,Twitter Username,LinkedIn URL,Lifecycle Stage,Lead Status,Do Not Contact,Notes,touchline_id',
  );
  await page.getByTestId('csv-preset').selectOption('default');
});

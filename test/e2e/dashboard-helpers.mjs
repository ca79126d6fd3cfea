// What the dashboard E2E files share: the seeded leads and touches, and the page helpers.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { backup, launch, lead, until } from './harness.mjs';

const HOUR = 3600_000;
// Recent times, so the leads fall in speed to lead's 30-day window whenever the test runs.
export const ago = (hours) => new Date(Date.now() - hours * HOUR).toISOString();
export const sig = (at, kind = 'followed', source = 'x.followers') => [{ kind, at, source, account: '1' }];

export const SEED = [
  lead({ id: 'x:101', handle: 'annlee', displayName: 'Ann Lee', headline: 'Founder at Acme', stage: 'new' }),
  lead({ id: 'x:102', handle: 'bobstone', displayName: 'Bob Stone', headline: 'Growth at Initech', stage: 'lead' }),
  lead({
    id: 'x:103',
    handle: 'formula',
    displayName: '=HYPERLINK("https://evil.example","click")',
    headline: 'spreadsheet trouble',
    stage: 'new',
  }),
  lead({
    id: 'linkedin:cyd-ray',
    displayName: 'Cyd \u202Eyar',
    headline: '<img src=x onerror=alert(1)> ' + 'long '.repeat(2000),
    stage: 'contact',
    temperature: 'warm',
    signals: sig(ago(50), 'viewed_profile', 'linkedin.profile_views'),
  }),
  lead({ id: 'x:104', handle: 'dana', displayName: 'Dana Smith', headline: 'CTO at Hooli', stage: 'lead' }),
].map((l) => {
  const at = ago(48);
  return {
    ...l,
    firstSeenAt: at,
    lastSignalAt: at,
    signals: l.signals[0].source === 'x.followers' ? sig(at) : l.signals,
  };
});
// Two touched leads: 2 h and 6 h after their first signal, so the median is 4 h.
export const TOUCHES = [
  {
    id: 't1',
    leadId: 'x:102',
    channel: 'x_dm',
    at: ago(46),
    note: 'hi',
    valueProp: 'saves time',
    outcome: 'no_reply',
    lastAttempt: false,
  },
  {
    id: 't2',
    leadId: 'x:104',
    channel: 'email',
    at: ago(42),
    note: '',
    valueProp: '',
    outcome: 'no_reply',
    lastAttempt: false,
  },
];

/** The helpers over the dashboard page `getPage()` returns (each file opens its own in `before()`). */
export function dashboardHelpers(getPage) {
  const count = async () => Number((await getPage().getByTestId('lead-count').innerText()).split(' ')[0]);
  const row = (id) => getPage().locator(`[data-testid="lead-row"][data-lead-id="${id}"]`);

  async function download(testId) {
    const page = getPage();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
    return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
  }

  return { count, row, download };
}

/** Chromium with Touchline, the seed restored through the API, and the dashboard open on it. */
export async function openSeededDashboard() {
  const ext = await launch();
  const reply = await ext.api('backup.import', { backup: backup({ leads: SEED, touches: TOUCHES }), mode: 'replace' });
  assert.equal(reply.ok, true, reply.error);
  const page = await ext.context.newPage();
  await page.goto(ext.url('dashboard.html'));
  const { count } = dashboardHelpers(() => page);
  await until(async () => (await count()) === 5, { what: 'five leads' });
  return { ext, page };
}

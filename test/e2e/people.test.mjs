// One person across X and LinkedIn, end to end (issue #15): the dashboard suggests an X lead whose
// bio names a LinkedIn lead's profile; the rep links them there. Then one cadence: three touches
// on X and one on LinkedIn are a last attempt, the fifth on either ends it and a sixth on either is
// refused with the reason; the popup shows the person's other profile, the CSV one row; unlinking
// in the drawer gives each lead its own cadence back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, backup, lead, until } from './harness.mjs';

const DAY = 24 * 3_600_000;
const X = 'x:1001';
const IN = 'linkedin:jane-doe';
let ext;
let dash;
before(async () => {
  ext = await launch();
  const at = new Date(Date.now() - 20 * DAY).toISOString();
  const seen = { firstSeenAt: at, lastSignalAt: at };
  const leads = [
    lead({
      id: X,
      handle: 'janedoe',
      displayName: 'Jane Doe',
      headline: 'Building Acme · linkedin.com/in/jane-doe',
      ...seen,
    }),
    lead({ id: IN, displayName: 'Jane Doe', headline: 'Founder at Acme', stage: 'lead', ...seen }),
    lead({ id: 'x:1002', handle: 'solo', displayName: 'Solo Person', headline: 'Nobody else', ...seen }),
  ].map((l) => ({ ...l, signals: [{ kind: 'followed', at, source: 'x.followers', account: '1' }] }));
  const reply = await ext.api('backup.import', { backup: backup({ leads }), mode: 'replace' });
  assert.equal(reply.ok, true, reply.error);
  dash = await ext.context.newPage();
  await dash.goto(ext.url('dashboard.html'));
});
after(() => ext?.close());

const touch = (leadId, daysAgo) =>
  ext.api('touch.log', {
    leadId,
    channel: leadId === X ? 'x_dm' : 'linkedin_message',
    at: daysAgo === 0 ? undefined : new Date(Date.now() - daysAgo * DAY).toISOString(),
  });
const status = async (leadId) => {
  const reply = await ext.api('cadence.status', { leadId });
  assert.equal(reply.ok, true, reply.error);
  return reply.data;
};
const rowIds = () => dash.getByTestId('lead-row').evaluateAll((rows) => rows.map((r) => r.dataset.leadId));

test('the dashboard suggests the pair with its reason, and Link makes them one person shown once', async () => {
  const suggestion = dash.getByTestId('suggestion');
  await until(async () => (await suggestion.count()) === 1, { what: 'one suggestion' });
  assert.equal(await suggestion.getAttribute('data-lead-ids'), `${X} ${IN}`);
  assert.match(await suggestion.innerText(), /Jane Doe \(X\) and Jane Doe \(LinkedIn\)[\s\S]*strong:.*jane-doe/);
  await suggestion.getByTestId('suggestion-link').click();
  await until(async () => (await dash.getByTestId('person-suggestions').count()) === 0, { what: 'no suggestion left' });
  const stored = (await ext.api('backup.export')).data.leads;
  assert.deepEqual(
    stored
      .filter((l) => l.personId)
      .map((l) => [l.id, l.personId, l.stage])
      .sort(),
    [
      [IN, X, 'lead'],
      [X, X, 'lead'],
    ],
  );
  await until(async () => (await rowIds()).sort().join() === [X, 'x:1002'].join(), { what: 'the person as one row' });
});

test('one cadence: 3 on X + 1 on LinkedIn is the last attempt, the fifth ends it, a sixth is refused', async () => {
  for (const daysAgo of [12, 9, 6]) assert.equal((await touch(X, daysAgo)).ok, true);
  const fourth = await touch(IN, 3);
  assert.equal(fourth.ok, true, fourth.error);
  for (const id of [X, IN]) {
    const s = await status(id);
    assert.deepEqual([s.state, s.touchesUsed, s.touchesMax], ['last_attempt', 4, 5]);
  }
  assert.equal((await touch(IN, 0)).ok, true);
  assert.equal((await status(X)).state, 'ended');
  for (const id of [X, IN]) {
    const sixth = await touch(id, 0);
    assert.equal(sixth.ok, false);
    assert.match(sixth.error, /^This lead has had 5 of 5 touches; the cadence has ended\./);
  }
});

test('the popup shows the other profile and every touch; the CSV has one row for the person', async () => {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(ext.url('popup.html'));
  await popup.getByTestId('tab-all').click();
  await popup.locator(`[data-lead-id="${X}"]`).click();
  const line = popup.getByTestId('person-line');
  await line.waitFor();
  assert.match(await line.innerText(), /^Same person: in\/jane-doe · LinkedIn/);
  await until(async () => (await popup.getByTestId('touch').count()) === 5, { what: 'five touches listed' });
  await popup.close();

  const csv = await ext.api('export.csv', {});
  assert.equal(csv.ok, true, csv.error);
  const lines = csv.data.content.trim().split(/\r?\n/);
  assert.equal(lines.length, 3, 'a header, the person and the other lead of its own');
  const person = lines.find((l) => l.startsWith(`${X},`));
  assert.match(person, /,5,[^,]+,ended,.*,https:\/\/www\.linkedin\.com\/in\/jane-doe\/$/);
  assert.ok(!lines.some((l) => l.startsWith(`${IN},`)));
});

test('unlink in the drawer: two leads again, each with its own touches and cadence', async () => {
  await dash.locator(`[data-testid="lead-row"][data-lead-id="${X}"]`).click();
  const profiles = dash.getByTestId('person-profiles');
  await profiles.waitFor();
  await profiles.getByTestId('person-unlink').click();
  await until(async () => (await rowIds()).length === 3, { what: 'both leads in the table again' });
  const x = await status(X);
  const li = await status(IN);
  assert.deepEqual([x.state, x.touchesUsed], ['active', 3]);
  assert.deepEqual([li.state, li.touchesUsed], ['active', 2]);
  const stored = (await ext.api('backup.export')).data.leads;
  assert.deepEqual(
    stored.map((l) => [l.id, l.personId ?? null]),
    [
      [X, null],
      ['x:1002', null],
      [IN, null],
    ].sort(),
  );
});

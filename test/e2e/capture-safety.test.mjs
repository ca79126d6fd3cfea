// Captures cannot rewrite history (issue #13), end to end: a follow notification naming a lead
// the rep has worked does not move it back to New, and the notification a new lead raises is in
// Touchline's words, naming the person by handle only, whatever display name the page sent.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { backup, launch, lead, until } from './harness.mjs';
import { appPage, graphqlUrl, handX, routeX, signIn, storedLeads } from './x-site.mjs';

let ext;
beforeEach(async () => {
  ext = await launch();
  await signIn(ext.context);
});
afterEach(() => ext?.close());

/** Routes /notifications to the hand-built NotificationsTimeline, with `edit` applied to its text. */
async function notificationsPage(edit = (json) => json) {
  const json = edit(await handX('NotificationsTimeline.hand.json'));
  const call = { url: graphqlUrl('NotificationsTimeline', { timeline_type: 'All', count: 20 }), via: 'fetch' };
  await routeX(ext.context, {
    pages: { '/notifications': appPage({ calls: [call] }) },
    api: { NotificationsTimeline: json },
  });
  const page = await ext.context.newPage();
  await page.goto('https://x.com/notifications');
  await page.locator('body[data-done]').waitFor({ state: 'attached' });
}

test('a follow notification naming a worked lead does not move its stage back', async () => {
  // ada_example (NotificationsTimeline.hand.json's first follower, rest_id 1790000000000000001),
  // already worked to nurture; bo_sample a client.
  const worked = [
    lead({ id: 'x:1790000000000000001', handle: 'ada_example', stage: 'nurture', temperature: 'cold' }),
    lead({ id: 'x:1790000000000000002', handle: 'bo_sample', stage: 'client' }),
  ];
  assert.equal((await ext.api('backup.import', { backup: backup({ leads: worked }), mode: 'merge' })).ok, true);
  await notificationsPage();
  const leads = await until(
    async () => {
      const all = await storedLeads(ext);
      return all.length === 3 && all.every((l) => l.signals.length >= 2 || !worked.some((w) => w.id === l.id)) && all;
    },
    { what: 'the notification captured' },
  );
  const stage = Object.fromEntries(leads.map((l) => [l.handle, l.stage]));
  assert.deepEqual(stage, { ada_example: 'nurture', bo_sample: 'client', cy_test: 'new' });
  // Re-surfaced in place: marked for the rep, not put back in the inbox.
  assert.ok(leads.find((l) => l.handle === 'ada_example').resurfacedAt);
});

test("the new-lead notification names the person by handle, never the page's display name", async () => {
  await ext.worker.evaluate(() => {
    globalThis.__notes = [];
    const create = chrome.notifications.create.bind(chrome.notifications);
    chrome.notifications.create = (...args) => {
      globalThis.__notes.push(args.find((a) => typeof a === 'object'));
      return create(...args);
    };
  });
  const lure = 'Security alert: your X session expired. Re-login at x-com-verify.example';
  // bo_sample and cy_test are known already, so ada_example is the one new lead; her display
  // name in this copy is the lure.
  const known = [
    lead({ id: 'x:1790000000000000002', handle: 'bo_sample', stage: 'lead' }),
    lead({ id: 'x:1790000000000000003', handle: 'cy_test', stage: 'lead' }),
  ];
  assert.equal((await ext.api('backup.import', { backup: backup({ leads: known }), mode: 'merge' })).ok, true);
  await notificationsPage((json) => {
    return json.replaceAll('"Ada Example"', JSON.stringify(lure));
  });
  const notes = await until(
    async () => {
      const got = await ext.worker.evaluate(() => globalThis.__notes);
      return got.length > 0 && got;
    },
    { what: 'a notification' },
  );
  assert.equal(notes.length, 1);
  assert.deepEqual([notes[0].title, notes[0].message], ['New lead', '@ada_example followed you on X']);
  assert.doesNotMatch(JSON.stringify(notes), /Security alert|x-com-verify/);
  // The lead itself keeps what the page said (shown as text, never as a system message).
  assert.equal((await storedLeads(ext)).find((l) => l.handle === 'ada_example').displayName, lure);
});

// New means new (issue #12), end to end: captures follow the signed-in X account when it changes,
// and a routed linkedin.com followers list whose own script requests it, as the real app does;
// what Touchline stores is read back through the backup API.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './harness.mjs';
import { scriptedPage } from './site.mjs';
import { ME, appPage, graphqlUrl, routeX, signIn } from './x-site.mjs';
import { handLinkedIn, routeLinkedIn, voyager } from './linkedin-site.mjs';
import { historyHelpers } from './followers-history-helpers.mjs';

let ext;
beforeEach(async () => {
  ext = await launch();
  await signIn(ext.context);
});
afterEach(() => ext?.close());

const { visit, leadsWhere } = historyHelpers(() => ext);

test('switching the twid account mid-visit attributes later captures to the new account', async () => {
  const OTHER = '1600000000000000002';
  const notifications = await realXNotifications();
  await routeX(ext.context, {
    pages: { '/notifications': appPage({}) },
    api: { NotificationsTimeline: notifications },
  });
  const page = await visit('https://x.com/notifications');
  const call = graphqlUrl('NotificationsTimeline', { timeline_type: 'All', count: 20 });
  await page.evaluate((url) => fetch(url).then((r) => r.json()), call);
  await leadsWhere((l) => l.length === 3, '3 leads for the first account');
  await signIn(ext.context, OTHER);
  // The same notifications, now seen signed in as the other account.
  await page.evaluate((url) => fetch(url).then((r) => r.json()), call);
  const leads = await leadsWhere(
    (l) => l.every((x) => x.signals.some((s) => s.account === OTHER)),
    'signals for the other account',
  );
  for (const l of leads)
    assert.deepEqual(
      l.signals.map((s) => s.account),
      [ME.id, OTHER],
    );
});

async function realXNotifications() {
  const { handX } = await import('./x-site.mjs');
  return handX('NotificationsTimeline.hand.json');
}

test("LinkedIn's followers list: first visit (no /voyager/api/me) is the baseline; a newcomer on top is new", async () => {
  const path = '/mynetwork/network-manager/people-follow/followers/';
  const base = JSON.parse(await handLinkedIn('searchDashClusters-followers.nested.hand-built.json'));
  let served = base;
  await routeLinkedIn(ext.context, {
    pages: { [path]: scriptedPage({ calls: [{ url: voyager.followers, via: 'fetch' }] }) },
    api: { [voyager.followers]: () => JSON.stringify(served) },
  });
  const first = await ext.context.newPage();
  await first.goto(`https://www.linkedin.com${path}`);
  const baseline = await leadsWhere((l) => l.length === 4, 'the LinkedIn baseline');
  assert.ok(
    baseline.every((l) => l.stage === 'lead'),
    JSON.stringify(baseline.map((l) => l.stage)),
  );
  await first.close();

  // Hand-built from the fixture: its first follower copied as a newcomer, on top.
  served = structuredClone(base);
  const items = served.data.searchDashClustersByAll.elements[0].items;
  const newcomer = structuredClone(items[0]);
  Object.assign(newcomer.item.entityResult, {
    title: { text: 'Nia Newcomer' },
    navigationUrl: 'https://www.linkedin.com/in/nia-newcomer',
    entityUrn:
      'urn:li:fsd_entityResultViewModel:(urn:li:fsd_profile:ACoAABniaNewcomer00000000000000000000000001,MYNETWORK_CURATION_HUB,DEFAULT)',
  });
  items.unshift(newcomer);
  const second = await ext.context.newPage();
  await second.goto(`https://www.linkedin.com${path}`);
  const leads = await leadsWhere((l) => l.length === 5, '5 LinkedIn leads');
  assert.deepEqual(
    leads.filter((l) => l.stage === 'new').map((l) => l.id),
    ['linkedin:nia-newcomer'],
  );
});

import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { launch, routeSite, until } from './harness.mjs';
import { ME, appPage, entryIds, graphqlUrl, handX, health, routeX, realX, signIn, storedLeads } from './x-site.mjs';

let ext;
beforeEach(async () => {
  ext = await launch();
  await signIn(ext.context);
});
afterEach(() => ext?.close());

const followersCall = (via, userId = ME.id) => ({ url: graphqlUrl('Followers', { userId, count: 20 }), via });

async function visit(path) {
  const page = await ext.context.newPage();
  await page.goto(`https://x.com${path}`);
  await page.locator('body[data-done]').waitFor({ state: 'attached' });
  return page;
}

async function leadsSettled(n) {
  return until(
    async () => {
      const leads = await storedLeads(ext);
      return leads.length === n ? leads : false;
    },
    { what: `${n} stored leads` },
  );
}

test('own followers page (fetch): exactly the people of the response become leads', async () => {
  const json = await realX('Followers.2026-08-07.json');
  await routeX(ext.context, {
    pages: { '/touchline_me/followers': appPage({ calls: [followersCall('fetch')] }) },
    api: { Followers: json },
  });
  await visit('/touchline_me/followers');
  const expected = entryIds(json);
  assert.equal(expected.length, 69);
  const leads = await leadsSettled(69);
  assert.deepEqual(leads.map((l) => l.id).sort(), [...expected].sort());
  const leslie = leads.find((l) => l.id === 'x:236209129');
  assert.equal(leslie.handle, 'leslieberland');
  assert.equal(leslie.displayName, 'Leslie Berland');
  // The first visit of one's own list is the baseline: existing followers, not the inbox.
  assert.ok(leads.every((l) => l.stage === 'lead'));
  assert.deepEqual(
    leslie.signals.map((s) => [s.kind, s.source, s.account]),
    [['followed', 'x.followers', ME.id]],
  );
});

test('own followers page (XHR): the oldest user-object generation is captured too', async () => {
  const json = await realX('Followers.2025-03-07.json');
  await routeX(ext.context, {
    pages: { '/touchline_me/followers': appPage({ calls: [followersCall('xhr')] }) },
    api: { Followers: json },
  });
  await visit('/touchline_me/followers');
  const leads = await leadsSettled(70);
  assert.deepEqual(leads.map((l) => l.id).sort(), entryIds(json).sort());
});

/** The own followers page served with `policy` as its Content-Security-Policy; returns the page once done. */
async function followersUnderPolicy(json, policy) {
  await routeSite(ext.context, 'https://x.com/**', (url) => {
    if (/\/Followers$/.test(url.pathname)) return { body: json, contentType: 'application/json' };
    if (url.pathname !== '/touchline_me/followers') return undefined;
    const body = appPage({ calls: [followersCall('fetch')] });
    return { body, headers: { 'content-security-policy': policy } };
  });
  return visit('/touchline_me/followers');
}

test("responses are read in a worker off the page's thread where the page allows one (X's policy does)", async () => {
  const json = await realX('Followers.2026-08-07.json');
  const page = await followersUnderPolicy(json, "worker-src 'self' blob:");
  const leads = await leadsSettled(69);
  assert.deepEqual(leads.map((l) => l.id).sort(), entryIds(json).sort());
  // The parse worker is the page's only worker: this page starts none of its own.
  await until(() => page.workers().length === 1, { what: 'the parse worker' });
  assert.match(page.workers()[0].url(), /^blob:https:\/\/x\.com\//);
});

test('a page whose policy refuses workers is read on its own thread: the same leads', async () => {
  const json = await realX('Followers.2026-08-07.json');
  const page = await followersUnderPolicy(json, "worker-src 'self'");
  const leads = await leadsSettled(69);
  assert.deepEqual(leads.map((l) => l.id).sort(), entryIds(json).sort());
  assert.equal(page.workers().length, 0);
});

test('a second visit with new people on top marks only them new', async () => {
  const json = await realX('Followers.2026-08-07.json');
  const doc = JSON.parse(json);
  const add = doc.data.user.result.timeline.timeline.instructions.find((i) => i.type === 'TimelineAddEntries');
  const template = add.entries.find((e) => e.entryId.startsWith('user-'));
  const newcomer = (id, handle) => {
    const e = structuredClone(template);
    e.entryId = `user-${id}`;
    Object.assign(e.content.itemContent.user_results.result, { rest_id: id });
    e.content.itemContent.user_results.result.core.screen_name = handle;
    return e;
  };
  const second = structuredClone(doc);
  second.data.user.result.timeline.timeline.instructions
    .find((i) => i.type === 'TimelineAddEntries')
    .entries.unshift(newcomer('1700000000000000001', 'fresh_one'), newcomer('1700000000000000002', 'fresh_two'));
  let served = json;
  await routeX(ext.context, {
    pages: { '/touchline_me/followers': appPage({ calls: [followersCall('fetch')] }) },
    api: { Followers: () => served },
  });
  // The first visit's capture arrives after the page's own fetch has finished: keep the tab until then.
  const first = await visit('/touchline_me/followers');
  await leadsSettled(69);
  await first.close();
  served = JSON.stringify(second);
  await visit('/touchline_me/followers');
  const leads = await leadsSettled(71);
  const fresh = leads
    .filter((l) => l.stage === 'new')
    .map((l) => l.handle)
    .sort();
  assert.deepEqual(fresh, ['fresh_one', 'fresh_two']);
  // The badge is recounted once a burst of captures has settled.
  await until(async () => (await ext.worker.evaluate(() => chrome.action.getBadgeText({}))) === '2', {
    what: 'badge 2',
  });
});

test('the notifications page makes new leads at the notification time', async () => {
  const json = await handX('NotificationsTimeline.hand.json');
  const call = { url: graphqlUrl('NotificationsTimeline', { timeline_type: 'All', count: 20 }), via: 'fetch' };
  await routeX(ext.context, {
    pages: { '/notifications': appPage({ calls: [call] }) },
    api: { NotificationsTimeline: json },
  });
  await visit('/notifications');
  // The one follow notification names three people (its _comment and from_users); likes and reposts are not follows.
  const leads = await leadsSettled(3);
  assert.deepEqual(
    leads.map((l) => l.stage),
    ['new', 'new', 'new'],
  );
  for (const l of leads) assert.equal(l.lastSignalAt, '2026-07-31T00:00:00.000Z');
  assert.ok(leads.every((l) => l.signals[0].source === 'x.notifications'));
});

test("someone else's followers and a Following list make no leads", async () => {
  const followers = await realX('Followers.2026-08-07.json');
  const following = await realX('Following.2025-03-07.json');
  await routeX(ext.context, {
    pages: {
      '/XDevelopers/followers': appPage({ calls: [followersCall('fetch', '2244994945')] }),
      '/touchline_me/following': appPage({
        calls: [{ url: graphqlUrl('Following', { userId: ME.id }), via: 'fetch' }],
      }),
    },
    api: { Followers: followers, Following: following },
  });
  await visit('/XDevelopers/followers');
  await visit('/touchline_me/following');
  const h = await until(() => health(ext, 'x.followers'), { what: 'x.followers health' });
  assert.equal(h.skipped.not_own_list, 69);
  assert.deepEqual(await storedLeads(ext), []);
});

test('a DOM-only followers page (no API response seen) still produces leads', async () => {
  const html = await handX('followers-page.hand.html');
  await routeX(ext.context, { pages: { '/touchline_me/followers': html } });
  const page = await ext.context.newPage();
  await page.goto('https://x.com/touchline_me/followers');
  // Four cells: three with a numeric id in their follow button, one known only by handle.
  const leads = await leadsSettled(4);
  assert.deepEqual(leads.map((l) => l.id).sort(), [
    'x:1790000000000000301',
    'x:1790000000000000302',
    'x:1790000000000000303',
    'x:@lee_noid',
  ]);
  assert.equal(leads.find((l) => l.handle === 'jon_sample').displayName, 'Jon 🌍 Sample');
});

test('in-app navigation to the followers list is followed without a reload', async () => {
  const html = await handX('followers-page.hand.html');
  const cells = /<main[\s\S]*<\/main>/.exec(html)[0];
  await routeX(ext.context, { pages: { '/home': appPage({}) } });
  const page = await ext.context.newPage();
  await page.goto('https://x.com/home');
  await page.evaluate((markup) => {
    history.pushState({}, '', '/touchline_me/followers');
    document.getElementById('app').innerHTML = markup;
  }, cells);
  await leadsSettled(4);
});

test('a malformed response is counted in capture health and the page keeps working', async () => {
  let served = 0;
  await routeX(ext.context, {
    pages: { '/touchline_me/followers': appPage({ calls: [followersCall('fetch'), followersCall('xhr')] }) },
    api: {
      Followers: () => (served++ === 0 ? '{"data":{"user":{"result":{"timeline":42}}}}' : '<html>rate limited</html>'),
    },
  });
  const page = await visit('/touchline_me/followers');
  // The page's own code got its responses as the server sent them (one JSON, one not).
  assert.equal(await page.evaluate(() => document.body.dataset.errors), '1');
  const h = await until(
    async () => {
      const r = await health(ext, 'x.followers');
      return r && r.responsesSeen >= 2 ? r : false;
    },
    { what: 'two responses in health' },
  );
  assert.equal(h.peopleExtracted, 0);
  assert.equal(h.failures, 1);
  assert.match(h.lastError, /not JSON/);
  assert.ok(h.emptyResponses >= 1);
  assert.deepEqual(await storedLeads(ext), []);
});

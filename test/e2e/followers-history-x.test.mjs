// New means new (issue #12), end to end: a routed x.com page whose own scripts request the
// followers list page by page, as the real app does; what Touchline stores is read back through
// the backup API and the dashboard.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { launch, until } from './harness.mjs';
import { ME, appPage, graphqlUrl, realX, routeX, signIn, storedLeads } from './x-site.mjs';
import { historyHelpers } from './followers-history-helpers.mjs';

let ext;
beforeEach(async () => {
  ext = await launch();
  await signIn(ext.context);
});
afterEach(() => ext?.close());

const REAL = 'Followers.2026-08-07.json';
const addEntries = (doc) =>
  doc.data.user.result.timeline.timeline.instructions.find((i) => i.type === 'TimelineAddEntries').entries;
const userIds = (doc) =>
  addEntries(doc)
    .filter((e) => e.entryId.startsWith('user-'))
    .map((e) => e.entryId.slice(5));

/** The real response with `ids` as its people (each a copy of its first user, renamed), on top of `keep` of its own. */
async function followersPage(ids, { keep = 'all' } = {}) {
  const doc = JSON.parse(await realX(REAL));
  const entries = addEntries(doc);
  const users = entries.filter((e) => e.entryId.startsWith('user-'));
  const cursors = entries.filter((e) => !e.entryId.startsWith('user-'));
  const made = ids.map((id) => {
    const e = structuredClone(users[0]);
    e.entryId = `user-${id}`;
    e.content.itemContent.user_results.result.rest_id = id;
    e.content.itemContent.user_results.result.core.screen_name = `u${BigInt(id).toString(36)}`;
    return e;
  });
  entries.splice(0, entries.length, ...made, ...(keep === 'all' ? users : []), ...cursors);
  return doc;
}

const followersUrl = (cursor) => graphqlUrl('Followers', { userId: ME.id, count: 20, ...(cursor ? { cursor } : {}) });

/** Routes @me's followers list: `pages[0]` answers the top, `pages[1]` the request with a cursor. */
async function routeFollowers(state) {
  await routeX(ext.context, {
    pages: {
      [`/${ME.handle}/followers`]: appPage({
        calls: state.calls ?? [{ url: followersUrl(), via: 'fetch' }],
      }),
    },
    api: {
      Followers: (url) => {
        const vars = JSON.parse(url.searchParams.get('variables'));
        return JSON.stringify(vars.cursor ? state.pages[1] : state.pages[0]);
      },
      ...state.api,
    },
  });
}

const { visit, leadsWhere } = historyHelpers(() => ext);

test("issue #12's scenario: 2 newcomers on top and 15 older followers on a deeper page → exactly 2 new", async () => {
  const real = JSON.parse(await realX(REAL));
  const known = userIds(real);
  const newcomers = ['1700000000000000001', '1700000000000000002'];
  const older = Array.from({ length: 15 }, (_, i) => String(1500000000000000000n + BigInt(i)));
  const state = { pages: [real] };
  await routeFollowers(state);
  const first = await visit(`https://x.com/${ME.handle}/followers`);
  await leadsWhere((l) => l.length === 69, 'the baseline of 69');
  await first.close();

  state.pages = [await followersPage(newcomers), await followersPage(older, { keep: 'none' })];
  state.calls = [
    { url: followersUrl(), via: 'fetch' },
    { url: followersUrl('1872784690123924126|2085474371463282617'), via: 'fetch' },
  ];
  await routeFollowers(state);
  await visit(`https://x.com/${ME.handle}/followers`);
  const leads = await leadsWhere((l) => l.length === 69 + 2 + 15, '86 leads');
  const stage = Object.fromEntries(leads.map((l) => [l.id.slice(2), l.stage]));
  assert.deepEqual(
    leads
      .filter((l) => l.stage === 'new')
      .map((l) => l.id.slice(2))
      .sort(),
    newcomers,
  );
  for (const id of older) assert.equal(stage[id], 'lead', id);
  for (const id of known) assert.equal(stage[id], 'lead', id);
  const oldOne = leads.find((l) => l.id === `x:${older[0]}`);
  assert.equal(oldOne.signals[0].undated, true);
  await until(async () => (await ext.worker.evaluate(() => chrome.action.getBadgeText({}))) === '2', {
    what: 'badge 2',
  });
});

test('after importing an X archive, a followers visit marks nobody from it new', async () => {
  const real = JSON.parse(await realX(REAL));
  const ids = userIds(real);
  // Hand-built archive (docs/platform-x.md "X's own archive"): the 69 real ids as data/follower.js.
  const follower = `window.YTD.follower.part0 = ${JSON.stringify(ids.map((accountId) => ({ follower: { accountId, userLink: `https://twitter.com/intent/user?user_id=${accountId}` } })))}`;
  const account = `window.YTD.account.part0 = [{ "account": { "accountId": "${ME.id}", "username": "${ME.handle}" } }]`;
  const dir = await mkdtemp(join(tmpdir(), 'archive-'));
  const file = join(dir, 'twitter-archive.zip');
  await writeFile(file, zipSync({ 'data/follower.js': strToU8(follower), 'data/account.js': strToU8(account) }));
  const dash = await ext.context.newPage();
  await dash.goto(ext.url('dashboard.html'));
  await dash.getByTestId('roster-file').setInputFiles(file);
  const preview = await dash.getByTestId('roster-preview').innerText();
  assert.match(preview, /69 followers of X account @touchline_me \(0 already known\)/);
  assert.match(preview, /Nobody in it will be marked new/);
  await dash.getByTestId('roster-import').click();
  await until(async () => /69 people added/.test(await dash.getByTestId('roster-done').innerText()), {
    what: 'import done',
  });
  // Nobody from the archive became a lead by itself.
  assert.deepEqual(await storedLeads(ext), []);
  await rm(dir, { recursive: true, force: true });

  await routeFollowers({ pages: [await followersPage(['1700000000000000001'])] });
  await visit(`https://x.com/${ME.handle}/followers`);
  const leads = await leadsWhere((l) => l.length === 70, '70 leads');
  assert.deepEqual(
    leads.filter((l) => l.stage === 'new').map((l) => l.id),
    ['x:1700000000000000001'],
  );
});

test('a rostered follower whose profile says they no longer follow is marked lost; coverage matches the counts', async () => {
  const profile = JSON.parse(await realX('UserByScreenName.2026-08-07.json'));
  const xdev = profile.data.user.result; // @XDevelopers, relationship_perspectives.followed_by: false
  const list = await followersPage([]);
  const entry = structuredClone(addEntries(list)[0]);
  entry.entryId = `user-${xdev.rest_id}`;
  entry.content.itemContent.user_results.result = xdev;
  addEntries(list).unshift(entry);
  // Hand-built from the real profile: the signed-in account's own, with its follower count.
  const mine = structuredClone(profile);
  Object.assign(mine.data.user.result, { rest_id: ME.id });
  mine.data.user.result.core.screen_name = ME.handle;
  mine.data.user.result.relationship_counts.followers = 4812;
  const byName = (url) => {
    const { screen_name } = JSON.parse(url.searchParams.get('variables'));
    return JSON.stringify(screen_name === ME.handle ? mine : profile);
  };
  const profileCall = (screen_name) => ({
    url: graphqlUrl('UserByScreenName', { screen_name }),
    via: 'fetch',
  });
  await routeX(ext.context, {
    pages: {
      [`/${ME.handle}/followers`]: appPage({ calls: [{ url: followersUrl(), via: 'fetch' }] }),
      '/XDevelopers': appPage({ calls: [profileCall('XDevelopers')] }),
      [`/${ME.handle}`]: appPage({ calls: [profileCall(ME.handle)] }),
    },
    api: { Followers: JSON.stringify(list), UserByScreenName: byName },
  });
  await visit(`https://x.com/${ME.handle}/followers`);
  await leadsWhere((l) => l.length === 70, '70 leads');
  await visit('https://x.com/XDevelopers');
  const leads = await leadsWhere(
    (l) => l.find((x) => x.id === 'x:2244994945')?.signals.some((s) => s.kind === 'unfollowed'),
    'an unfollowed signal',
  );
  const xd = leads.find((l) => l.id === 'x:2244994945');
  assert.deepEqual(
    xd.signals.map((s) => [s.kind, s.source, s.account]),
    [
      ['followed', 'x.followers', ME.id],
      ['unfollowed', 'x.profile', ME.id],
    ],
  );
  assert.equal(xd.stage, 'lead');

  await visit(`https://x.com/${ME.handle}`);
  const dash = await ext.context.newPage();
  await dash.goto(ext.url('dashboard.html'));
  // 70 listed, 1 since lost: 69 known followers of the 4,812 the profile says.
  await until(async () => /knows 69 of your 4,812 X followers/.test(await dash.getByTestId('coverage').innerText()), {
    what: 'coverage on the dashboard',
  });
  assert.match(await dash.getByTestId('follower-changes').innerText(), /7 days: \+0 new, −1 lost/);
  assert.match(await dash.getByTestId('capture-health').innerText(), /knows 69 of your 4,812 X followers/);
});

import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { launch, until } from './harness.mjs';
import { scriptedPage, storedLeads, health, tabWithPerson } from './site.mjs';
import { handLinkedIn, realLinkedIn, routeLinkedIn, voyager } from './linkedin-site.mjs';

let ext;
beforeEach(async () => {
  ext = await launch();
});
afterEach(() => ext?.close());

async function visit(path) {
  const page = await ext.context.newPage();
  await page.goto(`https://www.linkedin.com${path}`);
  return page;
}

const settled = (n) =>
  until(
    async () => {
      const leads = await storedLeads(ext);
      return leads.length === n ? leads : false;
    },
    { what: `${n} stored leads` },
  );

test('who viewed your profile (wvmpCards) yields exactly its named viewers', async () => {
  const json = await handLinkedIn('wvmpCards.hand-built.json');
  await routeLinkedIn(ext.context, {
    pages: { '/me/profile-views/': scriptedPage({ calls: [{ url: voyager.wvmpCards, via: 'fetch' }] }) },
    api: { [voyager.wvmpCards]: json },
  });
  await visit('/me/profile-views/');
  // The fixture's _comment: three full viewers; the obfuscated, private and job-title cards are not people.
  const leads = await settled(3);
  assert.deepEqual(leads.map((l) => l.id).sort(), [
    'linkedin:dana-reyes-42',
    'linkedin:mei-tanaka',
    'linkedin:sam-ortiz',
  ]);
  assert.ok(leads.every((l) => l.stage === 'new' && l.signals[0].kind === 'viewed_profile'));
  const h = await until(() => health(ext, 'linkedin.profile_views'), { what: 'health' });
  assert.ok(h.skipped.anonymous_viewer >= 1 && h.skipped.private_viewer >= 1, JSON.stringify(h.skipped));
});

test('the analytics profile-views page (GraphQL, via XHR) yields its viewers', async () => {
  const json = await handLinkedIn('premiumDashAnalyticsObject.normalized.hand-built.json');
  await routeLinkedIn(ext.context, {
    pages: { '/analytics/profile-views/': scriptedPage({ calls: [{ url: voyager.analytics, via: 'xhr' }] }) },
    api: { [voyager.analytics]: json },
  });
  await visit('/analytics/profile-views/');
  const leads = await settled(3);
  assert.deepEqual(
    leads.map((l) => l.handle).sort(),
    ['lee-chen-buyer', 'priya-nair-7', 'tomás-álvarez'] /* /in/tom%C3%A1s-%C3%A1lvarez/ decoded */,
  );
});

test('the followers page yields followers', async () => {
  const json = await handLinkedIn('searchDashClusters-followers.normalized.hand-built.json');
  const path = '/mynetwork/network-manager/people-follow/followers/';
  await routeLinkedIn(ext.context, {
    pages: { [path]: scriptedPage({ calls: [{ url: voyager.followers, via: 'fetch' }] }) },
    api: { [voyager.followers]: json },
  });
  await visit(path);
  // Ana, Ben and Chloé; the "LinkedIn Member" without a profile link is not a lead.
  const leads = await settled(3);
  assert.deepEqual(
    leads.map((l) => l.handle).sort(),
    ['ana-silva-dev', 'ben-okafor', 'chloe-martin-lyon'] /* /in/Chloe-Martin-Lyon/ lower-cased */,
  );
  assert.ok(leads.every((l) => l.signals[0].kind === 'followed' && l.signals[0].source === 'linkedin.followers'));
});

test('notifications yield one follow and one profile view, nothing for a reaction', async () => {
  const json = await handLinkedIn('notificationCards.normalized.hand-built.json');
  await routeLinkedIn(ext.context, {
    pages: { '/notifications/': scriptedPage({ calls: [{ url: voyager.notifications, via: 'fetch' }] }) },
    api: { [voyager.notifications]: json },
  });
  await visit('/notifications/');
  const leads = await settled(2);
  const kinds = Object.fromEntries(leads.map((l) => [l.handle, l.signals[0].kind]));
  assert.deepEqual(kinds, { 'nadia-haddad': 'followed', 'oskar-lind': 'viewed_profile' });
});

test('a DOM-only profile-views page yields its named rows, never the anonymous ones', async () => {
  await routeLinkedIn(ext.context, {
    pages: { '/analytics/profile-views/': await handLinkedIn('profile-views.hand-built.html') },
  });
  await visit('/analytics/profile-views/');
  const leads = await settled(2);
  assert.deepEqual(leads.map((l) => l.handle).sort(), ['kenji-mori-88', 'rosa-delgado']);
});

test("a profile page that is not the user's own lists nobody by itself, but knows who it shows", async () => {
  await routeLinkedIn(ext.context, { pages: { '/in/jordan-blake/': await handLinkedIn('profile.hand-built.html') } });
  const page = await visit('/in/jordan-blake/');
  await page.waitForLoadState('load');
  const found = await until(() => tabWithPerson(ext), { what: 'the tab person' });
  assert.equal(found.person.handle, 'jordan-blake');
  assert.equal(found.person.displayName, 'Jordan Blake');
  // Give the content script time to have done anything it would do, then check nothing was stored.
  await page.waitForTimeout(2000);
  assert.deepEqual(await storedLeads(ext), []);
});

test("an Ember page's preload blocks are read in the browser: the profile they embed completes the tab person", async () => {
  // The real June 2023 education page (SOURCES.md): its WebTopCardCore profile rides in a
  // <code id="bpr-guid-…"> block, not a request. The member id and headline are only there.
  const path = '/in/harith-al-safi/details/education/';
  await routeLinkedIn(ext.context, {
    pages: { [path]: await realLinkedIn('profile-details-education-page.2023-06.html') },
  });
  await visit(path);
  const found = await until(
    async () => {
      const tab = await tabWithPerson(ext);
      return tab?.person.platformUserId ? tab : false;
    },
    { what: 'the tab person with its member id' },
  );
  assert.equal(found.person.handle, 'harith-al-safi');
  assert.equal(found.person.platformUserId, 'ACoAAC9P7scB1yv1hA-ZjtKBAxcuNQvmvu08uhI');
  assert.equal(found.person.headline, 'Software Engineer | Computer Engineer | AI Enthusiast');
});

test('the profile in the current tab is saved from the popup as one lead; saving again does not duplicate', async () => {
  await routeLinkedIn(ext.context, { pages: { '/in/jordan-blake/': await handLinkedIn('profile.hand-built.html') } });
  await visit('/in/jordan-blake/');
  const { tabId, person } = await until(() => tabWithPerson(ext), { what: 'the tab person' });
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(ext.url(`popup.html?tabId=${tabId}`));
  await popup.getByTestId('save-lead').click();
  const saved = await settled(1);
  assert.equal(saved[0].id, 'linkedin:jordan-blake');
  assert.equal(saved[0].displayName, 'Jordan Blake');
  assert.deepEqual(
    saved[0].signals.map((s) => [s.kind, s.source]),
    [['saved', 'manual']],
  );
  // Reopened, the popup shows the lead instead of the button; saving the same person again adds nothing.
  await popup.reload();
  await popup.getByTestId('tab-person-cadence').waitFor();
  assert.equal(await popup.getByTestId('save-lead').count(), 0);
  assert.equal((await ext.api('lead.save', { person })).ok, true);
  const again = await storedLeads(ext);
  assert.equal(again.length, 1);
  assert.equal(again[0].signals.length, 1);
});

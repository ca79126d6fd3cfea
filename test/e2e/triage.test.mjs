// Triage end to end (issue #14): an x.com notifications page names two new followers, one that
// looks like a spam account and one founder. The bot is marked likely false with its reasons and
// hidden from New (and the badge) when the popup's switch is on; the include word "founder" set in
// the dashboard raises the founder's fit; one key in the popup disqualifies the bot, with undo; and
// the dashboard disqualifies every likely false lead in its view at once, with undo.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, until } from './harness.mjs';
import { appPage, graphqlUrl, handX, routeX, signIn, storedLeads } from './x-site.mjs';

let ext;
before(async () => {
  ext = await launch();
  await signIn(ext.context);
});
after(() => ext?.close());

const DAY = 24 * 60 * 60 * 1000;
const BOT = 'x:1792000000000000001';
const FOUNDER = 'x:1792000000000000002';

/** X's `created_at` form ("Tue Mar 01 10:00:00 +0000 2022"), as the real responses write it. */
function xDate(date) {
  const [weekday, day, month, year, time] = date.toUTCString().replace(',', '').split(' ');
  return `${weekday} ${month} ${day} ${time} +0000 ${year}`;
}

/** NotificationsTimeline.hand.json with one follow naming the two people, built on its first user. */
async function notifications() {
  const json = JSON.parse(await handX('NotificationsTimeline.hand.json'));
  const timeline = json.data.viewer_v2.user_results.result.notification_timeline.timeline;
  const entries = timeline.instructions.find((i) => i.type === 'TimelineAddEntries').entries;
  const follow = entries.find((e) => e.content.itemContent?.rich_message?.text.includes('followed you'));
  const template = follow.content.itemContent.template;
  const person = (id, legacy) => {
    const copy = structuredClone(template.from_users[0]);
    copy.user_results.result.rest_id = id.slice(2);
    Object.assign(copy.user_results.result.legacy, legacy);
    return copy;
  };
  template.from_users = [
    // Every weak sign at once: X's default avatar, no bio, letters then 8 digits, following 4,000
    // with no followers, an account two days old.
    person(BOT, {
      screen_name: 'jane84736251',
      name: 'jane',
      description: '',
      followers_count: 0,
      friends_count: 4000,
      profile_image_url_https: 'https://abs.twimg.com/sticky/default_profile_images/default_profile_normal.png',
      // Two days before it followed: triage measures age when the lead arrived (its follow time).
      created_at: xDate(new Date(Number(follow.content.itemContent.timestamp_ms) - 2 * DAY)),
    }),
    person(FOUNDER, {
      screen_name: 'ada_founds',
      name: 'Ada Founder',
      description: 'Founder of a fintech startup in Lisbon',
      followers_count: 2400,
      friends_count: 500,
      created_at: 'Sun Mar 01 10:00:00 +0000 2015',
    }),
  ];
  entries.splice(0, entries.length, follow);
  return JSON.stringify(json);
}

const byId = async () => new Map((await storedLeads(ext)).map((l) => [l.id, l]));
const badge = () => ext.worker.evaluate(() => chrome.action.getBadgeText({}));
const rowIds = (page) =>
  page
    .getByTestId('list-new')
    .getByTestId('lead-row')
    .evaluateAll((rows) => rows.map((r) => r.dataset.leadId));

let founderFit;

test('a bot-like follower is marked likely false with reasons; the switch hides it from New and the badge', async () => {
  const body = await notifications();
  const url = graphqlUrl('NotificationsTimeline', { timeline_type: 'All', count: 20 });
  await routeX(ext.context, {
    pages: { '/notifications': appPage({ calls: [{ url, via: 'fetch' }] }) },
    api: { NotificationsTimeline: body },
  });
  const page = await ext.context.newPage();
  await page.goto('https://x.com/notifications');
  await until(async () => (await byId()).size === 2, { what: 'both followers stored' });
  const leads = await byId();
  const bot = leads.get(BOT).triage;
  assert.equal(bot.likelyFalse, true);
  for (const reason of ['default avatar', 'empty bio', 'handle ends in 8 digits', 'account 2 days old'])
    assert.ok(bot.reasons.includes(reason), `${reason} in ${bot.reasons}`);
  assert.equal(leads.get(FOUNDER).triage.likelyFalse, false);
  founderFit = leads.get(FOUNDER).triage.fit;
  await page.close();

  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(ext.url('popup.html'));
  await until(async () => (await rowIds(popup)).length === 2, { what: 'two rows in New' });
  const chip = popup.locator(`[data-lead-id="${BOT}"]`).getByTestId('false-chip');
  assert.equal(await chip.innerText(), 'likely false · default avatar');
  assert.match(await chip.getAttribute('title'), /empty bio; handle ends in 8 digits/);
  assert.equal(await popup.locator(`[data-lead-id="${FOUNDER}"]`).getByTestId('false-chip').count(), 0);
  // The badge is recounted 400 ms after the capture's write settles, not with it.
  await until(async () => (await badge()) === '2', { what: 'the badge counting both' });

  await popup.getByTestId('hide-false').check();
  await until(async () => (await rowIds(popup)).join() === FOUNDER, { what: 'only the founder in New' });
  assert.equal(await popup.getByTestId('false-count').innerText(), '1 hidden as likely false');
  await until(async () => (await badge()) === '1', { what: 'the badge without the bot' });
  assert.equal((await byId()).size, 2, 'hidden, never deleted');

  await popup.getByTestId('hide-false').uncheck();
  await until(async () => (await rowIds(popup)).length === 2, { what: 'the bot back in New' });
  await until(async () => (await badge()) === '2', { what: 'the badge with the bot again' });
  await popup.close();
});

test('the include word "founder", saved in the dashboard, raises the founder\'s fit and not the bot\'s', async () => {
  const dash = await ext.context.newPage();
  await dash.goto(ext.url('dashboard.html'));
  await dash.getByRole('tab', { name: /settings/i }).click();
  await dash.getByTestId('icp-include').fill('founder');
  await until(async () => /^Would match 1 lead of 2\.$/.test(await dash.getByTestId('icp-preview').innerText()), {
    what: 'the live preview counting the founder',
  });
  await dash.getByRole('button', { name: 'Save and re-score' }).click();
  await until(async () => /All 2 leads re-scored/.test(await dash.getByTestId('triage-progress').innerText()), {
    what: 'the re-scoring finished',
  });
  const leads = await byId();
  const fit = leads.get(FOUNDER).triage;
  assert.ok(fit.fit > founderFit, `fit ${fit.fit} > ${founderFit} before`);
  assert.deepEqual(fit.matched, ['founder']);
  assert.deepEqual(leads.get(BOT).triage.matched, []);
  assert.ok(leads.get(BOT).triage.fit < fit.fit);
  await dash.close();
});

test('New shows fit once words are set; one key marks the bot a false lead with its reasons, and Undo puts it back', async () => {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(ext.url('popup.html'));
  await until(async () => (await rowIds(popup)).length === 2, { what: 'two rows in New' });
  // With ideal-customer words set, New shows each lead's fit.
  const detail = popup.locator(`[data-lead-id="${FOUNDER}"] .detail`);
  assert.match(await detail.innerText(), /^waiting .+ · fit 80$/);
  const list = popup.getByTestId('list-new');
  await list.focus();
  if ((await rowIds(popup))[0] !== BOT) await list.press('ArrowDown');
  await list.press('x');
  await until(async () => (await rowIds(popup)).join() === FOUNDER, { what: 'the bot out of New' });
  assert.equal(await popup.getByTestId('toast').locator('.text').innerText(), 'jane marked a false lead.');
  const marked = (await byId()).get(BOT);
  assert.equal(marked.stage, 'disqualified');
  assert.match(marked.disqualifiedReason, /^false lead: default avatar, empty bio, handle ends in 8 digits/);
  await until(async () => (await badge()) === '1', { what: 'the badge without the bot' });

  await popup.getByTestId('undo').click();
  await until(async () => (await rowIds(popup)).length === 2, { what: 'the bot back in New' });
  const back = (await byId()).get(BOT);
  assert.equal(back.stage, 'new');
  assert.equal(back.disqualifiedReason, undefined);
  await popup.close();
});

test('the dashboard disqualifies every likely false lead in its view at once, with undo', async () => {
  const dash = await ext.context.newPage();
  await dash.goto(ext.url('dashboard.html'));
  await dash.getByTestId('filter-triage').selectOption('false');
  await until(async () => /^1 lead of 2$/.test(await dash.getByTestId('shown-count').innerText()), {
    what: 'the view narrowed to the bot',
  });
  const button = dash.getByTestId('disqualify-false');
  assert.equal(await button.innerText(), 'Disqualify 1 likely false lead in this view');
  await button.click();
  await until(async () => (await byId()).get(BOT).stage === 'disqualified', { what: 'the bot disqualified' });
  assert.equal((await byId()).get(FOUNDER).stage, 'new', 'the founder is not in the view');
  await until(async () => (await button.count()) === 0, { what: 'nothing left to disqualify in the view' });
  await dash.getByTestId('undo').click();
  await until(async () => (await byId()).get(BOT).stage === 'new', { what: 'the bot back in new' });
  await dash.close();
});

// The rep's toolbar (issue #5), end to end: the popup in real headless Chromium, driven through its
// UI with the keyboard and clicks; the background API only seeds data and reads back what was stored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, backup, lead, until, routeSite, readText, screenshot, PAGES } from './harness.mjs';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

let ext;
let popup;
before(async () => {
  ext = await launch();
});
after(() => ext?.close());

/** A lead first seen `ago` ms before now (the background runs on the real clock). */
function seenAgo(ago, overrides) {
  const at = new Date(Date.now() - ago).toISOString();
  const source = overrides.id.startsWith('x:') ? 'x.notifications' : 'linkedin.profile_views';
  const kind = source === 'x.notifications' ? 'followed' : 'viewed_profile';
  return lead({ firstSeenAt: at, lastSignalAt: at, signals: [{ kind, at, source, account: null }], ...overrides });
}

const HOSTILE = '<img src=x onerror=alert(1)>\u202Eevil';
const LEADS = [
  seenAgo(3 * HOUR, { id: 'x:1001', handle: 'ada', displayName: 'Ada Lovelace', headline: 'Analytical engines' }),
  seenAgo(2 * DAY + HOUR, { id: 'linkedin:grace-hopper', displayName: 'Grace Hopper', headline: 'Compilers, Navy' }),
  seenAgo(20 * MINUTE, { id: 'x:1003', handle: 'mallory', displayName: HOSTILE, headline: '\u202Ereversed' }),
];

async function openPopup(query = '') {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(ext.url(`popup.html${query}`));
  return page;
}

const badge = () => ext.worker.evaluate(() => chrome.action.getBadgeText({}));
const badgeIs = (text) => until(async () => (await badge()) === text, { what: `badge "${text}"` });
const shows = (page, testId, pattern) =>
  until(async () => pattern.test(await page.getByTestId(testId).innerText()), { what: `${testId} ~ ${pattern}` });
const rowNames = (page, list) => page.getByTestId(list).getByTestId('lead-row').locator('.name').allInnerTexts();

/** `yyyy-MM-ddTHH:mm` in the browser's zone (it shares this process's TZ): a datetime-local value. */
function localInput(date) {
  const p = (n) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
  return `${day}T${p(date.getHours())}:${p(date.getMinutes())}`;
}

async function exported() {
  const reply = await ext.api('backup.export');
  assert.equal(reply.ok, true);
  return reply.data;
}

test('New lists untouched new leads, longest waiting first, and the badge counts them', async () => {
  const reply = await ext.api('backup.import', { backup: backup({ leads: LEADS }), mode: 'merge' });
  assert.deepEqual(reply, { ok: true, data: { leads: 3, touches: 0 } });
  await badgeIs('3');
  popup = await openPopup();
  await shows(popup, 'lead-count', /^3 leads$/);
  await shows(popup, 'tab-new', /New\s*3/);
  await until(async () => (await rowNames(popup, 'list-new')).length === 3, { what: 'three new rows' });
  assert.deepEqual(await rowNames(popup, 'list-new'), ['Grace Hopper', 'Ada Lovelace', HOSTILE]);
  const list = await popup.getByTestId('list-new').innerText();
  assert.match(list, /waiting 2 d/);
  assert.match(list, /waiting 3 h/);
  // Hostile names are shown as the text they are, never as markup.
  assert.equal(await popup.locator('img').count(), 0);
  await screenshot(popup, 'popup-new.png');
});

test('a rep logs a full cadence from the keyboard: last attempt, end, and a refused sixth touch', async () => {
  // The list has focus when the popup opens; arrows move, Enter opens.
  await popup.keyboard.press('ArrowDown');
  await popup.keyboard.press('Enter');
  await shows(popup, 'lead-name', /^Ada Lovelace$/);
  await shows(popup, 'cadence-line', /^not started · waiting 3 h$/);
  assert.equal(await popup.getByTestId('touch-channel').inputValue(), 'x_dm');

  const base = Date.now();
  const daysAgo = [8, 6, 4, 2];
  for (const [i, days] of daysAgo.entries()) {
    await popup.getByTestId('touch-when').selectOption('at');
    await popup.getByTestId('touch-at').fill(localInput(new Date(base - days * DAY)));
    await popup.getByTestId('touch-value-prop').fill(`Idea ${i + 1}`);
    await popup.getByTestId('touch-note').fill(`Touch ${i + 1}, as sent ${days} days ago`);
    await popup.getByTestId('touch-note').press('Enter');
    await shows(popup, 'touch-notice', new RegExp(`Touch logged: ${i + 1} of 5`));
  }
  await shows(popup, 'cadence-line', /^last attempt · due now$/);
  await shows(popup, 'last-attempt', /say in this message that it is your last one/);
  assert.equal(await popup.getByTestId('touch').count(), 4);
  // Ada is no longer new but her last touch is due: 2 new + 1 due.
  await badgeIs('3');

  // A repeated value proposition is pointed out before sending.
  await popup.getByTestId('touch-value-prop').fill('  idea 2 ');
  await shows(popup, 'repeat-warning', /“Idea 2” was already used/);
  assert.match(await popup.getByTestId('used-value-props').innerText(), /Idea 1 · Idea 2 · Idea 3 · Idea 4/);
  await shows(popup, 'touch-notice', /last attempt: tell them it is your last message/);

  // The Due list marks her last attempt.
  await popup.keyboard.press('Escape');
  await popup.keyboard.press('2');
  await shows(popup, 'tab-due', /Due\s*1/);
  await shows(popup, 'list-due', /Ada Lovelace[\s\S]*last attempt — tell them/);
  await screenshot(popup, 'popup-due.png');
  await popup.keyboard.press('Enter');
  await shows(popup, 'lead-name', /^Ada Lovelace$/);

  // The fifth touch, now, ends the cadence and moves her to nurture.
  await popup.getByTestId('touch-value-prop').fill('Saves them time');
  await popup.getByTestId('touch-note').fill('Last message from me: the offer stands.');
  await popup.getByTestId('touch-note').press('Enter');
  await shows(popup, 'touch-notice', /Touch logged: 5 of 5\. That was the last attempt\./);
  await shows(popup, 'cadence-line', /^ended · 5 of 5 touches$/);
  assert.equal(await popup.getByTestId('stage').inputValue(), 'nurture');
  await popup.getByTestId('restart-reason').waitFor();
  await badgeIs('2');

  // A sixth is refused, with the reason.
  await popup.getByTestId('touch-note').fill('One more?');
  await popup.getByTestId('log-touch').click();
  await shows(popup, 'touch-notice', /has had 5 of 5 touches; the cadence has ended\. Restart the cadence/);
  const stored = await exported();
  assert.equal(stored.touches.filter((t) => t.leadId === 'x:1001').length, 5);
  const ada = stored.touches.filter((t) => t.leadId === 'x:1001').sort((a, b) => a.at.localeCompare(b.at));
  assert.deepEqual(
    ada.map((t) => t.lastAttempt),
    [false, false, false, false, true],
  );
});

test('a reply on a touch ends that cadence and makes the lead a contact', async () => {
  await popup.keyboard.press('Escape');
  await popup.keyboard.press('1');
  await shows(popup, 'tab-new', /New\s*2/);
  await popup.keyboard.press('Home');
  await popup.keyboard.press('Enter');
  await shows(popup, 'lead-name', /^Grace Hopper$/);
  assert.equal(await popup.getByTestId('touch-channel').inputValue(), 'linkedin_message');
  await popup.getByTestId('touch-note').fill('Loved your talk on compilers.');
  await popup.getByTestId('touch-note').press('Enter');
  await shows(popup, 'cadence-line', /^touch 1 of 5 · 35 days left · next due in 2 days$/);
  // Grace left New and is not due yet: only the hostile lead is left to act on.
  await badgeIs('1');

  await popup.getByTestId('mark-replied').click();
  await shows(popup, 'cadence-line', /^replied$/);
  await until(async () => (await popup.getByTestId('stage').inputValue()) === 'contact', { what: 'stage contact' });
  const grace = (await exported()).leads.find((l) => l.id === 'linkedin:grace-hopper');
  assert.equal(grace.stage, 'contact');
  assert.equal(await badge(), '1');
});

test('All searches names, handles and headlines; / focuses the search', async () => {
  await popup.keyboard.press('Escape');
  await popup.keyboard.press('/');
  assert.equal(await popup.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'search');
  await shows(popup, 'tab-all', /All\s*3/);
  await until(async () => (await rowNames(popup, 'list-all')).length === 3, { what: 'all leads listed' });
  await screenshot(popup, 'popup-all.png');

  await popup.keyboard.type('compil');
  await until(async () => (await rowNames(popup, 'list-all')).join() === 'Grace Hopper', { what: 'headline hit' });
  await shows(popup, 'tab-all', /All\s*1/);
  await popup.getByTestId('search').fill('@mallory');
  await until(async () => (await rowNames(popup, 'list-all')).join() === HOSTILE, { what: 'handle hit' });
  await popup.getByTestId('search').fill('ada love');
  await until(async () => (await rowNames(popup, 'list-all')).join() === 'Ada Lovelace', { what: 'name hit' });
  await popup.keyboard.press('Enter');
  await shows(popup, 'lead-name', /^Ada Lovelace$/);
  await popup.keyboard.press('Escape');
  await popup.getByTestId('search').fill('nobody here');
  await shows(popup, 'list-all', /No lead has a word starting with “nobody here”/);
});

test('Save as lead from the X profile in the current tab; saving again does not duplicate', async () => {
  const html = await readText(join(PAGES, 'x-profile.html'));
  await routeSite(ext.context, 'https://x.com/**', (url) =>
    url.pathname === '/XDevelopers' ? { body: html } : undefined,
  );
  const site = await ext.context.newPage();
  await site.goto('https://x.com/XDevelopers');
  const api = await ext.apiPage();
  const ask = () =>
    api.evaluate(async () => {
      for (const tab of await chrome.tabs.query({})) {
        const person = await chrome.tabs.sendMessage(tab.id, { type: 'tab.person' }).catch(() => null);
        if (person?.handle === 'XDevelopers') return { tabId: tab.id, person };
      }
      return null;
    });
  const { tabId, person } = await until(ask, { what: 'the X tab answering tab.person' });
  assert.equal(person.platformUserId, '2244994945');

  const page = await openPopup(`?tabId=${tabId}`);
  await shows(page, 'tab-person', /Developers[\s\S]*@XDevelopers/);
  await shows(page, 'lead-count', /^3 leads$/);
  await page.getByTestId('save-lead').click();
  await shows(page, 'lead-count', /^4 leads$/);
  await shows(page, 'tab-person-cadence', /not started · waiting/);
  const saved = (await exported()).leads.filter((l) => l.id === 'x:2244994945');
  assert.equal(saved.length, 1);
  assert.deepEqual(
    saved[0].signals.map((s) => s.kind),
    ['saved'],
  );

  // Reopened, the popup knows the person is a lead; saving the same person again changes nothing.
  await page.reload();
  await shows(page, 'tab-person-cadence', /not started/);
  assert.equal(await page.getByTestId('save-lead').count(), 0);
  assert.equal((await ext.api('lead.save', { person })).ok, true);
  assert.equal((await exported()).leads.filter((l) => l.id === 'x:2244994945').length, 1);
  await shows(page, 'lead-count', /^4 leads$/);
  await page.getByTestId('open-tab-lead').click();
  await shows(page, 'lead-name', /^Developers$/);
  await page.close();
  await site.close();
});

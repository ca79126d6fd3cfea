// The demo's story: Touchline capturing on recorded pages, through the real path (page hook →
// content script → background → IndexedDB), with nothing seeded. x.com and www.linkedin.com are
// served locally from the fixtures the E2E suite uses; nothing leaves the machine.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, until } from '../test/e2e/harness.mjs';
import { scriptedPage, storedLeads } from '../test/e2e/site.mjs';
import { ME, appPage, graphqlUrl, handX, realX, routeX, signIn } from '../test/e2e/x-site.mjs';
import { handLinkedIn, routeLinkedIn, voyager } from '../test/e2e/linkedin-site.mjs';

const banner = (site, what) =>
  `<h1 style="font:600 20px system-ui;margin:24px">${site} (recorded, served by the demo)</h1>` +
  `<p style="font:15px system-ui;margin:0 24px">${what}. Touchline reads the response this page's own script receives.</p>`;

/**
 * The recorded notifications and views are months old; moved so the newest is `minutes` ago, the
 * popup's "waiting" clock reads as it would on the day (every time keeps its distance to the others).
 */
export function movedToToday(json, minutes) {
  const TIME = /("(?:timestamp_ms|viewedAt)": ?"?)(\d{13})/g;
  const newest = Math.max(...[...json.matchAll(TIME)].map((m) => Number(m[2])));
  const shift = Date.now() - minutes * 60_000 - newest;
  return json.replace(TIME, (_, key, ms) => key + String(Number(ms) + shift));
}

/** Routes the two recorded sites: the followers list (real capture), notifications, profile views. */
async function routeSites(context) {
  await routeX(context, {
    pages: {
      [`/${ME.handle}/followers`]: appPage({
        calls: [{ url: graphqlUrl('Followers', { userId: ME.id, count: 70 }), via: 'fetch' }],
        body: banner('x.com', `@${ME.handle}'s followers`),
      }),
      '/notifications': appPage({
        calls: [{ url: graphqlUrl('NotificationsTimeline', { timeline_type: 'All', count: 20 }), via: 'fetch' }],
        body: banner('x.com', 'Your notifications'),
      }),
    },
    api: {
      Followers: await realX('Followers.2026-08-07.json'),
      NotificationsTimeline: movedToToday(await handX('NotificationsTimeline.hand.json'), 12),
    },
  });
  await routeLinkedIn(context, {
    pages: {
      '/me/profile-views/': scriptedPage({
        calls: [{ url: voyager.wvmpCards, via: 'fetch' }],
        body: banner('www.linkedin.com', 'Who viewed your profile'),
      }),
    },
    api: { [voyager.wvmpCards]: movedToToday(await handLinkedIn('wvmpCards.hand-built.json'), 40) },
  });
}

const isBaseline = (l) => l.stage === 'lead' && l.signals.some((s) => s.source === 'x.followers');
const isNewFollower = (l) => l.stage === 'new' && l.signals.some((s) => s.source === 'x.notifications');
const isViewer = (l) => l.signals.some((s) => s.kind === 'viewed_profile');

/** What the store holds, counted the way the summary prints it. */
export function countStory(leads) {
  return {
    baseline: leads.filter(isBaseline).length,
    newFollowers: leads.filter(isNewFollower).length,
    viewers: leads.filter(isViewer).length,
  };
}

/**
 * Walks the story and returns the running browser (`ext`, for the caller to keep open or close)
 * and the summary. `log` receives one line per step.
 */
export async function runDemo({ headless = true, outDir = '.output/demo', log = console.log } = {}) {
  await mkdir(outDir, { recursive: true });
  const ext = await launch({ headless });
  const shots = [];
  const shoot = async (page, name) => {
    const path = join(outDir, name);
    await page.screenshot({ path });
    shots.push(path);
  };
  const settled = (what, test) =>
    until(async () => test(countStory(await storedLeads(ext))), { what, timeout: 20_000 });
  try {
    await signIn(ext.context);
    await routeSites(ext.context);
    const visit = async (url) => {
      const page = await ext.context.newPage();
      await page.goto(url);
      await page.locator('body[data-done]').waitFor({ state: 'attached' });
      return page;
    };

    log(`1. x.com/${ME.handle}/followers: the first visit of your own list is the baseline`);
    await shoot(await visit(`https://x.com/${ME.handle}/followers`), '1-x-followers.png');
    await settled('the baseline', (c) => c.baseline > 0);

    log('2. x.com/notifications: follow notifications are new followers');
    await shoot(await visit('https://x.com/notifications'), '2-x-notifications.png');
    await settled('new followers', (c) => c.newFollowers > 0);

    log('3. linkedin.com/me/profile-views: who viewed your profile');
    await shoot(await visit('https://www.linkedin.com/me/profile-views/'), '3-linkedin-profile-views.png');
    await settled('profile viewers', (c) => c.viewers > 0);

    const counts = countStory(await storedLeads(ext));
    const badge = await until(
      async () => {
        const text = await ext.worker.evaluate(() => chrome.action.getBadgeText({}));
        return text === String(counts.newFollowers + counts.viewers) && text;
      },
      { what: 'the badge to count the new leads' },
    );

    log('4. the popup opens on New');
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(ext.url('popup.html'));
    await popup.getByTestId('list-new').getByTestId('lead-row').first().waitFor();
    await shoot(popup, '4-popup-new.png');

    log('5. the dashboard shows the funnel');
    const dashboard = await ext.context.newPage();
    await dashboard.goto(ext.url('dashboard.html'));
    await until(async () => (await dashboard.getByTestId('funnel-lead').innerText()) === String(counts.baseline), {
      what: 'the funnel',
    });
    await shoot(dashboard, '5-dashboard.png');
    await dashboard.bringToFront();
    return { ext, summary: { ...counts, badge, screenshots: shots } };
  } catch (error) {
    await ext.close();
    throw error;
  }
}

/** The lines the demo prints at the end. */
export function summaryLines({ baseline, newFollowers, viewers, badge, screenshots }) {
  return [
    'Captured, through the real capture path, with no account:',
    `  ${baseline} existing X followers saved as leads (the baseline: not new)`,
    `  ${newFollowers} new X followers, from your notifications`,
    `  ${viewers} LinkedIn profile viewers`,
    `  badge: ${badge} new`,
    `Screenshots: ${screenshots.join(', ')}`,
  ];
}

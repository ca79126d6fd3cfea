import { beforeEach, expect, test } from 'vitest';
import { captured, captureSignal } from '@/test/factories';
import { DEFAULT_SETTINGS } from '@/model';
import { TouchlineDb } from './db';
import { popupNewCounts, popupNewLeads } from './popup-queries';
import { updateLeads } from './leads';
import { badgeCount } from './queries';
import { retriageAll } from './retriage';
import { putSettings } from './settings';
import { upsertCaptured } from './upsert';

// Triage stored and indexed (issue #14): computed on capture, New and the badge can leave likely
// false leads out, and new ideal-customer words re-score every lead.
const NOW = new Date('2026-12-02T10:00:00Z');
let database: TouchlineDb;
beforeEach(async () => {
  database = new TouchlineDb(`triage-${Math.random()}`);
  await database.open();
});

/** A spam-looking follower: default avatar, no bio, letters then 8 digits, made the day before. */
const bot = captured({
  platform: 'x',
  platformUserId: '900',
  handle: 'jane84736251',
  displayName: 'jane',
  avatarUrl: 'https://abs.twimg.com/sticky/default_profile_images/default_profile_normal.png',
  accountCreatedAt: '2026-12-01T09:00:00.000Z',
  followersCount: 0,
  followingCount: 4_000,
});
const founder = captured({
  platform: 'x',
  platformUserId: '901',
  handle: 'ada',
  displayName: 'Ada Lovelace',
  headline: 'Founder of a fintech startup',
  avatarUrl: 'https://pbs.twimg.com/profile_images/901/ada_normal.jpg',
  accountCreatedAt: '2015-03-01T09:00:00.000Z',
  followersCount: 900,
  followingCount: 300,
});

test('a bot-like follower is marked likely false with reasons; hiding them leaves New and the badge', async () => {
  await upsertCaptured(database, [bot, founder], captureSignal({ source: 'x.notifications', account: '1' }), {
    now: NOW,
  });
  const spam = await database.leads.get('x:900');
  expect(spam?.triage?.likelyFalse).toBe(true);
  expect(spam?.triage?.reasons).toEqual(expect.arrayContaining(['default avatar']));
  expect((await database.leads.get('x:901'))?.triage?.likelyFalse).toBe(false);

  expect((await popupNewLeads(database)).rows.map((l) => l.id).sort()).toEqual(['x:900', 'x:901']);
  expect(await badgeCount(database, NOW)).toBe(2);
  await putSettings(database, { ...DEFAULT_SETTINGS, hideLikelyFalse: true });
  const hidden = await popupNewLeads(database, 100, { hideLikelyFalse: true });
  const counts = await popupNewCounts(database, { hideLikelyFalse: true });
  expect([hidden.rows.map((l) => l.id), counts.count, counts.likelyFalse]).toEqual([['x:901'], 1, 1]);
  expect(await popupNewCounts(database)).toEqual({ count: 2, likelyFalse: 1 });
  expect(await badgeCount(database, NOW)).toBe(1);
});

test('new ideal-customer words re-score every lead: "founder" raises the founder\'s fit', async () => {
  await upsertCaptured(database, [bot, founder], captureSignal({ source: 'x.notifications', account: '1' }), {
    now: NOW,
  });
  const before = (await database.leads.get('x:901'))?.triage?.fit ?? -1;
  await putSettings(database, { ...DEFAULT_SETTINGS, icp: { include: ['founder'], exclude: [] } });
  expect(await retriageAll(database)).toBe(2);
  const after = await database.leads.get('x:901');
  expect(after?.triage?.fit).toBeGreaterThan(before);
  expect(after?.triage?.matched).toEqual(['founder']);
  expect((await database.settings.get('triage.progress'))?.value).toEqual({ done: 2, total: 2, finished: true });
});

test('marking a false lead disqualifies it with the reason and takes it out of New; undo puts it back', async () => {
  await upsertCaptured(database, [bot, founder], captureSignal({ source: 'x.notifications', account: '1' }), {
    now: NOW,
  });
  const patch = { stage: 'disqualified', disqualifiedReason: 'false lead: default avatar' } as const;
  await updateLeads(database, { leadIds: ['x:900'], patch }, NOW);
  const marked = await database.leads.get('x:900');
  expect([marked?.stage, marked?.disqualifiedReason, marked?.queue]).toEqual([
    'disqualified',
    'false lead: default avatar',
    'disqualified',
  ]);
  expect((await popupNewLeads(database)).rows.map((l) => l.id)).toEqual(['x:901']);

  await updateLeads(database, { leadIds: ['x:900'], patch: { stage: 'new', disqualifiedReason: null } }, NOW);
  const back = await database.leads.get('x:900');
  expect([back?.stage, back?.disqualifiedReason, back?.queue]).toEqual(['new', undefined, 'new-false']);
  expect((await popupNewLeads(database)).rows.map((l) => l.id).sort()).toEqual(['x:900', 'x:901']);
});

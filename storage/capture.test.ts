import { beforeEach, expect, test } from 'vitest';
import { TouchlineDb } from './db';
import { ingestCapture, ingestCaptures } from './capture';
import { putSettings } from './settings';
import { DEFAULT_SETTINGS } from '@/model';
import type { CapturedPerson } from '@/capture/types';
import { captured } from '@/test/factories';

const NOW = new Date('2026-11-23T12:00:00Z');
let database: TouchlineDb;
beforeEach(async () => {
  database = new TouchlineDb(`capture-${Math.random()}`);
  await database.open();
});

const person = (id: string, extra: Partial<CapturedPerson> = {}) =>
  captured({ platform: 'x', platformUserId: id, handle: `h${id}`, ...extra });

test("someone else's X followers list is counted in health and stores nobody", async () => {
  const out = await ingestCapture(
    database,
    {
      kind: 'followed',
      source: 'x.followers',
      viewer: '1',
      listOwner: '2244994945',
      people: [person('5'), person('6')],
    },
    NOW,
  );
  expect(out.dropped).toBe('not_own_list');
  expect(await database.leads.count()).toBe(0);
  expect((await database.health.get('x.followers'))?.skipped).toEqual({ not_own_list: 2 });
});

test('an account listed as own in settings counts as own', async () => {
  await putSettings(database, { ...DEFAULT_SETTINGS, ownAccounts: ['2244994945'] });
  await ingestCapture(
    database,
    {
      kind: 'followed',
      source: 'x.followers',
      viewer: '1',
      listOwner: '2244994945',
      visitId: 'v',
      people: [person('5')],
    },
    NOW,
  );
  expect(await database.leads.count()).toBe(1);
});

test('a signal time in the future (forged by a page) is stored as now', async () => {
  await ingestCapture(
    database,
    {
      kind: 'followed',
      source: 'x.notifications',
      viewer: '1',
      people: [person('7', { at: '2099-01-01T00:00:00.000Z' })],
    },
    NOW,
  );
  expect((await database.leads.get('x:7'))?.lastSignalAt).toBe(NOW.toISOString());
});

test('a profile page never creates a lead, and marks a known lead as a follower when it says so', async () => {
  const profile = { kind: 'followed' as const, source: 'x.profile' as const, viewer: '1' };
  await ingestCapture(database, { ...profile, people: [person('8', { followsYou: true })] }, NOW);
  expect(await database.leads.count()).toBe(0);
  await ingestCapture(
    database,
    { kind: 'viewed_profile', source: 'linkedin.profile_views', viewer: null, people: [person('8')] },
    NOW,
  );
  await ingestCapture(database, { ...profile, people: [person('8', { followsYou: true, displayName: 'Eight' })] }, NOW);
  const lead = await database.leads.get('x:8');
  expect(lead?.displayName).toBe('Eight');
  expect(lead?.signals.map((s) => s.kind)).toEqual(['viewed_profile', 'followed']);
});

test('several captures stored together each get their own result', async () => {
  const { ingestCaptures } = await import('./capture');
  const results = await ingestCaptures(
    database,
    [
      { kind: 'followed', source: 'x.notifications', viewer: '1', people: [person('20'), person('21')] },
      { kind: 'followed', source: 'x.followers', viewer: '1', listOwner: '9', people: [person('22')] },
    ],
    NOW,
  );
  expect(results.map((r) => [r.created, r.dropped])).toEqual([
    [['x:20', 'x:21'], null],
    [[], 'not_own_list'],
  ]);
  expect(await database.leads.count()).toBe(2);
});

test('a batch writes each surface’s health once, still counting each response that yielded nobody as empty', async () => {
  const notifications = { kind: 'followed', source: 'x.notifications', viewer: '1', listOwner: null } as const;
  const views = { kind: 'viewed_profile', source: 'linkedin.profile_views', viewer: null, listOwner: null } as const;
  await ingestCaptures(
    database,
    [
      { ...notifications, people: [person('5'), person('6')] },
      { ...notifications, people: [], skipped: { no_user: 3 } },
      { ...views, people: [] },
      { ...notifications, people: [person('7', { platformUserId: null, handle: null })] },
    ],
    NOW,
  );
  expect(await database.health.get('x.notifications')).toMatchObject({
    responsesSeen: 3,
    peopleExtracted: 2,
    // The second response had nobody, the fourth nobody with an identity.
    emptyResponses: 2,
    skipped: { no_user: 3, no_identity: 1 },
    lastSuccessAt: NOW.toISOString(),
  });
  expect(await database.health.get('linkedin.profile_views')).toMatchObject({
    responsesSeen: 1,
    emptyResponses: 1,
    lastSuccessAt: null,
  });
});

// The follower roster through the capture path (issue #12): order-aware newness, lost followers,
// coverage counts, two tabs, LinkedIn before the member is known. IndexedDB is fake-indexeddb.
import { beforeEach, describe, expect, test } from 'vitest';
import type { CapturedPerson } from '@/capture/types';
import type { Payload } from '@/messaging/table';
import { captured } from '@/test/factories';
import { ingestCapture } from './capture';
import { TouchlineDb } from './db';

const ME = '1';
const T1 = new Date('2026-11-01T10:00:00Z');
const T2 = new Date('2026-11-10T10:00:00Z');
const T3 = new Date('2026-11-20T10:00:00Z');

let database: TouchlineDb;
beforeEach(async () => {
  database = new TouchlineDb(`roster-${Math.random()}`);
  await database.open();
});

const x = (id: string, extra: Partial<CapturedPerson> = {}) =>
  captured({ platform: 'x', platformUserId: id, handle: `h${id}`, ...extra });
const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => x(String(from + i)));

/** One response of @me's followers list: page `index` of visit `visitId`. */
function page(visitId: string, index: number, people: CapturedPerson[], opts: { first?: boolean; end?: boolean } = {}) {
  const msg: Payload<'capture.people'> = {
    kind: 'followed',
    source: 'x.followers',
    viewer: ME,
    listOwner: ME,
    visitId,
    list: { index, first: opts.first ?? index === 0, end: opts.end ?? false },
    people,
  };
  return msg;
}
const stage = async (id: string) => (await database.leads.get(`x:${id}`))?.stage;
const stages = async () => Object.fromEntries((await database.leads.toArray()).map((l) => [l.handle, l.stage]));

describe('order-aware newness', () => {
  test('the first visit is the baseline; a later visit marks only the people above the known new', async () => {
    await ingestCapture(database, page('v1', 0, ids(100, 3)), T1);
    await ingestCapture(database, page('v2', 0, [x('1'), x('2'), ...ids(100, 3)]), T2);
    expect(await stages()).toEqual({ h1: 'new', h2: 'new', h100: 'lead', h101: 'lead', h102: 'lead' });
  });

  test("issue #12's scenario: 2 newcomers on top and a deeper page of 15 older followers → 2 new", async () => {
    await ingestCapture(database, page('v1', 0, ids(100, 5)), T1);
    await ingestCapture(database, page('v2', 0, [x('1'), x('2'), ...ids(100, 5)]), T2);
    const deeper = await ingestCapture(database, page('v2', 1, ids(200, 15)), T2);
    const leads = await database.leads.toArray();
    expect(leads.filter((l) => l.stage === 'new').map((l) => l.id)).toEqual(['x:1', 'x:2']);
    expect(deeper.created).toHaveLength(15);
    const older = leads.filter((l) => l.id >= 'x:200');
    expect(older.map((l) => l.stage)).toEqual(Array(15).fill('lead'));
    // An older follower's signal claims no time: it is only when Touchline saw them.
    expect(older[0]?.signals).toEqual([
      { kind: 'followed', at: T2.toISOString(), source: 'x.followers', account: ME, undated: true },
    ]);
    const newcomer = leads.find((l) => l.id === 'x:1');
    expect(newcomer?.signals[0]?.undated).toBeUndefined();
  });

  test('a deeper page seen without the top of the list marks nobody new', async () => {
    await ingestCapture(database, page('v1', 0, ids(100, 3)), T1);
    await ingestCapture(database, page('v2', 0, ids(300, 4), { first: false }), T2);
    expect(await database.leads.where('stage').equals('new').count()).toBe(0);
  });

  test('two tabs at once: each reads its own order; the newcomer is new once', async () => {
    await ingestCapture(database, page('v1', 0, ids(100, 3)), T1);
    const a = ingestCapture(database, page('tabA', 0, [x('1'), ...ids(100, 3)]), T2);
    const b = ingestCapture(database, page('tabB', 0, [x('1'), ...ids(100, 3)]), T2);
    await Promise.all([a, b]);
    expect(await stage('1')).toBe('new');
    expect(await database.leads.count()).toBe(4);
    expect(await database.roster.count()).toBe(4);
  });

  test('a follow notification names a new follower; for someone already rostered it is not news', async () => {
    await ingestCapture(database, page('v1', 0, [x('9')]), T1);
    const note = { kind: 'followed' as const, source: 'x.notifications' as const, viewer: ME };
    const r = await ingestCapture(database, { ...note, people: [x('9', { at: T2.toISOString() })] }, T2);
    expect(r.resurfaced).toEqual([]);
    expect(await stage('9')).toBe('lead');
    await ingestCapture(database, { ...note, people: [x('10', { at: T2.toISOString() })] }, T2);
    expect(await stage('10')).toBe('new');
    const entry = await database.roster.get(`x:${ME}|x:10`);
    expect([entry?.evidence, entry?.followedAt]).toEqual(['notification', T2.toISOString()]);
  });
});

describe('lost followers, on evidence only', () => {
  const count = async (n: number) => {
    const profile = { kind: 'followed' as const, source: 'x.profile' as const, viewer: ME };
    await ingestCapture(database, { ...profile, people: [x(ME, { followersCount: n })] }, T1);
  };

  test('a scan from the top to the end without someone marks them lost, keeping the lead', async () => {
    await count(3);
    await ingestCapture(database, page('v1', 0, ids(100, 3), { end: true }), T1);
    await database.leads.update('x:101', { stage: 'contact' });
    await ingestCapture(database, page('v2', 0, [x('100')]), T2);
    const end = await ingestCapture(database, page('v2', 1, [x('102')], { end: true }), T2);
    expect(end.lost).toEqual(['x:101']);
    const lead = await database.leads.get('x:101');
    expect(lead?.stage).toBe('contact');
    expect(lead?.signals.at(-1)).toEqual({
      kind: 'unfollowed',
      at: T2.toISOString(),
      source: 'x.followers',
      account: ME,
    });
    expect((await database.roster.get(`x:${ME}|x:101`))?.status).toBe('lost');
    expect((await database.accounts.get(`x:${ME}`))?.endReachedAt).toBe(T2.toISOString());
  });

  test('an end far short of the follower count is a cut-off: nobody is lost', async () => {
    await count(1000);
    await ingestCapture(database, page('v1', 0, ids(100, 3)), T1);
    const end = await ingestCapture(database, page('v2', 0, [x('100')], { end: true }), T2);
    expect(end.lost).toEqual([]);
  });

  test('without a known follower count nobody is lost; with a gap neither', async () => {
    await ingestCapture(database, page('v1', 0, ids(100, 3)), T1);
    expect((await ingestCapture(database, page('v2', 0, [x('100')], { end: true }), T2)).lost).toEqual([]);
    await count(3);
    await ingestCapture(database, page('v3', 0, [x('100')]), T2);
    expect((await ingestCapture(database, page('v3', 2, [x('101')], { end: true }), T2)).lost).toEqual([]);
  });

  test('a profile saying a rostered follower no longer follows marks them lost', async () => {
    await ingestCapture(database, page('v1', 0, [x('7')]), T1);
    const profile = { kind: 'followed' as const, source: 'x.profile' as const, viewer: ME };
    const r = await ingestCapture(database, { ...profile, people: [x('7', { followsYou: false })] }, T2);
    expect(r.lost).toEqual(['x:7']);
    expect((await database.leads.get('x:7'))?.signals.map((s) => s.kind)).toEqual(['followed', 'unfollowed']);
  });

  test('someone lost who follows again is new again', async () => {
    await ingestCapture(database, page('v1', 0, [x('7')]), T1);
    const profile = { kind: 'followed' as const, source: 'x.profile' as const, viewer: ME };
    await ingestCapture(database, { ...profile, people: [x('7', { followsYou: false })] }, T2);
    const note = { kind: 'followed' as const, source: 'x.notifications' as const, viewer: ME };
    const r = await ingestCapture(database, { ...note, people: [x('7', { at: T3.toISOString() })] }, T3);
    expect(r.resurfaced).toEqual(['x:7']);
    expect(await stage('7')).toBe('new');
    expect((await database.roster.get(`x:${ME}|x:7`))?.status).toBe('follower');
  });
});

describe('accounts', () => {
  test("the own profile's follower count is the account's, for coverage", async () => {
    const profile = { kind: 'followed' as const, source: 'x.profile' as const, viewer: ME };
    await ingestCapture(database, { ...profile, people: [x(ME, { followersCount: 4812 })] }, T1);
    expect(await database.accounts.get(`x:${ME}`)).toMatchObject({ followersCount: 4812, baselineAt: null });
    expect(await database.leads.count()).toBe(0);
  });

  test('a LinkedIn followers visit before the member is known is still the baseline, joined later', async () => {
    const li = (slug: string) => captured({ platform: 'linkedin', platformUserId: null, handle: slug });
    const visit = (visitId: string, viewer: string | null, people: CapturedPerson[]) =>
      ingestCapture(
        database,
        {
          kind: 'followed',
          source: 'linkedin.followers',
          viewer,
          visitId,
          list: { index: 0, first: true, end: false },
          listTotal: 12,
          people,
        },
        T1,
      );
    await visit('v1', null, [li('ana'), li('bo')]);
    expect((await database.leads.toArray()).map((l) => l.stage)).toEqual(['lead', 'lead']);
    await visit('v2', 'me-slug', [li('cy'), li('ana'), li('bo')]);
    expect((await database.leads.get('linkedin:cy'))?.stage).toBe('new');
    expect((await database.accounts.toArray()).map((a) => [a.id, a.followersCount])).toEqual([
      ['linkedin:me-slug', 12],
    ]);
    expect(await database.roster.where('account').equals('linkedin:me-slug').count()).toBe(3);
  });
});

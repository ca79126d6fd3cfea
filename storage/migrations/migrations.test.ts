// Every earlier schema upgrades to the current one: each test opens the database as an earlier
// version declared it (no upgraders), seeds it the way that version stored data, closes it, and
// opens the current TouchlineDb, which runs the upgraders from there.
import { Dexie } from 'dexie';
import { describe, expect, test } from 'vitest';
import { lead, signal } from '@/test/factories';
import type { Signal } from '@/model';
import { TouchlineDb } from '../db';
import { VERSIONS } from './index';

async function seedAt(version: number, seed: (db: Dexie) => Promise<void>): Promise<string> {
  const name = `migrate-${version}-${Math.random()}`;
  const old = new Dexie(name);
  for (const v of VERSIONS.filter((v) => v.version <= version)) old.version(v.version).stores(v.stores);
  await old.open();
  await seed(old);
  old.close();
  return name;
}

const latest = Math.max(...VERSIONS.map((v) => v.version));

describe.each(VERSIONS.filter((v) => v.version < latest).map((v) => v.version))('from version %i', (from) => {
  test('opens at the current version with nothing lost', async () => {
    const name = await seedAt(from, async (db) => {
      await db.table('leads').put({ ...lead({ id: 'x:5' }), keys: ['x:id:5'], words: [], waitingSince: '' });
    });
    const db = new TouchlineDb(name);
    await db.open();
    expect(db.verno).toBe(latest);
    expect((await db.leads.get('x:5'))?.id).toBe('x:5');
    db.close();
  });
});

describe('version 1 → 2: the follower roster', () => {
  const follows = (account: string | null, at: string, source: Signal['source'] = 'x.followers') =>
    signal({ kind: 'followed', account, at, source });

  test('every followed signal becomes a roster entry of the account it names; visited lists keep their baseline', async () => {
    const name = await seedAt(1, async (db) => {
      const leads = [
        lead({ id: 'x:5', signals: [follows('99', '2026-11-01T00:00:00.000Z')] }),
        lead({
          id: 'x:6',
          signals: [
            signal({ kind: 'viewed_profile', source: 'linkedin.profile_views', at: '2026-11-02T00:00:00.000Z' }),
            follows('99', '2026-11-03T00:00:00.000Z', 'x.notifications'),
          ],
        }),
        lead({ id: 'x:7', signals: [signal({ kind: 'saved', source: 'manual', at: '2026-11-04T00:00:00.000Z' })] }),
        lead({
          id: 'linkedin:ana',
          platform: 'linkedin',
          signals: [follows(null, '2026-11-05T00:00:00.000Z', 'linkedin.followers')],
        }),
      ];
      await db.table('leads').bulkPut(leads.map((l) => ({ ...l, keys: [], words: [], waitingSince: l.firstSeenAt })));
      // Version 1 kept one record per visited list surface: its first visit was the baseline.
      await db
        .table('accounts')
        .put({ id: 'x.followers:99', baselineVisit: 'v-1', baselineAt: '2026-10-30T00:00:00.000Z' });
    });
    const db = new TouchlineDb(name);
    await db.open();
    const roster = (await db.roster.toArray()).map((e) => [e.id, e.evidence, e.status, e.followedAt ?? null]);
    expect(roster.sort()).toEqual([
      ['linkedin:?|linkedin:ana', 'migrated', 'follower', null],
      ['x:99|x:5', 'migrated', 'follower', null],
      ['x:99|x:6', 'migrated', 'follower', '2026-11-03T00:00:00.000Z'],
    ]);
    const accounts = (await db.accounts.toArray()).map((a) => [a.id, a.baselineAt]).sort();
    expect(accounts).toEqual([
      ['linkedin:?', '2026-11-05T00:00:00.000Z'],
      ['x:99', '2026-10-30T00:00:00.000Z'],
    ]);
    // Found by identity, as captures look them up.
    expect(await db.roster.where('keys').equals('x:99|x:id:6').count()).toBe(1);
    db.close();
  });
});

describe('version 3 → 4: triage', () => {
  test('every lead gets its triage and its New queue; a likely false new lead waits apart', async () => {
    const bot = lead({
      id: 'x:9',
      handle: 'jane84736251',
      headline: '',
      avatarUrl: 'https://abs.twimg.com/sticky/default_profile_images/default_profile_normal.png',
    });
    const name = await seedAt(3, async (db) => {
      await db
        .table('leads')
        .bulkPut(
          [bot, lead({ id: 'x:5', stage: 'lead' })].map((l) => ({ ...l, keys: [], words: [], waitingSince: '' })),
        );
    });
    const db = new TouchlineDb(name);
    await db.open();
    const [five, nine] = await db.leads.bulkGet(['x:5', 'x:9']);
    expect([five?.queue, five?.triage?.likelyFalse]).toEqual(['lead', false]);
    expect([nine?.queue, nine?.triage?.likelyFalse]).toEqual(['new-false', true]);
    db.close();
  });
});

describe('version 4 → 5: people', () => {
  test('leads are found by person; a lead of its own has none', async () => {
    const name = await seedAt(4, async (db) => {
      await db.table('leads').bulkPut(
        [lead({ id: 'x:5' }), lead({ id: 'x:6' })].map((l) => ({
          ...l,
          keys: [],
          words: [],
          waitingSince: '',
          queue: 'new',
        })),
      );
    });
    const db = new TouchlineDb(name);
    await db.open();
    expect(await db.leads.where('personId').equals('x:5').count()).toBe(0);
    await db.leads.update('x:5', { personId: 'x:5' });
    expect(await db.leads.where('personId').equals('x:5').primaryKeys()).toEqual(['x:5']);
    expect((await db.leads.get('x:6'))?.queue).toBe('new');
    db.close();
  });
});

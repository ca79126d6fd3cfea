import { beforeEach, expect, test } from 'vitest';
import { captured, lead, signal, touch } from '@/test/factories';
import { exportBackup, importBackup } from './backup';
import { syncCadence } from './cadence-sync';
import { ingestCapture } from './capture';
import { TouchlineDb } from './db';

const NOW = new Date('2026-11-23T12:00:00Z');
let database: TouchlineDb;
beforeEach(async () => {
  database = new TouchlineDb(`backup-${Math.random()}`);
  await database.open();
});

test('a version 2 backup carries the rosters and restores them exactly', async () => {
  const person = (id: string) => captured({ platform: 'x', platformUserId: id, handle: `h${id}` });
  const list = { kind: 'followed', source: 'x.followers', viewer: '1', listOwner: '1', visitId: 'v' } as const;
  await ingestCapture(database, { ...list, list: { index: 0, first: true, end: false }, people: [person('5')] }, NOW);
  const first = await exportBackup(database, NOW);
  expect(first.version).toBe(2);
  expect(first.roster?.map((e) => [e.account, e.person, e.evidence])).toEqual([['x:1', 'x:5', 'baseline']]);
  expect(first.accounts?.map((a) => a.id)).toEqual(['x:1']);

  const other = new TouchlineDb(`backup-${Math.random()}`);
  const r = await importBackup(other, JSON.parse(JSON.stringify(first)), 'replace');
  expect(r.ok).toBe(true);
  expect(await exportBackup(other, NOW)).toEqual(first);
});

test('a version 1 backup still imports, and its followed signals become the roster', async () => {
  const v1 = {
    format: 'touchline-backup',
    version: 1,
    exportedAt: '2026-11-22T12:00:00.000Z',
    leads: [
      lead({
        id: 'x:5',
        signals: [signal({ kind: 'followed', source: 'x.followers', account: '1', at: '2026-11-20T10:00:00.000Z' })],
      }),
    ],
    touches: [],
    settings: { cadence: { maxTouches: 5, maxDays: 35, minGapHours: 48 } },
  };
  expect(await importBackup(database, v1, 'merge')).toMatchObject({ ok: true, leads: 1 });
  expect((await database.roster.toArray()).map((e) => [e.id, e.evidence])).toEqual([['x:1|x:5', 'migrated']]);
  expect((await database.accounts.get('x:1'))?.baselineAt).toBe('2026-11-20T10:00:00.000Z');
});

test('a replacing import stores each touched lead’s cadence as a sync after the write would', async () => {
  const at = '2026-11-22T10:00:00.000Z';
  const file = {
    format: 'touchline-backup',
    version: 1,
    exportedAt: at,
    leads: [
      lead({ id: 'x:1', stage: 'lead' }),
      lead({ id: 'x:2', stage: 'lead' }),
      lead({ id: 'x:3' }),
      // One person on two platforms: Due shows them once, by the first lead.
      lead({ id: 'x:4', personId: 'x:4', stage: 'lead' }),
      lead({ id: 'linkedin:four', platform: 'linkedin', platformUserId: null, handle: 'four', personId: 'x:4' }),
    ],
    touches: [
      touch({ id: 't1', leadId: 'x:1', at }),
      touch({ id: 't2', leadId: 'x:2', at, outcome: 'replied' }),
      touch({ id: 't3', leadId: 'linkedin:four', at }),
    ],
    settings: { cadence: { maxTouches: 5, maxDays: 35, minGapHours: 48 } },
  };
  expect(await importBackup(database, structuredClone(file), 'replace', NOW)).toMatchObject({ ok: true, leads: 5 });
  const got = new Map((await database.leads.toArray()).map((l) => [l.id, l]));
  // A reply makes a contact and ends the cadence; an open one comes due after the 48-hour gap.
  expect(got.get('x:2')).toMatchObject({ stage: 'contact' });
  expect(got.get('x:2')?.dueAt).toBeUndefined();
  expect(got.get('x:1')?.dueAt).toBe('2026-11-24T10:00:00.000Z');
  expect(got.get('x:3')?.dueAt).toBeUndefined();
  expect(got.get('x:4')?.dueAt).toBe('2026-11-24T10:00:00.000Z');
  expect(got.get('linkedin:four')?.dueAt).toBeUndefined();

  // The same as writing the leads first and syncing them after (how the import did it before).
  const before = new TouchlineDb(`backup-${Math.random()}`);
  expect(await importBackup(before, { ...structuredClone(file), touches: [] }, 'replace', NOW)).toMatchObject({
    ok: true,
  });
  await before.touches.bulkPut(file.touches);
  await syncCadence(before, ['x:1', 'x:2', 'linkedin:four'], NOW);
  expect(await database.leads.toArray()).toEqual(await before.leads.toArray());
});

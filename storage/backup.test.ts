import { beforeEach, expect, test } from 'vitest';
import { captured, lead, signal } from '@/test/factories';
import { exportBackup, importBackup } from './backup';
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

import { beforeEach, expect, test } from 'vitest';
import type { CapturedPerson } from '@/capture/types';
import * as make from '@/test/factories';
import { ingestCaptures } from './capture';
import { TouchlineDb } from './db';

// A batch of captures reads what its people need once (storage/capture-cache.ts); what one
// capture of the batch writes, the next one sees.
const NOW = new Date('2026-11-23T12:00:00Z');
let database: TouchlineDb;
beforeEach(async () => {
  database = new TouchlineDb(`batch-${Math.random()}`);
  await database.open();
});

const person = (id: string | null, handle: string, extra: Partial<CapturedPerson> = {}) =>
  make.captured({ platform: 'x', platformUserId: id, handle, ...extra });
const notification = (people: CapturedPerson[]) =>
  ({ kind: 'followed', source: 'x.notifications', viewer: '1', listOwner: null, people }) as const;

test('a person in two captures of one batch is one lead and one roster entry, new once', async () => {
  const results = await ingestCaptures(
    database,
    [notification([person('5', 'five')]), notification([person('5', 'five', { displayName: 'Five' })])],
    NOW,
  );
  expect(results.map((r) => [r.created.length, r.updated, r.inbox])).toEqual([
    [1, 0, 1],
    [0, 1, 0],
  ]);
  expect(await database.leads.count()).toBe(1);
  expect((await database.leads.get('x:5'))?.displayName).toBe('Five');
  expect(await database.roster.count()).toBe(1);
});

test('a handle-only lead given its id by one capture is found by that id in the next, and its touch follows', async () => {
  await ingestCaptures(database, [notification([person(null, 'early')])], NOW);
  await database.touches.add(make.touch({ id: 't1', leadId: 'x:@early', at: '2026-11-23T12:30:00Z' }));
  const later = new Date('2026-11-23T13:00:00Z');
  await ingestCaptures(
    database,
    [notification([person('77', 'early')]), notification([person('77', 'renamed', { displayName: 'Seven' })])],
    later,
  );
  expect((await database.leads.toArray()).map((l) => [l.id, l.handle, l.displayName])).toEqual([
    ['x:77', 'renamed', 'Seven'],
  ]);
  expect((await database.touches.get('t1'))?.leadId).toBe('x:77');
});

test('a batch of three captures looks its leads and roster entries up once each', async () => {
  const lookups: string[] = [];
  for (const table of [database.leads, database.roster]) {
    const where = table.where.bind(table);
    table.where = ((index: string) => (lookups.push(`${table.name}.${index}`), where(index))) as typeof table.where;
  }
  await ingestCaptures(
    database,
    [1, 2, 3].map((n) => notification([person(`${n}0`, `a${n}`), person(`${n}1`, `b${n}`)])),
    NOW,
  );
  expect(await database.leads.count()).toBe(6);
  expect(lookups.filter((l) => l.endsWith('.keys')).sort()).toEqual(['leads.keys', 'roster.keys']);
});

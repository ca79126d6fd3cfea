import { beforeEach, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { captured, captureSignal } from '@/test/factories';
import { TouchlineDb } from './db';
import { exportCsv } from './export-csv';
import { updateLeads } from './leads';
import { logTouch } from './touches';
import { upsertCaptured } from './upsert';

// "Only changed since the last export" and touchline_id (issue #13): what a CRM re-import relies on.
const T1 = new Date('2026-11-01T10:00:00Z');
const T2 = new Date('2026-11-02T10:00:00Z');
const T3 = new Date('2026-11-03T10:00:00Z');
const follow = captureSignal({ kind: 'followed', source: 'x.followers', account: '99' });
const person = (id: string, name = `Name ${id}`) =>
  captured({ platform: 'x', platformUserId: id, handle: `h${id}`, displayName: name });

let database: TouchlineDb;
beforeEach(async () => {
  database = new TouchlineDb(`changed-${Math.random()}`);
  await database.open();
});

/** The `touchline_id` cells of a CSV export (default preset: the last column). */
async function exportedIds(changedSince?: string): Promise<string[]> {
  const { content } = await exportCsv(database, { changedSince }, T3);
  const rows = parse(content.slice(1)) as string[][];
  const col = rows[0]?.indexOf('touchline_id') ?? -1;
  return rows.slice(1).map((r) => r[col] ?? '');
}

test('a follower seen again unchanged is not changed; a renamed one, an edited one and a touched one are', async () => {
  await upsertCaptured(
    database,
    ['1', '2', '3', '4'].map((id) => person(id)),
    follow,
    { now: T1 },
  );
  await upsertCaptured(database, [person('1'), person('2', 'Renamed'), person('3'), person('4')], follow, { now: T2 });
  await updateLeads(database, { leadIds: ['x:3'], patch: { notes: 'met at a meetup' } }, T2);
  await logTouch(database, { leadId: 'x:4', channel: 'x_dm', at: T2.toISOString() }, T2, () => 't1');
  const since = new Date(T1.getTime() + 60_000).toISOString();
  expect(await exportedIds(since)).toEqual(['x:2', 'x:3', 'x:4']);
  expect(await exportedIds()).toEqual(['x:1', 'x:2', 'x:3', 'x:4']);
  expect(await exportedIds(T2.toISOString())).toEqual([]);
});

test('touchline_id stays the first id when an X lead known by handle takes its rest_id', async () => {
  const byHandle = captured({ platform: 'x', platformUserId: null, handle: 'Gus', displayName: 'Gus' });
  await upsertCaptured(database, [byHandle], captureSignal({ source: 'x.notifications', account: '99' }), { now: T1 });
  expect(await exportedIds()).toEqual(['x:@gus']);
  await upsertCaptured(database, [captured({ platform: 'x', platformUserId: '42', handle: 'Gus' })], follow, {
    now: T2,
  });
  const { content } = await exportCsv(database, {}, T3);
  const [header, row] = parse(content.slice(1)) as string[][];
  expect(row?.[header?.indexOf('id') ?? -1]).toBe('x:42');
  expect(await exportedIds()).toEqual(['x:@gus']);
});

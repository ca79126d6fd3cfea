import { beforeEach, expect, test } from 'vitest';
import { captured } from '@/test/factories';
import type { Payload } from '@/messaging/table';
import { BurstGuard } from './burst';
import { TouchlineDb } from './db';
import { discardHeld, heldGroups, ingestGuarded, keepHeld, type Arrival } from './held';

const T0 = new Date('2026-12-02T10:00:00Z');
const at = (s: number) => new Date(T0.getTime() + s * 1000);
let database: TouchlineDb;
beforeEach(async () => {
  database = new TouchlineDb(`held-${Math.random()}`);
  await database.open();
});

let next = 1;
/** A notifications capture of `n` people nobody has seen: each one is new in the inbox. */
function arrival(n: number, tab = '7'): Arrival {
  const people = Array.from({ length: n }, () => {
    const id = String(next++);
    return captured({ platform: 'x', platformUserId: id, handle: `p${id}` });
  });
  const message = {
    kind: 'followed',
    source: 'x.notifications',
    viewer: '1',
    people,
    skipped: {},
  } as Payload<'capture.people'>;
  return { message, tab, page: 'https://x.com/notifications' };
}

test('a tab that adds more than 200 people to New within a minute is held, whole, and nothing of it stored', async () => {
  const guard = new BurstGuard(200, 60_000);
  const r1 = await ingestGuarded(database, [arrival(150), arrival(40)], at(0), guard);
  expect(r1.map((r) => r?.created.length)).toEqual([150, 40]);
  // 190 so far: the next 20 would make 210, so all 20 are held; a later capture of that tab too.
  const r2 = await ingestGuarded(database, [arrival(20), arrival(5, '8')], at(5), guard);
  expect(r2.map((r) => r?.created.length ?? 'held')).toEqual(['held', 5]);
  expect(await ingestGuarded(database, [arrival(3)], at(9), guard)).toEqual([null]);
  expect(await database.leads.count()).toBe(195);
  const groups = await heldGroups(database);
  expect(groups).toMatchObject([{ people: 23, captures: 2, page: 'https://x.com/notifications' }]);
  expect(groups[0]?.group).toBe('7|2026-12-02T10:00:00.000Z');
});

test('keeping a burst stores its people as new; discarding it stores nothing', async () => {
  const guard = new BurstGuard(10, 60_000);
  await ingestGuarded(database, [arrival(30)], at(0), guard);
  await ingestGuarded(database, [arrival(4, '9')], at(1), guard);
  expect(await database.leads.count()).toBe(4);
  const [kept, thrown] = (await heldGroups(database)).map((g) => g.group).sort();
  expect(thrown).toBeUndefined();
  const results = await keepHeld(database, kept as string, at(2));
  expect(results.flatMap((r) => r.created)).toHaveLength(30);
  expect(await database.leads.where('stage').equals('new').count()).toBe(34);
  expect(await heldGroups(database)).toEqual([]);

  const other = new BurstGuard(10, 60_000);
  await ingestGuarded(database, [arrival(12, '3')], at(3), other);
  const [group] = (await heldGroups(database)).map((g) => g.group);
  expect(await discardHeld(database, group as string)).toBe(12);
  expect(await database.leads.count()).toBe(34);
  expect(await heldGroups(database)).toEqual([]);
});

test('a quiet minute ends the hold; re-seen people do not count against the limit', async () => {
  const guard = new BurstGuard(10, 60_000);
  const first = arrival(8);
  await ingestGuarded(database, [first], at(0), guard);
  // The same 8 again (seen, not new) and 2 new: 10 in the inbox, within the limit.
  const again = { ...first, message: { ...first.message, people: [...first.message.people] } };
  expect((await ingestGuarded(database, [again, arrival(2)], at(10), guard)).every((r) => r !== null)).toBe(true);
  expect(await ingestGuarded(database, [arrival(1)], at(20), guard)).toEqual([null]);
  expect((await ingestGuarded(database, [arrival(1)], at(81), guard))[0]?.created).toHaveLength(1);
});

import { beforeEach, expect, test } from 'vitest';
import { TouchlineDb } from '@/storage/db';
import { POPUP_SNAPSHOT_KEY, type PopupSnapshot } from '@/storage/popup-snapshot-shape';
import { stored } from '@/storage/stored';
import * as make from '@/test/factories';
import { snapshotKeeper } from './snapshot';

let database: TouchlineDb;
let kept: PopupSnapshot | undefined;
const session = {
  set: async (items: Record<string, unknown>) => void (kept = items[POPUP_SNAPSHOT_KEY] as PopupSnapshot),
  remove: async (key: string | string[]) => void (key === POPUP_SNAPSHOT_KEY && (kept = undefined)),
};

// Lead n arrived n hours after midnight, 1 Dec 2026 (UTC): lead 1 has waited longest.
const arrived = (n: number) =>
  stored(
    make.lead({
      id: `x:${n}`,
      handle: `h${n}`,
      displayName: `Name ${n}`,
      headline: 'A headline the row does not show',
      firstSeenAt: new Date(Date.UTC(2026, 11, 1, n)).toISOString(),
    }),
  );

beforeEach(async () => {
  database = new TouchlineDb(`snapshot-${Math.random()}`);
  await database.open();
  kept = undefined;
});

test('keeps the first ten New rows, longest waiting first, with the counts, and only what a row shows', async () => {
  await database.leads.bulkPut([12, 3, 7, 1, 9, 2, 11, 5, 4, 8, 6, 10].map(arrived));
  await database.leads.put(stored({ ...arrived(13), stage: 'lead' }));
  await snapshotKeeper(database, session).write();
  expect(kept?.rows.map((l) => l.id)).toEqual(['x:1', 'x:2', 'x:3', 'x:4', 'x:5', 'x:6', 'x:7', 'x:8', 'x:9', 'x:10']);
  expect(kept).toMatchObject({ total: 13, count: 12, likelyFalse: 0, hide: false, showFit: false });
  // No headline, signals or notes: session storage holds only what the ten rows show.
  expect(kept?.rows[0]).toEqual({
    id: 'x:1',
    platform: 'x',
    handle: 'h1',
    displayName: 'Name 1',
    firstSeenAt: '2026-12-01T01:00:00.000Z',
  });
});

test('a change drops the snapshot at once, and a read overtaken by a change is not kept', async () => {
  await database.leads.bulkPut([1, 2].map(arrived));
  const keeper = snapshotKeeper(database, session);
  await keeper.write();
  expect(kept?.rows).toHaveLength(2);
  keeper.changed();
  await Promise.resolve();
  expect(kept).toBeUndefined();
  // A read that starts before a change and ends after it holds what is no longer true.
  const late = keeper.write();
  await database.leads.put(arrived(3));
  keeper.changed();
  await late;
  expect(kept).toBeUndefined();
  await keeper.write();
  expect(kept?.rows).toHaveLength(3);
});

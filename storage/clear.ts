import type { TouchlineDb } from './db';

/** "Delete everything": every table (leads, touches, rosters, capture records, settings). */
export async function clearAll(database: TouchlineDb): Promise<void> {
  await database.transaction('rw', database.tables, () => Promise.all(database.tables.map((t) => t.clear())));
}

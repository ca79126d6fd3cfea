import type { TouchlineDb } from './db';

/** "Delete everything": every lead, touch, capture record and setting. */
export async function clearAll(database: TouchlineDb): Promise<void> {
  await database.transaction(
    'rw',
    [database.leads, database.touches, database.settings, database.health, database.accounts],
    () =>
      Promise.all([
        database.leads.clear(),
        database.touches.clear(),
        database.settings.clear(),
        database.health.clear(),
        database.accounts.clear(),
      ]),
  );
}

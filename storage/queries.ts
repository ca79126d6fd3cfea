import type { StoredLead, TouchlineDb } from './db';
import { getSettings } from './settings';

/** Leads whose next cadence touch is due at `now` or earlier, most overdue first. */
export function dueLeads(database: TouchlineDb, now: Date, limit = Infinity): Promise<StoredLead[]> {
  return database.leads.where('dueAt').belowOrEqual(now.toISOString()).limit(limit).toArray();
}

/** The badge number: new leads plus touches due. */
export async function badgeCount(database: TouchlineDb, now: Date): Promise<number> {
  const { hideLikelyFalse } = await getSettings(database);
  const [fresh, due] = await Promise.all([
    // Likely false leads hidden from New are left off the badge too (issue #14).
    hideLikelyFalse
      ? database.leads.where('[queue+waitingSince]').between(['new', ''], ['new', '\uffff']).count()
      : database.leads.where('stage').equals('new').count(),
    database.leads.where('dueAt').belowOrEqual(now.toISOString()).count(),
  ]);
  return fresh + due;
}

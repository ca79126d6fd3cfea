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
    hideLikelyFalse ? inQueue(database, 'new').count() : database.leads.where('stage').equals('new').count(),
    database.leads.where('dueAt').belowOrEqual(now.toISOString()).count(),
  ]);
  return fresh + due;
}

/** The leads waiting in one New queue (`new`, `new-false`: storage/triage.ts), longest waiting first. */
export const inQueue = (database: TouchlineDb, queue: string) =>
  database.leads.where('[queue+waitingSince]').between([queue, ''], [queue, '\uffff']);

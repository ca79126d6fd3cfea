import { cadenceStatus, restartedAt, type CadenceStatus } from '@/cadence';
import type { CapturedPerson } from '@/capture/types';
import type { StoredLead, TouchlineDb } from './db';
import { personKeys } from './identity';
import { getSettings } from './settings';
import { searchWords } from './words';
import { inQueue } from './queries';

/**
 * The popup's reads. Every list walks an index with a limit, never the whole table: at 50,000
 * leads the popup must show its first list within 300 ms and search results within 100 ms.
 */
export const LIST_LIMIT = 100;
export const SEARCH_LIMIT = 200;
/** How far a list can grow as the rep scrolls (LIST_LIMIT more each time near the end). */
export const LIST_MAX = 5_000;

/** A list as the popup shows it: the rows it read, and how many there are in all. */
export interface PopupList<T> {
  rows: T[];
  count: number;
  /** How many records were read (before leaving any out): fewer than the limit means the end. */
  read: number;
}

export interface DueRow {
  lead: StoredLead;
  status: CadenceStatus;
}

/**
 * New leads (nobody has written to them yet), longest waiting first, without the likely false
 * ones with `hideLikelyFalse`. `waitingSince` is when they arrived, or when a fresh signal
 * re-surfaced them. A lead with touches never returns to `new` (storage/merge.ts), so this list
 * and the badge count the same leads. The counts are {@link popupNewCounts}, apart: counting
 * walks the whole queue (about 12 ms per 10,000 leads here), and the first rows must not wait.
 */
export async function popupNewLeads(
  database: TouchlineDb,
  limit = LIST_LIMIT,
  opts: { hideLikelyFalse?: boolean } = {},
): Promise<Omit<PopupList<StoredLead>, 'count'>> {
  // A fresh collection each time: Dexie's limit() changes the collection it is called on.
  const range = (queue: string) => inQueue(database, queue).limit(limit).toArray();
  const [kept, likelyFalse] = await Promise.all([range('new'), opts.hideLikelyFalse ? [] : range('new-false')]);
  // Both queues, merged in waiting order: the first `limit` of each hold the first `limit` of both.
  const rows = [...kept, ...likelyFalse]
    .sort((a, b) => (a.waitingSince < b.waitingSince ? -1 : a.waitingSince > b.waitingSince ? 1 : 0))
    .slice(0, limit);
  return { rows, read: rows.length };
}

/** How many New leads there are (`count`, without the likely false ones when hidden) and how many triage calls likely false. */
export async function popupNewCounts(
  database: TouchlineDb,
  opts: { hideLikelyFalse?: boolean } = {},
): Promise<{ count: number; likelyFalse: number }> {
  const [kept, likelyFalse] = await Promise.all([
    inQueue(database, 'new').count(),
    inQueue(database, 'new-false').count(),
  ]);
  return { count: opts.hideLikelyFalse ? kept : kept + likelyFalse, likelyFalse };
}

/**
 * Leads whose next touch is due at `now`, most overdue first, with their cadence status so the
 * list can mark last attempts. Leads that may not be contacted are left out: the background
 * would refuse their touch anyway.
 */
export async function popupDueLeads(database: TouchlineDb, now: Date, limit = LIST_LIMIT): Promise<PopupList<DueRow>> {
  const range = () => database.leads.where('dueAt').belowOrEqual(now.toISOString());
  const [candidates, total, { cadence }] = await Promise.all([
    range().limit(limit).toArray(),
    range().count(),
    getSettings(database),
  ]);
  const open = candidates.filter((lead) => !lead.doNotContact && lead.stage !== 'disqualified');
  const touches = await database.touches
    .where('leadId')
    .anyOf(open.map((l) => l.id))
    .toArray();
  const byLead = Map.groupBy(touches, (t) => t.leadId);
  const rows = open.map((lead) => ({
    lead,
    status: cadenceStatus(cadence, byLead.get(lead.id) ?? [], now, restartedAt(lead)),
  }));
  return { rows, count: total - (candidates.length - open.length), read: candidates.length };
}

/** The most recently active leads: the All list before anything is typed. */
export async function recentLeads(database: TouchlineDb, limit = LIST_LIMIT): Promise<StoredLead[]> {
  return asPersons(database, await database.leads.orderBy('lastSignalAt').reverse().limit(limit).toArray());
}

/**
 * A person linked across platforms shows once (issue #15): each of its other leads in `leads` is
 * replaced by the person's first lead (read if it is not among them), in the order first met.
 */
async function asPersons(database: TouchlineDb, leads: StoredLead[]): Promise<StoredLead[]> {
  const missing = leads.filter((l) => l.personId && l.personId !== l.id).map((l) => l.personId ?? '');
  if (missing.length === 0) return leads;
  const firsts = new Map((await database.leads.bulkGet(missing)).filter((l) => l !== undefined).map((l) => [l.id, l]));
  const seen = new Set<string>();
  const out: StoredLead[] = [];
  for (const lead of leads) {
    const shown = (lead.personId && firsts.get(lead.personId)) || lead;
    if (seen.has(shown.id)) continue;
    seen.add(shown.id);
    out.push(shown);
  }
  return out;
}

/**
 * Leads whose name, handle or headline has a word starting with each word of `query`. The index
 * is walked with the longest query word (the most selective one), the others filter.
 */
export async function searchLeads(database: TouchlineDb, query: string, limit = SEARCH_LIMIT): Promise<StoredLead[]> {
  const words = searchWords(query);
  const key = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (key === '') return recentLeads(database, limit);
  const found = await database.leads
    .where('words')
    .startsWith(key)
    .distinct()
    .filter((lead) => words.every((w) => lead.words.some((lw) => lw.startsWith(w))))
    .limit(limit)
    .toArray();
  return (await asPersons(database, found)).sort((a, b) =>
    (a.displayName || a.id).localeCompare(b.displayName || b.id),
  );
}

/** The lead a captured person already is, found by any identity key they have had. */
export async function leadForPerson(database: TouchlineDb, person: CapturedPerson): Promise<StoredLead | null> {
  const keys = personKeys(person);
  if (keys.length === 0) return null;
  return (await database.leads.where('keys').anyOf(keys).first()) ?? null;
}

export { leadTouches } from './lead-touches';

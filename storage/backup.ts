import type { StoredLead, TouchlineDb } from './db';
import { writeBackup } from './backup-write';
import { TooLargeForMessage } from '@/messaging/stream';
import { rosterFromLeads } from './migrations/v2-roster';
import { storedRosterEntry } from './roster-keys';
import type { OwnAccount, RosterEntry } from '@/model';
import { parseBackup, type Backup } from './backup-schema';
import type { Lead, Settings, Touch } from '@/model';
import { mergeBackupLead } from './backup-merge';
import { getSettings, putSettings } from './settings';
import { icpOf, withTriage } from './triage';
import { stored, unstored } from './stored';
import { syncCadence, syncedLeads } from './cadence-sync';

/** The whole database as one backup document (docs/backup.md), for data that fits in one message. */
export async function exportBackup(database: TouchlineDb, now: Date, maxChars = Infinity): Promise<Backup> {
  const parts: string[] = [];
  let chars = 0;
  await writeBackup(database, now, (text) => {
    chars += text.length;
    if (chars > maxChars) throw new TooLargeForMessage('The backup');
    parts.push(text);
  });
  return JSON.parse(parts.join('')) as Backup;
}

export type ImportMode = 'merge' | 'replace';
export type ImportResult =
  { ok: true; leads: number; touches: number; touchedLeadIds: string[] } | { ok: false; error: string };

/**
 * Imports a backup all-or-nothing: the whole file is validated first, then written in one
 * transaction, the touched leads' cadence facts with it (one commit: an open dashboard re-reads
 * once, not once per page of them). `replace` swaps leads, touches and settings for the file's;
 * `merge` merges leads by identity (disqualified and do-not-contact stay so) and adds touches.
 */
export async function importBackup(
  database: TouchlineDb,
  input: unknown,
  mode: ImportMode,
  now = new Date(),
): Promise<ImportResult> {
  const tables = [database.leads, database.touches, database.settings, database.accounts, database.roster];
  return database.transaction('rw', tables, async () => {
    // Only the touches' leads that the file lacks need looking up (not every stored id).
    const existingIds = mode === 'merge' ? await storedIdsAmong(database, input) : new Set<string>();
    const parsed = parseBackup(input, (id) => existingIds.has(id));
    if (!parsed.ok) return parsed;
    const { backup } = parsed;
    const rosters =
      backup.version === 1
        ? rosterFromLeads(backup.leads)
        : { roster: backup.roster ?? [], accounts: backup.accounts ?? [] };
    if (mode === 'replace') {
      await Promise.all([
        database.leads.clear(),
        database.touches.clear(),
        database.roster.clear(),
        database.accounts.clear(),
      ]);
      await database.roster.bulkPut(rosters.roster.map(storedRosterEntry));
      await database.accounts.bulkPut(rosters.accounts);
      await putSettings(database, backup.settings);
      const settings = await getSettings(database);
      // A file's triage is recomputed, never taken: it is derived, and a file is untrusted.
      const icp = icpOf(settings);
      const byLead = Map.groupBy(backup.touches, (t) => t.leadId);
      const leads = backup.leads.map((l) => stored(withTriage({ ...l }, icp, byLead.get(l.id))));
      await database.leads.bulkPut(withCadence(leads, byLead, settings, now));
      await database.touches.bulkPut(backup.touches);
      return {
        ok: true,
        leads: backup.leads.length,
        touches: backup.touches.length,
        touchedLeadIds: [...byLead.keys()],
      };
    }
    const remap = await mergeLeads(database, backup.leads, backup.touches);
    await mergeRosters(database, rosters);
    const touches = backup.touches.map((t) => ({ ...t, leadId: remap.get(t.leadId) ?? t.leadId }));
    await database.touches.bulkPut(touches);
    const touchedLeadIds = [...new Set(touches.map((t) => t.leadId))];
    await syncCadence(database, touchedLeadIds, now);
    return { ok: true, leads: backup.leads.length, touches: backup.touches.length, touchedLeadIds };
  });
}

/**
 * A replacing import's leads with the touched ones' cadence facts (and their persons' other
 * leads'), synced in memory as storage/cadence-sync.ts would: writing every lead, then reading the
 * touched ones back to sync them, took 6.6 s of a 100,000-lead restore.
 */
function withCadence(
  leads: readonly StoredLead[],
  byLead: ReadonlyMap<string, Touch[]>,
  settings: Settings,
  now: Date,
): StoredLead[] {
  const persons = new Set(leads.filter((l) => byLead.has(l.id) && l.personId).map((l) => l.personId));
  const synced = syncedLeads(
    leads.filter((l) => byLead.has(l.id) || (l.personId && persons.has(l.personId))),
    byLead,
    settings,
    now,
  );
  const byId = new Map(synced.map((l) => [l.id, l]));
  return leads.map((l) => byId.get(l.id) ?? l);
}

/** Which of the lead ids the file's touches name are already stored (read before validation). */
async function storedIdsAmong(database: TouchlineDb, input: unknown): Promise<Set<string>> {
  const touches = (input as { touches?: unknown } | null)?.touches;
  if (!Array.isArray(touches)) return new Set();
  const ids = [
    ...new Set(touches.map((t) => (t as { leadId?: unknown } | null)?.leadId).filter((id) => typeof id === 'string')),
  ];
  const found = await database.leads.bulkGet(ids);
  return new Set(found.filter((l) => l !== undefined).map((l) => l.id));
}

/** Merges imported leads into stored ones by identity; returns imported id → stored id. */
async function mergeLeads(
  database: TouchlineDb,
  leads: readonly Lead[],
  fileTouches: readonly Touch[],
): Promise<Map<string, string>> {
  const incoming = leads.map(stored);
  const known = await database.leads
    .where('keys')
    .anyOf(incoming.flatMap((l) => l.keys))
    .toArray();
  const icp = icpOf(await getSettings(database));
  const storedTouches = await database.touches
    .where('leadId')
    .anyOf(known.map((l) => l.id))
    .toArray();
  const touchesOf = Map.groupBy([...storedTouches, ...fileTouches], (t) => t.leadId);
  const byKey = new Map<string, StoredLead>();
  for (const lead of known) for (const key of lead.keys) byKey.set(key, lead);
  const remap = new Map<string, string>();
  const out = new Map<string, StoredLead>();
  for (const lead of incoming) {
    const match = byKey.get(lead.id) ?? lead.keys.map((k) => byKey.get(k)).find((l) => l !== undefined);
    const next = match ? mergeBackupLead(unstored(match), unstored(lead)) : unstored(lead);
    const touches = [...(touchesOf.get(lead.id) ?? []), ...(match ? (touchesOf.get(match.id) ?? []) : [])];
    const merged = stored(withTriage(next, icp, touches));
    remap.set(lead.id, merged.id);
    out.set(merged.id, merged);
    for (const key of merged.keys) byKey.set(key, merged);
  }
  await database.leads.bulkPut([...out.values()]);
  return remap;
}

/**
 * Rosters merge by entry: what is stored wins (it is at least as recent), what the file adds is
 * added; an account keeps its earliest baseline and the newest follower count.
 */
async function mergeRosters(
  database: TouchlineDb,
  { roster, accounts }: { roster: RosterEntry[]; accounts: OwnAccount[] },
): Promise<void> {
  const incoming = roster.map(storedRosterEntry);
  const have = new Set((await database.roster.bulkGet(incoming.map((e) => e.id))).map((e) => e?.id));
  await database.roster.bulkPut(incoming.filter((e) => !have.has(e.id)));
  const stored = await database.accounts.bulkGet(accounts.map((a) => a.id));
  await database.accounts.bulkPut(
    accounts.map((a, i) => {
      const mine = stored[i];
      if (!mine) return a;
      const baselines = [mine.baselineAt, a.baselineAt].filter((t): t is string => t !== null).sort();
      const newer = (a.followersCountAt ?? '') > (mine.followersCountAt ?? '') ? a : mine;
      return {
        ...a,
        ...mine,
        baselineAt: baselines[0] ?? null,
        followersCount: newer.followersCount,
        followersCountAt: newer.followersCountAt,
      };
    }),
  );
}

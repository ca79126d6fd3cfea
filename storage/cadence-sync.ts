import { cadenceFacts, cadenceStatus, restartedAt, type CadenceStatus } from '@/cadence';
import type { Settings, Touch } from '@/model';
import type { StoredLead, TouchlineDb } from './db';
import { personCadenceStatus } from '@/people';
import { touchesByLead } from './lead-touches';
import { personLeads, withPersons } from './person-leads';
import { getSettings } from './settings';
import { stored, unstored } from './stored';
import { icpOf, withTriage } from './triage';

/** A lead's cadence status: its person's, over every linked lead's touches (issue #15). */
export async function leadCadence(database: TouchlineDb, lead: StoredLead, now: Date): Promise<CadenceStatus> {
  const { cadence } = await getSettings(database);
  const person = await personLeads(database, lead);
  const touches = await touchesByLead(
    database,
    person.map((l) => l.id),
  );
  return personCadenceStatus(cadence, touches, person, now);
}

/** Leads brought up to date per transaction: a whole import's touched leads, page by page. */
const PAGE = 2_000;

/**
 * Brings leads' stored cadence facts up to date with their touches (the rules: cadence/sync.ts):
 * the Due index, the stage moves a reply or an ended cadence make, and their triage, which a
 * reply warms (issue #14). One transaction per page of {@link PAGE} leads, with one read of the
 * settings, the leads and their touches: per lead, a restore of 25,000 touched leads took minutes.
 * Inside a caller's transaction (on leads, touches and settings) the pages are part of it.
 */
export async function syncCadence(database: TouchlineDb, leadIds: Iterable<string>, now: Date): Promise<void> {
  const ids = [...new Set(leadIds)];
  for (let at = 0; at < ids.length; at += PAGE) {
    const page = ids.slice(at, at + PAGE);
    await database.transaction('rw', [database.leads, database.touches, database.settings], async () => {
      const [settings, asked] = await Promise.all([getSettings(database), database.leads.bulkGet(page)]);
      // A linked lead's cadence is its person's (issue #15): its other leads are read and synced too.
      const leads = await withPersons(
        database,
        asked.filter((l) => l !== undefined),
      );
      const touches = await touchesByLead(
        database,
        leads.map((l) => l.id),
      );
      const next = syncedLeads(leads, touches, settings, now);
      await database.leads.bulkPut(next);
    });
  }
}

/**
 * `leads` with their cadence facts brought up to date from `touches` (by lead id; every lead of a
 * linked person must be among `leads`). Pure: syncCadence reads and writes around it, and a
 * replacing import applies it to the file's leads before they are written.
 */
export function syncedLeads(
  leads: readonly StoredLead[],
  touches: ReadonlyMap<string, Touch[]>,
  settings: Settings,
  now: Date,
): StoredLead[] {
  const persons = Map.groupBy(
    leads.filter((l) => l.personId),
    (l) => l.personId ?? '',
  );
  const icp = icpOf(settings);
  return leads.map((lead) => {
    const own = (touches.get(lead.id) ?? []).sort((a, b) => a.at.localeCompare(b.at));
    withTriage(lead, icp, own);
    const person = lead.personId ? persons.get(lead.personId) : undefined;
    const status =
      person && person.length > 1
        ? personCadenceStatus(settings.cadence, touches, person, now)
        : cadenceStatus(settings.cadence, own, now, restartedAt(lead));
    const { dueAt, ...facts } = cadenceFacts(lead, status);
    // Called after every touch change: the row's cadence columns (touches, last touch) changed.
    const changed: StoredLead = { ...lead, ...facts, changedAt: now.toISOString() };
    delete changed.dueAt;
    // Re-derived: stage and resurfacedAt feed the New list's `waitingSince`.
    const fresh = stored(unstored(changed));
    // Due shows a person once, by its first lead.
    if (dueAt && (!lead.personId || lead.personId === lead.id)) fresh.dueAt = dueAt;
    return fresh;
  });
}

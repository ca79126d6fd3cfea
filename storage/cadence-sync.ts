import { cadenceFacts, cadenceStatus, restartedAt, type CadenceStatus } from '@/cadence';
import type { StoredLead, TouchlineDb } from './db';
import { leadTouches } from './lead-touches';
import { getSettings } from './settings';
import { stored, unstored } from './stored';
import { icpOf, withTriage } from './triage';

export async function leadCadence(database: TouchlineDb, lead: StoredLead, now: Date): Promise<CadenceStatus> {
  const { cadence } = await getSettings(database);
  return cadenceStatus(cadence, await leadTouches(database, lead.id), now, restartedAt(lead));
}

/** The lead's cadence and its triage, which a reply warms (issue #14), from one read of its touches. */
async function cadenceAndTriage(database: TouchlineDb, lead: StoredLead, now: Date) {
  const settings = await getSettings(database);
  const touches = await leadTouches(database, lead.id);
  withTriage(lead, icpOf(settings), touches);
  return cadenceStatus(settings.cadence, touches, now, restartedAt(lead));
}

/**
 * Brings a lead's stored cadence facts up to date with its touches (the rules: cadence/sync.ts):
 * the Due index, and the stage moves a reply or an ended cadence make.
 */
export async function syncCadence(database: TouchlineDb, leadIds: Iterable<string>, now: Date): Promise<void> {
  for (const id of new Set(leadIds)) {
    const lead = await database.leads.get(id);
    if (!lead) continue;
    const { dueAt, ...facts } = cadenceFacts(lead, await cadenceAndTriage(database, lead, now));
    // Called after every touch change: the row's cadence columns (touches, last touch) changed.
    const next: StoredLead = { ...lead, ...facts, changedAt: now.toISOString() };
    delete next.dueAt;
    // Re-derived: stage and resurfacedAt feed the New list's `waitingSince`.
    const fresh = stored(unstored(next));
    if (dueAt) fresh.dueAt = dueAt;
    await database.leads.put(fresh);
  }
}

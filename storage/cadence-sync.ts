import { cadenceStatus, type CadenceStatus } from '@/cadence';
import type { StoredLead, TouchlineDb } from './db';
import type { Stage } from './model';
import { getSettings } from './settings';
import { stored, unstored } from './stored';

/** The touches that count for a lead's current cadence (after its latest restart). */
export function restartedAt(lead: Pick<StoredLead, 'cadenceRestarts'>): string | null {
  return lead.cadenceRestarts?.at(-1)?.at ?? null;
}

export async function leadCadence(database: TouchlineDb, lead: StoredLead, now: Date): Promise<CadenceStatus> {
  const { cadence } = await getSettings(database);
  const touches = await database.touches.where('leadId').equals(lead.id).toArray();
  return cadenceStatus(cadence, touches, now, restartedAt(lead));
}

const OPEN_STAGES: readonly Stage[] = ['new', 'lead', 'nurture'];

/**
 * Brings a lead's stored cadence facts up to date with its touches: the Due index, and the
 * stage moves PRODUCT.md asks for (a reply makes a contact; an ended cadence, nurture and cold).
 * Stages the rep set by hand beyond those (opportunity, client, disqualified) are left alone.
 */
export async function syncCadence(database: TouchlineDb, leadIds: Iterable<string>, now: Date): Promise<void> {
  for (const id of new Set(leadIds)) {
    const lead = await database.leads.get(id);
    if (!lead) continue;
    const status = await leadCadence(database, lead, now);
    const next: StoredLead = { ...lead };
    delete next.dueAt;
    // Only a lead that may still be contacted is due (the Due list and the badge read this index).
    const contactable = !lead.doNotContact && lead.stage !== 'disqualified';
    if (contactable && (status.state === 'active' || status.state === 'last_attempt') && status.nextDueAt)
      next.dueAt = status.nextDueAt;
    if (OPEN_STAGES.includes(lead.stage) && !lead.doNotContact) {
      if (status.state === 'replied') next.stage = 'contact';
      else if (status.state === 'ended') Object.assign(next, { stage: 'nurture', temperature: 'cold' });
      else if (status.touchesUsed > 0 && lead.stage !== 'lead') next.stage = 'lead';
    }
    // A touch after the fresh signal answers it.
    if (lead.resurfacedAt && status.lastTouchAt && status.lastTouchAt >= lead.resurfacedAt) next.resurfacedAt = null;
    // Re-derived: stage and resurfacedAt feed the New list's `waitingSince`.
    const fresh = stored(unstored(next));
    if (next.dueAt) fresh.dueAt = next.dueAt;
    await database.leads.put(fresh);
  }
}

import type { Lead, Stage } from '@/model';
import type { CadenceStatus } from './status';

/** When the cadence was last restarted: touches before it no longer count. */
export function restartedAt(lead: Pick<Lead, 'cadenceRestarts'>): string | null {
  return lead.cadenceRestarts?.at(-1)?.at ?? null;
}

const OPEN_STAGES: readonly Stage[] = ['new', 'lead', 'nurture'];

export interface CadenceFacts {
  /** When the next touch is due, for the Due list; absent when none is. */
  dueAt?: string;
  stage: Stage;
  temperature: Lead['temperature'];
  resurfacedAt: Lead['resurfacedAt'];
}

/**
 * What a lead's cadence status means for the lead (PRODUCT.md "Cadence"): it is due only while it
 * may still be contacted; a reply makes a contact; an ended cadence moves it to nurture, cold; a
 * first touch makes a new lead a lead. Stages the rep set beyond those (opportunity, client,
 * disqualified) are left alone. A touch after a fresh signal answers it.
 */
export function cadenceFacts(lead: Lead, status: CadenceStatus): CadenceFacts {
  const facts: CadenceFacts = { stage: lead.stage, temperature: lead.temperature, resurfacedAt: lead.resurfacedAt };
  const contactable = !lead.doNotContact && lead.stage !== 'disqualified';
  if (contactable && (status.state === 'active' || status.state === 'last_attempt') && status.nextDueAt)
    facts.dueAt = status.nextDueAt;
  if (OPEN_STAGES.includes(lead.stage) && !lead.doNotContact) {
    if (status.state === 'replied') facts.stage = 'contact';
    else if (status.state === 'ended') Object.assign(facts, { stage: 'nurture', temperature: 'cold' });
    else if (status.touchesUsed > 0 && lead.stage !== 'lead') facts.stage = 'lead';
  }
  if (lead.resurfacedAt && status.lastTouchAt && status.lastTouchAt >= lead.resurfacedAt) facts.resurfacedAt = null;
  return facts;
}

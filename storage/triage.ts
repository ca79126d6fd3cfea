import { DEFAULT_ICP, type Icp, type Lead, type Settings, type Touch } from '@/model';
import { triage } from '@/triage';

/** The user's ideal customer words, or none yet. */
export const icpOf = (settings: Pick<Settings, 'icp'>): Icp => settings.icp ?? DEFAULT_ICP;

/**
 * Sets `lead.triage` from what the rules read (issue #14): its captured fields, the ideal
 * customer, its touches (a reply warms it) and whether it is linked to a lead on the other
 * platform. Account age is measured at `firstSeenAt` ("days old when it reached you"), so the
 * result never depends on the day it is recomputed.
 */
export function withTriage<T extends Lead>(lead: T, icp: Icp, touches: readonly Pick<Touch, 'outcome'>[] = []): T {
  lead.triage = triage(lead, { icp, now: new Date(lead.firstSeenAt), touches, linked: Boolean(lead.personId) });
  return lead;
}

/**
 * The inbox a lead waits in (issue #14): New splits into `new` and `new-false` (likely false
 * leads), so New and the badge can leave the second out with one index range. Other stages are
 * their own name; a linked lead other than its person's first is `linked` (issue #15).
 */
export function queueOf(lead: Lead): string {
  // A person's other leads wait nowhere: New and Due show the person once, by its first lead.
  if (lead.personId && lead.personId !== lead.id) return 'linked';
  return lead.stage === 'new' && lead.triage?.likelyFalse ? 'new-false' : lead.stage;
}

import { describeCadence, waitingFor, type CadenceStatus } from '@/cadence';
import type { Lead } from '@/model';

/** The cadence line; before the first touch it runs the speed-to-lead clock instead. */
export function cadenceLine(status: CadenceStatus, lead: Pick<Lead, 'firstSeenAt' | 'resurfacedAt'>, now: Date) {
  if (status.state === 'not_started') return `not started · waiting ${waitingFor(waitingSince(lead), now)}`;
  return describeCadence(status, now);
}

/** A re-surfaced lead has been waiting since its fresh signal, not since it was first seen. */
export const waitingSince = (lead: Pick<Lead, 'firstSeenAt' | 'resurfacedAt'>) => lead.resurfacedAt ?? lead.firstSeenAt;

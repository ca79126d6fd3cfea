import type { Lead } from '@/model';

/** When the lead's CSV row last changed: `changedAt`, else (data from before it existed) its last signal. */
export const changedAtOf = (lead: Lead): string => lead.changedAt ?? lead.lastSignalAt;

/**
 * The leads whose row changed after `since` (an ISO time), for a re-export into a CRM that already
 * has the rest (issue #13). Compared as instants: ISO texts with and without milliseconds do not
 * sort as text.
 */
export function changedSince<T extends Lead>(leads: readonly T[], since: string | undefined): readonly T[] {
  if (since === undefined) return leads;
  const after = Date.parse(since);
  return leads.filter((lead) => Date.parse(changedAtOf(lead)) > after);
}

import { useLiveQuery } from 'dexie-react-hooks';
import { cadenceStatus, restartedAt, type CadenceStatus } from '@/cadence';
import { db, type StoredLead } from '@/storage/db';
import type { CadencePolicy, Touch } from '@/model';
import { leadTouches } from '@/storage/popup-queries';
import { getSettings } from '@/storage/settings';

export interface LeadCadence {
  /** The time the rules were applied at: never earlier than the data read. */
  now: Date;
  touches: Touch[];
  policy: CadencePolicy;
  since: string | null;
  status: CadenceStatus;
}

/**
 * A lead's touches and cadence, live: the same pure rules the background enforces, computed
 * here so the popup can explain before it sends. Undefined while loading or without a lead.
 */
export function useLeadCadence(lead: StoredLead | null | undefined, now: Date): LeadCadence | undefined {
  const id = lead?.id;
  // The read time rides with the touches: a touch the background just logged at its own "now"
  // must not look like the future to a clock that ticks every 30 s ("36 days left" of 35).
  const read = useLiveQuery(
    async () => (id ? { touches: await leadTouches(db(), id), at: new Date() } : undefined),
    [id],
  );
  const settings = useLiveQuery(() => getSettings(db()), []);
  if (!lead || !read || !settings) return undefined;
  const at = read.at > now ? read.at : now;
  const since = restartedAt(lead);
  const policy = settings.cadence;
  return { now: at, touches: read.touches, policy, since, status: cadenceStatus(policy, read.touches, at, since) };
}

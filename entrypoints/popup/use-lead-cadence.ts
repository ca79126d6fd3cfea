import { useLiveQuery } from 'dexie-react-hooks';
import { cadenceStatus, type CadenceStatus } from '@/cadence';
import { personRestartedAt, personTouches, suggestChannel } from '@/people';
import { db, type StoredLead } from '@/storage/db';
import type { CadencePolicy, Channel, Platform, Touch } from '@/model';
import { touchesByLead } from '@/storage/lead-touches';
import { personLeads } from '@/storage/person-leads';
import { getSettings } from '@/storage/settings';

export interface LeadCadence {
  /** The time the rules were applied at: never earlier than the data read. */
  now: Date;
  touches: Touch[];
  policy: CadencePolicy;
  since: string | null;
  status: CadenceStatus;
  /** The person's other leads (issue #15): their touches are in `touches`, one cadence. */
  others: StoredLead[];
  /** The channel not used last (one channel at a time), this lead's platform first. */
  channel: Channel | null;
  /** The person's platforms, this lead's first. */
  platforms: Platform[];
}

/**
 * A lead's touches and cadence, live (a linked lead's are its person's: every lead's touches):
 * the same pure rules the background enforces, computed here so the popup can explain before it
 * sends. Undefined while loading or without a lead.
 */
export function useLeadCadence(lead: StoredLead | null | undefined, now: Date): LeadCadence | undefined {
  // The read time rides with the touches: a touch the background just logged at its own "now"
  // must not look like the future to a clock that ticks every 30 s ("36 days left" of 35).
  const read = useLiveQuery(async () => {
    if (!lead) return undefined;
    const person = await personLeads(db(), lead);
    const ids = person.map((l) => l.id);
    return { person, touches: personTouches(await touchesByLead(db(), ids), ids), at: new Date() };
  }, [lead]);
  const settings = useLiveQuery(() => getSettings(db()), []);
  if (!lead || !read || !settings) return undefined;
  const at = read.at > now ? read.at : now;
  const since = personRestartedAt(read.person);
  const policy = settings.cadence;
  const others = read.person.filter((l) => l.id !== lead.id);
  const platforms = [lead.platform, ...others.map((l) => l.platform)];
  return {
    now: at,
    touches: read.touches,
    policy,
    since,
    status: cadenceStatus(policy, read.touches, at, since),
    others,
    platforms,
    channel: suggestChannel(read.touches, platforms),
  };
}

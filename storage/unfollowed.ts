import type { StoredLead, TouchlineDb } from './db';
import type { Signal } from '@/model';
import { stored, unstored } from './stored';

/**
 * Records on each lead that they stopped following (issue #12): an `unfollowed` signal, nothing
 * else. The lead is never deleted, its stage stays, and it does not re-surface. Answers the leads as written.
 */
export async function addUnfollowed(
  database: TouchlineDb,
  leadIds: readonly string[],
  signal: Omit<Signal, 'kind'>,
): Promise<StoredLead[]> {
  const leads = (await database.leads.bulkGet([...leadIds])).filter((l) => l !== undefined);
  const marked = leads.map((lead) =>
    stored({
      ...unstored(lead),
      signals: [...lead.signals, { ...signal, kind: 'unfollowed' }],
      changedAt: signal.at,
    }),
  );
  await database.leads.bulkPut(marked);
  return marked;
}

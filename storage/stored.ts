import type { StoredLead } from './db';
import { leadKeys } from './identity';
import type { Lead } from '@/model';
import { searchWords } from './words';
import { queueOf } from './triage';

/** A lead with its derived index fields recomputed; the only way leads enter the table. */
export function stored(lead: Lead & { dueAt?: string }): StoredLead {
  return {
    ...lead,
    waitingSince: lead.resurfacedAt ?? lead.firstSeenAt,
    queue: queueOf(lead),
    keys: leadKeys(lead),
    words: searchWords(lead.displayName, lead.handle, lead.headline, ...lead.aliases),
  };
}

/** A stored lead with its derived fields recomputed after a change, its Due time kept. */
export function restored(lead: StoredLead): StoredLead {
  const fresh = stored(unstored(lead));
  if (lead.dueAt) fresh.dueAt = lead.dueAt;
  return fresh;
}

/** The lead as the backup format has it, without the derived index fields. */
export function unstored(lead: StoredLead): Lead {
  const { keys: _keys, words: _words, dueAt: _dueAt, waitingSince: _waitingSince, queue: _queue, ...rest } = lead;
  return rest;
}

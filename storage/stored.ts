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

/** The lead as the backup format has it, without the derived index fields. */
export function unstored(lead: StoredLead): Lead {
  const { keys: _keys, words: _words, dueAt: _dueAt, waitingSince: _waitingSince, queue: _queue, ...rest } = lead;
  return rest;
}

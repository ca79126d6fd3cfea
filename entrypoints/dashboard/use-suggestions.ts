import { useDeferredValue, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { suggestLinks, type Suggestion } from '@/people';
import { db, type StoredLead } from '@/storage/db';
import { DISMISSED_KEY } from '@/storage/people';

/** Shown at once: the rep works through a few; the rest come as those are linked or dismissed. */
const SHOWN = 10;

/**
 * Leads that look like one person on X and LinkedIn (people/suggest.ts), strong first, with the
 * pairs the rep dismissed and leads already linked left out. Computed from a deferred copy of the
 * leads, so a capture never makes the table wait for it.
 */
export function useSuggestions(leads: readonly StoredLead[]): {
  shown: Suggestion[];
  total: number;
  byId: Map<string, StoredLead>;
} {
  const deferred = useDeferredValue(leads);
  const dismissed = useLiveQuery(async () => (await db().settings.get(DISMISSED_KEY))?.value, []);
  return useMemo(() => {
    const keys = new Set(Array.isArray(dismissed) ? dismissed.filter((k): k is string => typeof k === 'string') : []);
    const byId = new Map(deferred.map((l) => [l.id, l]));
    const all = suggestLinks(deferred, { dismissed: keys, linkedOf: (id) => byId.get(id)?.personId ?? null });
    return { shown: all.slice(0, SHOWN), total: all.length, byId };
  }, [deferred, dismissed]);
}

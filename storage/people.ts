import { mergeView } from '@/people';
import type { StoredLead, TouchlineDb } from './db';
import { syncCadence } from './cadence-sync';
import { byPersonOrder, personLeads, withPersons } from './person-leads';
import { restored } from './stored';
import { Refused } from './refused';

/** Most leads one person may hold: a person has a profile or two per platform, not a crowd. */
export const MAX_PERSON_LEADS = 6;
/** Settings row of the suggestions the rep dismissed (`pairKey`s, people/suggest.ts). */
export const DISMISSED_KEY = 'people.dismissed';

/** Writes leads with their derived fields (queue: only the person's first waits in New). */
const put = (database: TouchlineDb, leads: readonly StoredLead[]) => database.leads.bulkPut(leads.map(restored));

/**
 * Links leads into one person (issue #15): with any person they already belong to, they share one
 * cadence, and the person's stage, temperature and do-not-contact (people/merge-view.ts rules)
 * replace each lead's, which is kept in `personBefore` for unlink. Touches stay on their own lead.
 */
export async function linkLeads(database: TouchlineDb, leadIds: readonly string[], now: Date): Promise<string> {
  return database.transaction('rw', [database.leads, database.touches, database.settings], async () => {
    const asked = [...new Set(leadIds)];
    const found = await database.leads.bulkGet(asked);
    const missing = asked.filter((_, i) => !found[i]);
    if (missing.length) throw new Refused(`No lead "${missing[0]}": it may have been deleted.`);
    // Whole persons join: a lead already linked brings the rest of its person along.
    const all = byPersonOrder(
      await withPersons(
        database,
        found.filter((l) => l !== undefined),
      ),
    );
    if (all.length < 2) throw new Refused('Linking needs two leads of one person.');
    if (all.length > MAX_PERSON_LEADS) throw new Refused(`A person holds at most ${MAX_PERSON_LEADS} leads.`);
    const view = mergeView(all);
    const first = all[0];
    if (!view || !first) throw new Refused('Linking needs two leads of one person.');
    const shared = {
      stage: view.disqualified ? ('disqualified' as const) : view.stage,
      temperature: view.temperature,
      doNotContact: view.doNotContact,
    };
    const changedAt = now.toISOString();
    await put(
      database,
      all.map((l) => ({
        ...l,
        personBefore: l.personBefore ?? { stage: l.stage, temperature: l.temperature, doNotContact: l.doNotContact },
        personId: first.id,
        ...shared,
        changedAt,
      })),
    );
    await syncCadence(
      database,
      all.map((l) => l.id),
      now,
    );
    return first.id;
  });
}

/**
 * Takes a lead out of its person and gives it back the stage, temperature and do-not-contact it had
 * before; a person left with one lead is undone the same way. The others keep the person (its
 * id moves to their first lead if this one was it). Touches never moved, so each cadence is its own
 * again.
 */
export async function unlinkLead(database: TouchlineDb, leadId: string, now: Date): Promise<void> {
  await database.transaction('rw', [database.leads, database.touches, database.settings], async () => {
    const lead = await database.leads.get(leadId);
    if (!lead) throw new Refused(`No lead "${leadId}": it may have been deleted.`);
    if (!lead.personId) throw new Refused(`${lead.displayName || lead.id} is not linked to anyone.`);
    const all = await personLeads(database, lead);
    const rest = all.filter((l) => l.id !== lead.id);
    const alone = (l: StoredLead): StoredLead => {
      const { personBefore, personId: _personId, ...own } = l;
      return { ...own, ...(personBefore ?? {}), personId: null, changedAt: now.toISOString() };
    };
    const next =
      rest.length < 2 ? all.map(alone) : [alone(lead), ...rest.map((l) => ({ ...l, personId: rest[0]?.id }))];
    await put(database, next);
    await syncCadence(
      database,
      all.map((l) => l.id),
      now,
    );
  });
}

/** Remembers that the rep said two leads are not one person: the suggestion is not shown again. */
export async function dismissSuggestion(database: TouchlineDb, key: string): Promise<void> {
  await database.transaction('rw', database.settings, async () => {
    const row = await database.settings.get(DISMISSED_KEY);
    const keys = Array.isArray(row?.value) ? row.value.filter((k): k is string => typeof k === 'string') : [];
    if (!keys.includes(key)) await database.settings.put({ key: DISMISSED_KEY, value: [...keys, key].slice(-10_000) });
  });
}

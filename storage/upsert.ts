import type { CapturedPerson } from '@/capture/types';
import type { Placement } from '@/roster/classify';
import { captureCache, type CaptureCache } from './capture-cache';
import type { StoredLead, TouchlineDb } from './db';
import { leadIdFor, personKeys } from './identity';
import { mergeLead, newLead, type CaptureSignal, type MergeContext } from './merge';
import { markChanged } from './changed';
import { getSettings } from './settings';
import { icpOf, withTriage } from './triage';
import { stored } from './stored';

export interface UpsertOptions {
  now: Date;
  /**
   * Where each person stands against the account's follower roster (storage/roster.ts). Only a
   * `new` follower enters the inbox; the others are existing followers, whose `followed` signal
   * is undated unless the page gave its time.
   */
  placements?: ReadonlyMap<CapturedPerson, Placement>;
  /** A profile page enriches a known lead but never creates one (PRODUCT.md "Capture"). */
  enrichOnly?: boolean;
  /** The batch's reads (storage/capture-cache.ts); without it, this call reads for itself. */
  cache?: CaptureCache;
}

export interface UpsertResult {
  created: string[];
  resurfaced: string[];
  updated: number;
  /** People the page showed that cannot be keyed (no id, no handle). */
  unkeyed: number;
  /** How many now wait in the New inbox because of this capture (created new, or re-surfaced). */
  inbox: number;
}

/**
 * Stores captured people as leads: one lead per person, merged by identity, in one read-write
 * transaction so that two tabs capturing the same people at once serialise instead of
 * racing to create duplicates.
 */
export async function upsertCaptured(
  database: TouchlineDb,
  people: readonly CapturedPerson[],
  signal: CaptureSignal | null,
  opts: UpsertOptions,
): Promise<UpsertResult> {
  const result: UpsertResult = { created: [], resurfaced: [], updated: 0, unkeyed: 0, inbox: 0 };
  const now = opts.now.toISOString();
  return database.transaction('rw', [database.leads, database.touches, database.settings], async () => {
    const ctx: MergeContext = { now, baseline: false };
    const cache = opts.cache ?? captureCache(database);
    // The settings (for triage's ideal customer) are read alongside the lookup, not after it.
    const [settings, cached] = await Promise.all([getSettings(database), cache.leads.find(people.flatMap(personKeys))]);
    const icp = icpOf(settings);
    // This call's own writes, ahead of the batch's reads: a person twice in one capture is one lead.
    const byKey = new Map<string, StoredLead>();
    const leadOf = (key: string) => byKey.get(key) ?? cached(key);
    const known = people.flatMap((p) => personKeys(p).map(leadOf)).filter((l) => l !== undefined);
    const touchesOf = await cache.touches.of(known.map((l) => l.id));

    const changed = new Map<string, StoredLead>();
    const rekeyed: { from: string; to: string }[] = [];
    for (const person of people) {
      const id = leadIdFor(person);
      if (!id) {
        result.unkeyed++;
        continue;
      }
      const existing = personKeys(person)
        .map(leadOf)
        .find((l) => l !== undefined);
      const placement = opts.placements?.get(person);
      const old = placement !== undefined && placement !== 'new';
      const personCtx: MergeContext = old ? { ...ctx, baseline: true } : ctx;
      const personSignal = signal && old && !person.at ? { ...signal, undated: true as const } : signal;
      let lead: StoredLead;
      if (!existing) {
        if (opts.enrichOnly || !personSignal) continue;
        lead = stored(withTriage(markChanged(undefined, newLead(id, person, personSignal, personCtx), now), icp));
        result.created.push(id);
        if (lead.stage === 'new') result.inbox++;
      } else {
        const merged = mergeLead(existing, person, personSignal, {
          ...personCtx,
          touched: touchesOf.has(existing.id),
        });
        const next = withTriage(markChanged(existing, merged.lead, now), icp, touchesOf.get(existing.id));
        lead = stored({ ...next, id: preferredId(existing.id, id) });
        if (lead.id !== existing.id) {
          rekeyed.push({ from: existing.id, to: lead.id });
          // CSV rows keep naming the lead by its first id, so a CRM matches it again.
          lead.touchlineId ??= existing.id;
        }
        if (merged.fresh) {
          result.resurfaced.push(lead.id);
          result.inbox++;
        }
        if (!result.created.includes(lead.id)) result.updated++;
        changed.delete(existing.id);
      }
      changed.set(lead.id, lead);
      for (const key of lead.keys) byKey.set(key, lead);
    }
    for (const { from, to } of rekeyed) {
      await database.leads.delete(from);
      await database.touches.where('leadId').equals(from).modify({ leadId: to });
      cache.touches.moved(from, to);
    }
    await database.leads.bulkPut([...changed.values()]);
    cache.leads.wrote([...changed.values()]);
    return result;
  });
}

/** An X lead first known only by handle (`x:@name`) takes its rest_id id once that is seen. */
function preferredId(existingId: string, capturedId: string): string {
  return existingId.startsWith('x:@') && !capturedId.startsWith('x:@') ? capturedId : existingId;
}

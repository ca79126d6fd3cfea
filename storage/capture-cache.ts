import type { Touch } from '@/model';
import type { StoredLead, StoredRosterEntry, TouchlineDb } from './db';

/**
 * Records found by their multi-entry `keys` index, read from the store once for a whole batch of
 * captures (storage/capture.ts) instead of once per capture: a scroll's 20 messages of 70 people
 * made 40 index lookups, each a round trip the worker waits on. What the batch writes is kept
 * here too, so a later capture in the batch sees it; a key looked up and not found is remembered
 * as absent. Only valid inside the batch's transaction.
 */
export class KeyedCache<T extends { keys: string[] }> {
  private readonly byKey = new Map<string, T | null>();

  constructor(private readonly read: (keys: string[]) => Promise<T[]>) {}

  /** Reads the keys not yet known; then answers by key. */
  async find(keys: readonly string[]): Promise<(key: string) => T | undefined> {
    const missing = [...new Set(keys)].filter((k) => !this.byKey.has(k));
    if (missing.length) {
      const found = await this.read(missing);
      for (const key of missing) this.byKey.set(key, null);
      this.wrote(found);
    }
    return (key) => this.byKey.get(key) ?? undefined;
  }

  /** Records just written (or read): each of their keys now finds them. */
  wrote(records: readonly T[]): void {
    for (const record of records) for (const key of record.keys) this.byKey.set(key, record);
  }

  /** After a write that re-keys records: everything is read again. */
  forget(): void {
    this.byKey.clear();
  }
}

/** Touches by lead, read once per lead for the batch (a capture never adds a touch). */
export class TouchCache {
  private readonly checked = new Set<string>();
  private readonly byLead = new Map<string, Touch[]>();

  constructor(private readonly database: TouchlineDb) {}

  /** The touches of these leads; a lead without any has no entry. */
  async of(leadIds: readonly string[]): Promise<ReadonlyMap<string, Touch[]>> {
    const missing = [...new Set(leadIds)].filter((id) => !this.checked.has(id));
    if (missing.length) {
      const touches = await this.database.touches.where('leadId').anyOf(missing).toArray();
      for (const id of missing) this.checked.add(id);
      for (const [id, list] of Map.groupBy(touches, (t) => t.leadId)) this.byLead.set(id, list);
    }
    return this.byLead;
  }

  /** A lead's touches now belong to its new id (storage/upsert.ts re-keys an X lead). */
  moved(from: string, to: string): void {
    const list = this.byLead.get(from);
    this.byLead.delete(from);
    this.checked.add(to);
    if (list) this.byLead.set(to, [...(this.byLead.get(to) ?? []), ...list.map((t) => ({ ...t, leadId: to }))]);
  }
}

export interface CaptureCache {
  leads: KeyedCache<StoredLead>;
  roster: KeyedCache<StoredRosterEntry>;
  touches: TouchCache;
}

export const captureCache = (database: TouchlineDb): CaptureCache => ({
  leads: new KeyedCache((keys) => database.leads.where('keys').anyOf(keys).toArray()),
  roster: new KeyedCache((keys) => database.roster.where('keys').anyOf(keys).toArray()),
  touches: new TouchCache(database),
});

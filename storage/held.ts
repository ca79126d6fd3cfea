import type { Payload } from '@/messaging/table';
import { startOfGroup, type BurstGuard } from './burst';
import { captureTables, ingestCaptures, type IngestResult } from './capture';
import type { HeldCapture, TouchlineDb } from './db';

type CaptureMessage = Payload<'capture.people'>;

/** A capture as it arrived: the message, the tab it came from (null: not a web page), and its page. */
export interface Arrival {
  message: CaptureMessage;
  tab: string | null;
  page: string;
}

class HoldFrom extends Error {
  constructor(
    readonly index: number,
    readonly group: string,
  ) {
    super('held for review');
  }
}

/**
 * Stores captures unless their tab is bursting (storage/burst.ts): those are held for review, whole,
 * and nothing of them is applied. A capture that would cross the limit aborts its batch's transaction,
 * which then runs again without it. Answers each arrival's result, or null when it was held.
 */
export async function ingestGuarded(
  database: TouchlineDb,
  arrivals: readonly Arrival[],
  now: Date,
  guard: BurstGuard,
): Promise<(IngestResult | null)[]> {
  const at = now.getTime();
  const held = new Map<number, string>();
  arrivals.forEach((a, i) => {
    const group = a.tab === null ? null : guard.heldGroup(a.tab, at);
    if (group) held.set(i, group);
  });
  for (;;) {
    const admitted = arrivals.flatMap((_, i) => (held.has(i) ? [] : [i]));
    const pending = new Map<string, number>();
    try {
      const results = await ingestCaptures(
        database,
        admitted.map((i) => (arrivals[i] as Arrival).message),
        now,
        (k, result) => {
          const { tab } = arrivals[admitted[k] as number] as Arrival;
          if (tab === null) return;
          const before = pending.get(tab) ?? 0;
          const verdict = guard.admit(tab, before + result.inbox, at);
          if (!verdict.ok) throw new HoldFrom(admitted[k] as number, verdict.group);
          pending.set(tab, before + result.inbox);
        },
      );
      for (const [tab, n] of pending) guard.record(tab, n, at);
      await hold(database, arrivals, held, now);
      const out: (IngestResult | null)[] = arrivals.map(() => null);
      admitted.forEach((i, k) => (out[i] = results[k] ?? null));
      return out;
    } catch (e) {
      if (!(e instanceof HoldFrom)) throw e;
      const { tab } = arrivals[e.index] as Arrival;
      // The rest of this tab's batch belongs to the same burst.
      arrivals.forEach((a, i) => {
        if (i >= e.index && a.tab === tab) held.set(i, e.group);
      });
    }
  }
}

async function hold(database: TouchlineDb, arrivals: readonly Arrival[], held: Map<number, string>, now: Date) {
  if (held.size === 0) return;
  const rows: HeldCapture[] = [...held].map(([i, group]) => {
    const { message, page } = arrivals[i] as Arrival;
    return { group, at: now.toISOString(), page, message };
  });
  await database.held.bulkAdd(rows);
}

/** One held burst as the dashboard shows it: "1,240 people arrived from one page in 10 s: keep them?" */
export interface HeldGroup {
  group: string;
  page: string;
  people: number;
  captures: number;
  /** When the burst began (its first people, held or not); `firstAt`…`lastAt` span the held ones. */
  startedAt: string;
  firstAt: string;
  lastAt: string;
}

export async function heldGroups(database: TouchlineDb): Promise<HeldGroup[]> {
  const groups = new Map<string, HeldGroup>();
  await database.held.each((row) => {
    const g = groups.get(row.group);
    const people = row.message.people.length;
    if (!g) {
      groups.set(row.group, {
        group: row.group,
        page: row.page,
        people,
        captures: 1,
        startedAt: startOfGroup(row.group),
        firstAt: row.at,
        lastAt: row.at,
      });
      return;
    }
    g.people += people;
    g.captures++;
    if (row.at < g.firstAt) g.firstAt = row.at;
    if (row.at > g.lastAt) g.lastAt = row.at;
  });
  return [...groups.values()];
}

/** Keeps a held burst: its captures are stored as if they had just arrived, in their order. */
export async function keepHeld(database: TouchlineDb, group: string, now: Date): Promise<IngestResult[]> {
  return database.transaction('rw', [database.held, ...captureTables(database)], async () => {
    const rows = await database.held.where('group').equals(group).sortBy('id');
    const results = await ingestCaptures(
      database,
      rows.map((r) => r.message),
      now,
    );
    await database.held.where('group').equals(group).delete();
    return results;
  });
}

/** Discards a held burst: nothing of it is stored. Answers how many people it held. */
export async function discardHeld(database: TouchlineDb, group: string): Promise<number> {
  return database.transaction('rw', database.held, async () => {
    const rows = await database.held.where('group').equals(group).toArray();
    await database.held.where('group').equals(group).delete();
    return rows.reduce((n, r) => n + r.message.people.length, 0);
  });
}

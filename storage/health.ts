import type { HealthRecord, TouchlineDb } from './db';

export interface HealthDelta {
  responses?: number;
  people?: number;
  failures?: number;
  skipped?: Record<string, number>;
  error?: string;
  /** Of `responses`, how many yielded nobody (by default: all of them when `people` is 0). */
  empty?: number;
}

const emptyOf = (d: HealthDelta) =>
  d.empty ?? ((d.responses ?? 0) > 0 && (d.people ?? 0) === 0 ? (d.responses ?? 0) : 0);

/**
 * Several observations of surfaces as one delta each, so that a batch of captures writes each
 * surface's record once; each response is still counted empty or not on its own.
 */
export class HealthTally {
  readonly bySurface = new Map<string, HealthDelta>();

  add(surface: string, d: HealthDelta): void {
    const t = this.bySurface.get(surface) ?? { responses: 0, people: 0, failures: 0, empty: 0, skipped: {} };
    t.responses = (t.responses ?? 0) + (d.responses ?? 0);
    t.people = (t.people ?? 0) + (d.people ?? 0);
    t.failures = (t.failures ?? 0) + (d.failures ?? 0);
    t.empty = (t.empty ?? 0) + emptyOf(d);
    const skipped = (t.skipped ??= {});
    for (const [reason, n] of Object.entries(d.skipped ?? {})) skipped[reason] = (skipped[reason] ?? 0) + n;
    if (d.error) t.error = d.error;
    this.bySurface.set(surface, t);
  }

  async record(database: TouchlineDb, now: Date): Promise<void> {
    for (const [surface, d] of this.bySurface) await recordHealth(database, surface, d, now);
  }
}

function emptyHealth(surface: string): HealthRecord {
  return {
    surface,
    responsesSeen: 0,
    peopleExtracted: 0,
    emptyResponses: 0,
    failures: 0,
    skipped: {},
    lastSeenAt: null,
    lastSuccessAt: null,
    lastError: null,
  };
}

/**
 * Adds one observation to a surface's capture health. A response that yields nobody counts as
 * empty: many empty responses and no successes is how a site's format change first shows.
 */
export async function recordHealth(database: TouchlineDb, surface: string, delta: HealthDelta, now: Date) {
  const at = now.toISOString();
  await database.transaction('rw', database.health, async () => {
    const h = (await database.health.get(surface)) ?? emptyHealth(surface);
    const people = delta.people ?? 0;
    h.responsesSeen += delta.responses ?? 0;
    h.peopleExtracted += people;
    h.failures += delta.failures ?? 0;
    h.emptyResponses += emptyOf(delta);
    for (const [reason, n] of Object.entries(delta.skipped ?? {})) h.skipped[reason] = (h.skipped[reason] ?? 0) + n;
    h.lastSeenAt = at;
    if (people > 0) h.lastSuccessAt = at;
    if (delta.error) h.lastError = delta.error.slice(0, 500);
    await database.health.put(h);
  });
}

import type { HealthRecord, TouchlineDb } from './db';

export interface HealthDelta {
  responses?: number;
  people?: number;
  failures?: number;
  skipped?: Record<string, number>;
  error?: string;
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
    if ((delta.responses ?? 0) > 0 && people === 0) h.emptyResponses += delta.responses ?? 0;
    for (const [reason, n] of Object.entries(delta.skipped ?? {})) h.skipped[reason] = (h.skipped[reason] ?? 0) + n;
    h.lastSeenAt = at;
    if (people > 0) h.lastSuccessAt = at;
    if (delta.error) h.lastError = delta.error.slice(0, 500);
    await database.health.put(h);
  });
}

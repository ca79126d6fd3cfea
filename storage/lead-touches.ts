import type { Touch } from '@/model';
import type { TouchlineDb } from './db';

/** A lead's touches, oldest first: the one query every view and rule uses. */
export async function leadTouches(database: TouchlineDb, leadId: string): Promise<Touch[]> {
  const touches = await database.touches.where('leadId').equals(leadId).toArray();
  return touches.sort((a, b) => a.at.localeCompare(b.at));
}

/** The touches of these leads, grouped by lead (one index query for them all). */
export async function touchesByLead(database: TouchlineDb, leadIds: readonly string[]): Promise<Map<string, Touch[]>> {
  // A batch of only new people (the common capture) has nobody to look up.
  if (leadIds.length === 0) return new Map();
  const touches = await database.touches
    .where('leadId')
    .anyOf([...leadIds])
    .toArray();
  return Map.groupBy(touches, (t) => t.leadId);
}

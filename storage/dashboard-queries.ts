import type { HealthRecord, Touch } from '@/model';
import type { StoredLead, TouchlineDb } from './db';
import { getSettings } from './settings';

// Dexie reads for the dashboard; useLiveQuery re-runs them when the tables change. What the
// dashboard does with them (filter, sort, funnel, speed to lead) is pure, in lists/.

/** Every lead, once per change: filtering and sorting happen in memory, not per keystroke. */
export const allLeads = (database: TouchlineDb): Promise<StoredLead[]> => database.leads.toArray();
export const allTouches = (database: TouchlineDb): Promise<Touch[]> => database.touches.toArray();
export const healthRecords = (database: TouchlineDb): Promise<HealthRecord[]> =>
  database.health.orderBy('surface').toArray();
export const dashboardSettings = getSettings;

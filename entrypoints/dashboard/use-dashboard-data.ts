import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/storage/db';
import {
  allLeads,
  allTouches,
  cadenceStates,
  dashboardSettings,
  funnel,
  healthRecords,
  speedToLead,
} from '@/storage/dashboard-queries';

/**
 * Everything the dashboard reads, live. Each table is read whole once per change (a 100,000-lead
 * `toArray` takes about 2 s); filters and sorting then work on these arrays in memory.
 */
export function useDashboardData(now: Date) {
  const leads = useLiveQuery(() => allLeads(db()), []);
  const touches = useLiveQuery(() => allTouches(db()), []);
  const settings = useLiveQuery(() => dashboardSettings(db()), []);
  const health = useLiveQuery(() => healthRecords(db()), []);
  const policy = settings?.cadence;
  // Only touched leads are computed, so the per-minute tick of `now` stays cheap.
  const states = useMemo(
    () => (leads && touches && policy ? cadenceStates(leads, touches, policy, now) : new Map<string, never>()),
    [leads, touches, policy, now],
  );
  const stages = useMemo(() => funnel(leads ?? []), [leads]);
  const speed = useMemo(() => speedToLead(leads ?? [], touches ?? [], now), [leads, touches, now]);
  return { leads, touches, settings, health, states, stages, speed };
}

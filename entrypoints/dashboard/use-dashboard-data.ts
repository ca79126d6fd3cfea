import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/storage/db';
import { followerAccounts } from '@/storage/roster-queries';
import { heldGroups } from '@/storage/held';
import type { FollowerAccountRow } from '@/components/dashboard/followers-card';
import { allLeads, allTouches, dashboardSettings, healthRecords } from '@/storage/dashboard-queries';
import { cadenceStates, funnel, speedToLead } from '@/lists';

/**
 * Everything the dashboard reads, live. Each table is read whole once per change (a 100,000-lead
 * `toArray` takes about 2 s); filters and sorting then work on these arrays in memory.
 */
export function useDashboardData(now: Date) {
  const leads = useLiveQuery(() => allLeads(db()), []);
  const touches = useLiveQuery(() => allTouches(db()), []);
  const settings = useLiveQuery(() => dashboardSettings(db()), []);
  const health = useLiveQuery(() => healthRecords(db()), []);
  const held = useLiveQuery(() => heldGroups(db()), []);
  // Day granularity is enough for "last 7 and 30 days"; the per-minute `now` would re-query.
  const day = Math.floor(now.getTime() / 86_400_000);
  const followers = useLiveQuery(
    async (): Promise<FollowerAccountRow[]> =>
      (await followerAccounts(db(), new Date(day * 86_400_000 + 86_400_000 - 1))).map((v) => ({
        id: v.account.id,
        label: accountLabel(v.account),
        coverage: v.coverage,
        changes: v.changes,
      })),
    [day],
  );
  const policy = settings?.cadence;
  // Only touched leads are computed, so the per-minute tick of `now` stays cheap.
  const states = useMemo(
    () => (leads && touches && policy ? cadenceStates(leads, touches, policy, now) : new Map<string, never>()),
    [leads, touches, policy, now],
  );
  const stages = useMemo(() => funnel(leads ?? []), [leads]);
  const speed = useMemo(() => speedToLead(leads ?? [], touches ?? [], now), [leads, touches, now]);
  return { leads, touches, settings, health, held, followers, states, stages, speed };
}

function accountLabel(a: { id: string; platform: 'x' | 'linkedin'; handle?: string }): string {
  if (a.platform === 'x') return a.handle ? `X @${a.handle}` : `X account ${a.id.slice(2)}`;
  return a.id === 'linkedin:?' ? 'LinkedIn (you)' : `LinkedIn ${a.id.slice('linkedin:'.length)}`;
}

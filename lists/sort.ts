import type { CadenceState } from '@/cadence';
import { STAGES, type Lead } from '@/model';
import { cadenceOf, type CadenceStates } from './filter';
import { instant } from './time';

export const SORT_KEYS = [
  'name',
  'platform',
  'stage',
  'temperature',
  'cadence',
  'firstSeenAt',
  'lastSignalAt',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

const TEMPERATURE_ORDER: Record<string, number> = { hot: 0, warm: 1, cold: 2, none: 3 };
const CADENCE_ORDER: Record<CadenceState, number> = {
  not_started: 0,
  active: 1,
  last_attempt: 2,
  ended: 3,
  replied: 4,
};

function sortValue(lead: Lead, key: SortKey, states: CadenceStates): string | number {
  switch (key) {
    case 'name':
      return (lead.displayName || lead.handle || '').toLowerCase();
    case 'platform':
      return lead.platform;
    case 'stage':
      return STAGES.indexOf(lead.stage);
    case 'temperature':
      return TEMPERATURE_ORDER[lead.temperature ?? 'none'] ?? 3;
    case 'cadence':
      return CADENCE_ORDER[cadenceOf(states, lead.id)];
    case 'firstSeenAt':
      return instant(lead.firstSeenAt);
    case 'lastSignalAt':
      return instant(lead.lastSignalAt);
  }
}

/**
 * The leads sorted by one column; ties keep first-seen order (newest first) and then id, so the
 * order is total and stable between renders. Sort keys are computed once per lead, not per
 * comparison: at 100,000 leads that is the difference between ~50 ms and over a second.
 */
export function sortLeads<L extends Lead>(leads: readonly L[], sort: Sort, states: CadenceStates): L[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const keyed = leads.map((lead) => ({ lead, v: sortValue(lead, sort.key, states), seen: instant(lead.firstSeenAt) }));
  keyed.sort((a, b) => {
    if (a.v !== b.v) return (a.v < b.v ? -1 : 1) * sign;
    if (a.seen !== b.seen) return b.seen - a.seen;
    return a.lead.id < b.lead.id ? -1 : a.lead.id > b.lead.id ? 1 : 0;
  });
  return keyed.map((k) => k.lead);
}

import { cadenceStatus, type CadenceState } from '@/cadence';
import type { HealthRecord, StoredLead, TouchlineDb } from './db';
import { restartedAt } from './cadence-sync';
import type { CadencePolicy, Lead, Platform, SIGNAL_KINDS, Stage, Temperature, Touch } from './model';
import { STAGES } from './model';
import { getSettings } from './settings';

export type SignalKind = (typeof SIGNAL_KINDS)[number];

/** The dashboard's filters; an absent field does not narrow. Date bounds are instants (ms). */
export interface LeadFilter {
  platform?: Platform;
  stage?: Stage;
  /** `none` selects leads with no temperature yet. */
  temperature?: Temperature | 'none';
  signal?: SignalKind;
  cadence?: CadenceState;
  /** First seen at or after this instant. */
  firstSeenFrom?: number;
  /** First seen strictly before this instant (the day after the "to" date). */
  firstSeenBefore?: number;
  /** Case-insensitive substring of display name, handle or headline. */
  text?: string;
}

/** Cadence state per lead id; a lead without touches is `not_started` and is not in the map. */
export type CadenceStates = ReadonlyMap<string, CadenceState>;

export const cadenceOf = (states: CadenceStates, id: string): CadenceState => states.get(id) ?? 'not_started';

// Instants, not strings: ISO times with and without fractional seconds do not sort as text.
const instant = (iso: string): number => Date.parse(iso);

/**
 * Every touched lead's cadence state. Only leads with touches are computed: at 100,000 leads most
 * have none, and running the rules for each would cost seconds on every change.
 */
export function cadenceStates(
  leads: readonly Lead[],
  touches: readonly Touch[],
  policy: CadencePolicy,
  now: Date,
): Map<string, CadenceState> {
  const byLead = groupTouches(touches);
  const out = new Map<string, CadenceState>();
  for (const lead of leads) {
    const own = byLead.get(lead.id);
    if (own) out.set(lead.id, cadenceStatus(policy, own, now, restartedAt(lead)).state);
  }
  return out;
}

export function groupTouches(touches: readonly Touch[]): Map<string, Touch[]> {
  const byLead = new Map<string, Touch[]>();
  for (const t of touches) {
    const list = byLead.get(t.leadId);
    if (list) list.push(t);
    else byLead.set(t.leadId, [t]);
  }
  return byLead;
}

/** The leads the filter lets through, in their given order. */
export function filterLeads<L extends Lead>(leads: readonly L[], filter: LeadFilter, states: CadenceStates): L[] {
  const text = filter.text?.trim().toLowerCase() ?? '';
  const { platform, stage, temperature, signal, cadence, firstSeenFrom, firstSeenBefore } = filter;
  return leads.filter((lead) => {
    if (platform && lead.platform !== platform) return false;
    if (stage && lead.stage !== stage) return false;
    if (temperature && (lead.temperature ?? 'none') !== temperature) return false;
    if (signal && !lead.signals.some((s) => s.kind === signal)) return false;
    if (cadence && cadenceOf(states, lead.id) !== cadence) return false;
    if (firstSeenFrom !== undefined || firstSeenBefore !== undefined) {
      const seen = instant(lead.firstSeenAt);
      if (firstSeenFrom !== undefined && seen < firstSeenFrom) return false;
      if (firstSeenBefore !== undefined && seen >= firstSeenBefore) return false;
    }
    if (text && !matchesText(lead, text)) return false;
    return true;
  });
}

// Lower-cased search text per lead object, built on the first search and reused by the next
// ones; a fresh live-query result brings fresh objects, and the old entries go with the old array.
const haystacks = new WeakMap<Lead, readonly string[]>();

function matchesText(lead: Lead, lowerQuery: string): boolean {
  let hay = haystacks.get(lead);
  if (!hay) {
    hay = [lead.displayName.toLowerCase(), (lead.handle ?? '').toLowerCase(), lead.headline.toLowerCase()];
    haystacks.set(lead, hay);
  }
  return hay.some((field) => field.includes(lowerQuery));
}

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

/** Leads per stage, every stage present (zero when empty), in the pipeline's order. */
export function funnel(leads: readonly Lead[]): { stage: Stage; count: number }[] {
  const counts = new Map<Stage, number>(STAGES.map((s) => [s, 0]));
  for (const lead of leads) counts.set(lead.stage, (counts.get(lead.stage) ?? 0) + 1);
  return STAGES.map((stage) => ({ stage, count: counts.get(stage) ?? 0 }));
}

export const SPEED_WINDOW_DAYS = 30;

/**
 * Speed to lead: the median time from a lead's first signal to its first touch, over the leads
 * first seen in the last 30 days (`firstSeenAt` ≥ now − 30 days, inclusive) that have a touch.
 * `null` when no lead qualifies. A touch logged before the first signal (the rep reached out
 * before the lead followed) counts as an immediate response, not a negative time.
 */
export function speedToLead(
  leads: readonly Lead[],
  touches: readonly Touch[],
  now: Date,
): { medianMs: number; leads: number } | null {
  const since = now.getTime() - SPEED_WINDOW_DAYS * 24 * 3600 * 1000;
  const firstTouch = new Map<string, number>();
  for (const t of touches) {
    const at = instant(t.at);
    const known = firstTouch.get(t.leadId);
    if (known === undefined || at < known) firstTouch.set(t.leadId, at);
  }
  const delays: number[] = [];
  for (const lead of leads) {
    const touched = firstTouch.get(lead.id);
    if (touched === undefined || instant(lead.firstSeenAt) < since) continue;
    const signalled = Math.min(instant(lead.firstSeenAt), ...lead.signals.map((s) => instant(s.at)));
    delays.push(Math.max(0, touched - signalled));
  }
  const median = medianOf(delays);
  return median === null ? null : { medianMs: median, leads: delays.length };
}

export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? hi) + hi) / 2;
}

/** Silence longer than this after a surface last extracted anyone, while responses keep coming. */
export const FORMAT_WARNING_MS = 7 * 24 * 3600 * 1000;

/**
 * A surface that sees responses but extracts nobody: never, or not for a week while responses
 * still arrive. One empty response is normal (a notifications page without new followers);
 * a week of them is how a site's format change first shows.
 */
export function mayHaveChangedFormat(h: HealthRecord): boolean {
  if (h.responsesSeen === 0 || !h.lastSeenAt) return false;
  if (h.peopleExtracted === 0 || !h.lastSuccessAt) return true;
  return instant(h.lastSeenAt) - instant(h.lastSuccessAt) > FORMAT_WARNING_MS;
}

// Dexie reads for the dashboard; useLiveQuery re-runs them when the tables change.

/** Every lead, once per change: filtering and sorting happen in memory, not per keystroke. */
export const allLeads = (database: TouchlineDb): Promise<StoredLead[]> => database.leads.toArray();
export const allTouches = (database: TouchlineDb): Promise<Touch[]> => database.touches.toArray();
export const leadTouches = (database: TouchlineDb, leadId: string): Promise<Touch[]> =>
  database.touches.where('leadId').equals(leadId).sortBy('at');
export const healthRecords = (database: TouchlineDb): Promise<HealthRecord[]> =>
  database.health.orderBy('surface').toArray();
export const dashboardSettings = getSettings;

/**
 * The one lead a "forget this person" query names: a lead id, an @handle or slug, or a profile
 * URL on X or LinkedIn. `null` when none or several match, so the wrong person is never deleted.
 */
export function findPerson<L extends Lead>(leads: readonly L[], query: string): L | null {
  const q = query.trim();
  if (!q) return null;
  const byId = leads.find((l) => l.id === q);
  if (byId) return byId;
  const url = /^(?:https?:\/\/)?(?:www\.)?(x\.com|twitter\.com|linkedin\.com\/in)\/([^/?#\s]+)/i.exec(q);
  const platform = url ? (url[1]?.toLowerCase().startsWith('linkedin') ? 'linkedin' : 'x') : null;
  const handle = decodeSafely(url?.[2] ?? q.replace(/^@/, '')).toLowerCase();
  const known = (l: Lead) => [l.handle ?? '', ...l.aliases].some((h) => h.toLowerCase() === handle);
  const hits = leads.filter((l) => (platform === null || l.platform === platform) && known(l));
  return hits.length === 1 ? (hits[0] ?? null) : null;
}

function decodeSafely(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

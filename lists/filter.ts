import { cadenceStatus, restartedAt, type CadenceState } from '@/cadence';
import type { CadencePolicy, Lead, Platform, SignalKind, Stage, Temperature, Touch } from '@/model';
import { instant } from './time';
import { personCadenceStatus } from '@/people';

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
  /** Triage (issue #14): fit at least this (0–100). */
  minFit?: number;
  /** Triage calls it a likely false lead (true) or not (false). */
  likelyFalse?: boolean;
  /** Triage's suggested temperature; `none` selects leads with no suggestion. */
  suggested?: Temperature | 'none';
}

/** Cadence state per lead id; a lead without touches is `not_started` and is not in the map. */
export type CadenceStates = ReadonlyMap<string, CadenceState>;

export const cadenceOf = (states: CadenceStates, id: string): CadenceState => states.get(id) ?? 'not_started';

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
  // A person's leads share one cadence (issue #15): each of them shows the person's state.
  const persons = Map.groupBy(
    leads.filter((l) => l.personId),
    (l) => l.personId ?? '',
  );
  for (const lead of leads) {
    const person = lead.personId ? persons.get(lead.personId) : undefined;
    if (person && person.length > 1) {
      if (person.some((l) => byLead.has(l.id)))
        out.set(lead.id, personCadenceStatus(policy, byLead, person, now).state);
      continue;
    }
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
  const { minFit, likelyFalse, suggested } = filter;
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
    if (minFit !== undefined && (lead.triage?.fit ?? 0) < minFit) return false;
    if (likelyFalse !== undefined && (lead.triage?.likelyFalse ?? false) !== likelyFalse) return false;
    if (suggested && (lead.triage?.suggestedTemperature ?? 'none') !== suggested) return false;
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

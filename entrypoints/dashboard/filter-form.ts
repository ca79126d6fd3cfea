import type { CadenceState } from '@/cadence';
import type { LeadFilter } from '@/lists';
import type { SignalKind } from '@/model';
import { PLATFORMS, SIGNAL_KINDS, STAGES, TEMPERATURES } from '@/model';
import type { FilterForm } from '@/components/dashboard/filter-bar';

const CADENCE_STATES: readonly CadenceState[] = ['not_started', 'active', 'last_attempt', 'ended', 'replied'];

const pick = <T extends string>(all: readonly T[], v: string): T | undefined => all.find((x) => x === v);

/** Midnight starting a `YYYY-MM-DD` day in the reader's zone, `days` later; undefined if not a date. */
function dayStart(value: string, days = 0): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days).getTime();
}

/** The typed filter controls as the query's filter: the "to" day is included, whole. */
export function toLeadFilter(form: FilterForm): LeadFilter {
  return {
    platform: pick(PLATFORMS, form.platform),
    stage: pick(STAGES, form.stage),
    temperature: form.temperature === 'none' ? 'none' : pick(TEMPERATURES, form.temperature),
    signal: pick<SignalKind>(SIGNAL_KINDS, form.signal),
    cadence: pick(CADENCE_STATES, form.cadence),
    firstSeenFrom: dayStart(form.from),
    firstSeenBefore: dayStart(form.to, 1),
    text: form.text.trim() || undefined,
    minFit: /^\d+$/.test(form.fit) ? Number(form.fit) : undefined,
    likelyFalse: form.triage === 'false' ? true : form.triage === 'real' ? false : undefined,
    suggested: form.suggested === 'none' ? 'none' : pick(TEMPERATURES, form.suggested),
  };
}

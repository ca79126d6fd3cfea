import { STAGES, type HealthRecord, type Lead, type Stage, type Touch } from '@/model';
import { instant } from './time';

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

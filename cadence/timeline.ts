import { addHours, compareAsc, isBefore, parseISO } from 'date-fns';
import type { Touch } from '@/model';

/** What the cadence rules need to know about a touch; the rest of `Touch` is irrelevant here. */
export type CadenceTouch = Pick<Touch, 'at' | 'outcome' | 'valueProp' | 'channel'>;

/** A counted touch with its time parsed once, so the rules compare `Date`s, not strings. */
export interface TimedTouch {
  readonly touch: CadenceTouch;
  readonly at: Date;
}

/**
 * The touches that belong to the current cadence, oldest first.
 *
 * A touch exactly at `restartedAt` counts: the background records the restart and the first touch
 * of the new cadence in the same moment. Sorting is stable, so two touches logged at the same
 * instant keep their insertion order.
 */
export function countedTouches(touches: readonly CadenceTouch[], restartedAt: string | null | undefined): TimedTouch[] {
  const restart = restartedAt ? parseISO(restartedAt) : null;
  return touches
    .map((touch) => ({ touch, at: parseISO(touch.at) }))
    .filter(({ at }) => restart === null || !isBefore(at, restart))
    .sort((a, b) => compareAsc(a.at, b.at));
}

/**
 * When the window that opened at `startedAt` closes (a touch at this exact instant is inside).
 *
 * Counted in hours, not calendar days: the rules must give the same answer in every time zone and
 * across daylight-saving changes, since the popup and the background may disagree on local time.
 */
export function windowEndFor(startedAt: Date, policy: { maxDays: number }): Date {
  return addHours(startedAt, policy.maxDays * 24);
}

/** The earliest time a touch may follow one at `at` (a gap of exactly `minGapHours` is allowed). */
export function earliestAfter(at: Date, policy: { minGapHours: number }): Date {
  return addHours(at, policy.minGapHours);
}

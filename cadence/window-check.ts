import { isAfter, min } from 'date-fns';
import type { CadencePolicy } from '@/model';
import { windowEndFor } from './timeline';
import { calendarDay } from './wording';

export interface WindowRefusal {
  code: 'ended' | 'outside_window';
  reason: string;
}

/**
 * Why a touch at `at` falls outside the cadence window, or null when it fits.
 *
 * The window end is inclusive. `ended` when the window has already closed at `now` (the rep needs
 * a restart); `outside_window` when the time itself is the problem: a few seconds past the end
 * (clock skew), or a back-dated touch so early that it would move the window's start and leave an
 * already logged touch outside it. `times` are the counted touches' times, oldest first.
 */
export function windowRefusal(
  policy: Pick<CadencePolicy, 'maxDays'>,
  times: readonly Date[],
  at: Date,
  now: Date,
): WindowRefusal | null {
  const first = times[0];
  const last = times.at(-1);
  if (!first || !last) return null;
  const days = `${policy.maxDays}-day window`;
  const end = windowEndFor(first, policy);
  if (isAfter(at, end)) {
    if (isAfter(now, end)) {
      const reason = `The ${days} for this lead closed on ${calendarDay(end)}; the cadence has ended. Restart the cadence to reach out again.`;
      return { code: 'ended', reason };
    }
    const reason = `That time is after the ${days} closes on ${calendarDay(end)}; pick a time within the window.`;
    return { code: 'outside_window', reason };
  }
  if (isAfter(last, windowEndFor(min([first, at]), policy))) {
    const reason = `A touch on ${calendarDay(at)} would start the ${days} earlier and leave the touch on ${calendarDay(last)} outside it; check the date.`;
    return { code: 'outside_window', reason };
  }
  return null;
}

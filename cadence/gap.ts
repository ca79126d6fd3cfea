import { isAfter, isBefore } from 'date-fns';
import type { CadencePolicy } from '@/model';
import { earliestAfter } from './timeline';
import { calendarDay, gapWording, plural } from './wording';

/**
 * Why a touch at `at` breaks the minimum gap, or null when it keeps it.
 *
 * Both neighbours are checked: a back-dated touch can land between two logged ones, and crowding
 * the later one is as much spam as crowding the earlier. A gap of exactly `minGapHours` is fine.
 * `times` are the counted touches' times, oldest first.
 */
export function gapProblem(
  policy: Pick<CadencePolicy, 'minGapHours'>,
  times: readonly Date[],
  at: Date,
): string | null {
  const before = times.filter((t) => !isAfter(t, at)).at(-1);
  const after = times.find((t) => isAfter(t, at));
  if (before && isBefore(at, earliestAfter(before, policy))) {
    const elapsed = gapWording(before, at);
    const which = after ? `the touch on ${calendarDay(before)}` : 'the last touch';
    return `Only ${elapsed} since ${which}; the policy asks for ${asked(elapsed, policy)}.`;
  }
  if (after && isBefore(after, earliestAfter(at, policy))) {
    const elapsed = gapWording(at, after);
    return `Only ${elapsed} before the touch on ${calendarDay(after)}; the policy asks for ${asked(elapsed, policy)}.`;
  }
  return null;
}

/** "48" after "20 hours" (the unit is already said), "48 hours" after "20 minutes". */
function asked(elapsed: string, policy: Pick<CadencePolicy, 'minGapHours'>): string {
  return /hour/.test(elapsed) ? String(policy.minGapHours) : plural(policy.minGapHours, 'hour');
}

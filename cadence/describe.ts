import { differenceInCalendarDays, differenceInMinutes, formatDistanceStrict, isAfter, parseISO } from 'date-fns';
import type { CadenceStatus } from './status';

/**
 * One short line for the popup, e.g. "touch 3 of 5 · 12 days left · next due tomorrow",
 * "last attempt · due now", "ended · 5 of 5 touches", "replied", "not started".
 * "touch 3 of 5" counts touches already made; days left round up, so the last hours read "1 day".
 */
export function describeCadence(status: CadenceStatus, now: Date): string {
  const { state, touchesUsed, touchesMax, nextDueAt, windowEndsAt } = status;
  if (state === 'not_started') return 'not started';
  if (state === 'replied') return 'replied';
  if (state === 'ended') return `ended · ${touchesUsed} of ${touchesMax} touches`;
  if (nextDueAt === null || windowEndsAt === null) return state.replace('_', ' ');
  const nextDue = parseISO(nextDueAt);
  const windowEnd = parseISO(windowEndsAt);
  const due = status.dueNow ? 'due now' : `next due ${when(nextDue, now)}`;
  if (state === 'last_attempt') {
    // The gap ends after the window does: the last touch can only be logged early, with a confirm.
    if (isAfter(nextDue, windowEnd)) {
      return `last attempt · window closes ${formatDistanceStrict(windowEnd, now, { addSuffix: true })}`;
    }
    return `last attempt · ${due}`;
  }
  // A clock a moment behind the first touch (read before the touch was stored) must not show
  // more days than the window has.
  const from = status.startedAt && isAfter(parseISO(status.startedAt), now) ? parseISO(status.startedAt) : now;
  const left = formatDistanceStrict(windowEnd, from, { unit: 'day', roundingMethod: 'ceil' });
  return `touch ${touchesUsed} of ${touchesMax} · ${left} left · ${due}`;
}

/**
 * "in 5 hours", "tomorrow", "in 3 days": calendar days in the browser's zone, because
 * "tomorrow" is what the rep will plan around; within the same day, the hours that remain.
 */
function when(date: Date, now: Date): string {
  const days = differenceInCalendarDays(date, now);
  if (days === 1) return 'tomorrow';
  if (days >= 2) return `in ${days} days`;
  return formatDistanceStrict(date, now, { addSuffix: true });
}

/**
 * How long a new lead has been waiting for a first touch, for the speed-to-lead clock:
 * "<1 min", "12 min", "3 h", "2 d" (rounded down: a lead waiting 47 hours reads "1 d", not "2 d").
 */
export function waitingFor(sinceIso: string, now: Date): string {
  // A signal stamped slightly ahead of this clock (skew) has not been waiting at all.
  const minutes = Math.max(0, differenceInMinutes(now, parseISO(sinceIso)));
  if (minutes < 1) return '<1 min';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h`;
  return `${Math.floor(hours / 24)} d`;
}

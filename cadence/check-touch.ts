import { addMinutes, formatDistanceStrict, isAfter, isBefore, max, min, parseISO } from 'date-fns';
import type { CadencePolicy } from '@/model';
import { gapProblem } from './gap';
import { countedTouches, earliestAfter, windowEndFor, type CadenceTouch } from './timeline';
import { findUsedValueProp } from './value-props';
import { windowRefusal } from './window-check';
import { calendarDay } from './wording';

export type TouchRefusalCode = 'future' | 'ended' | 'replied' | 'max_touches' | 'too_soon' | 'outside_window';

export type TouchCheck =
  | { ok: true; lastAttempt: boolean; warnings: string[] }
  | { ok: false; reason: string; code: TouchRefusalCode; needsConfirm?: boolean };

/** The touch the rep is about to log; `valueProp`, when given, is checked for a repeat. */
export interface ProposedTouch {
  at: Date;
  valueProp?: string;
}

export interface CheckTouchOptions {
  /** The rep confirmed a touch sooner than the minimum gap. */
  confirmEarly?: boolean;
  restartedAt?: string | null;
}

/** Browser clocks drift; a touch up to this far ahead of `now` is taken as happening now. */
const CLOCK_SKEW_MINUTES = 1;
const RESTART_HINT = 'Restart the cadence to reach out again.';

/**
 * Whether the policy lets the rep log `proposed` at `now`, and if so whether it is the last attempt.
 *
 * Hard refusals come before the gap, so the rep is never asked to confirm a touch that would then
 * be refused anyway. A back-dated touch that happened before the cadence stopped (inside the
 * window, before the reply) is history the rep forgot to log, so it is accepted even if the cadence
 * has ended since; a touch after the stop needs an explicit restart.
 */
export function checkTouch(
  policy: CadencePolicy,
  touches: readonly CadenceTouch[],
  proposed: ProposedTouch,
  now: Date,
  opts: CheckTouchOptions = {},
): TouchCheck {
  const { at } = proposed;
  if (isAfter(at, addMinutes(now, CLOCK_SKEW_MINUTES))) {
    const reason = `That time is ${formatDistanceStrict(at, now)} in the future; log a touch once it has happened.`;
    return { ok: false, code: 'future', reason };
  }
  const restart = opts.restartedAt ? parseISO(opts.restartedAt) : null;
  if (restart && isBefore(at, restart)) {
    const reason = `That time is before the cadence was restarted on ${calendarDay(restart)}; pick a time after the restart.`;
    return { ok: false, code: 'outside_window', reason };
  }
  const counted = countedTouches(touches, opts.restartedAt);
  const times = counted.map((t) => t.at);
  const reply = counted.find(({ touch }) => touch.outcome === 'replied');
  if (reply && !isBefore(at, reply.at)) {
    const reason = `This lead replied on ${calendarDay(reply.at)}; the cadence has stopped. ${RESTART_HINT}`;
    return { ok: false, code: 'replied', reason };
  }
  const used = counted.length;
  if (used >= policy.maxTouches) {
    // After a policy change the lead may have had more touches than the policy now allows.
    const had =
      used === policy.maxTouches
        ? `${used} of ${policy.maxTouches} touches`
        : `${used} touches and the policy allows ${policy.maxTouches}`;
    const reason = `This lead has had ${had}; the cadence has ended. ${RESTART_HINT}`;
    return { ok: false, code: 'max_touches', reason };
  }
  const outside = windowRefusal(policy, times, at, now);
  if (outside) return { ok: false, ...outside };

  const warnings: string[] = [];
  const early = gapProblem(policy, times, at);
  if (early && !opts.confirmEarly) {
    const reason = `${early} Confirm to log it anyway.`;
    return { ok: false, code: 'too_soon', needsConfirm: true, reason };
  }
  if (early) warnings.push(`Logged early: ${early}`);
  // All touches, not only the counted ones: the lead remembers what was said before a restart.
  const repeated = findUsedValueProp(touches, proposed.valueProp ?? '');
  if (repeated !== null) {
    warnings.push(`"${repeated}" was already used with this lead; bring a new value proposition.`);
  }
  return { ok: true, lastAttempt: isLastAttempt(policy, times, at, now), warnings };
}

/**
 * Whether a touch at `at` closes the cadence: it is the last touch the policy allows, or no later
 * touch could keep the gap and still fit in the window. A touch back-dated between two logged ones
 * is never the last attempt: the rep did not tell the lead so in that message.
 */
function isLastAttempt(policy: CadencePolicy, times: readonly Date[], at: Date, now: Date): boolean {
  const last = times.at(-1);
  if (last && isBefore(at, last)) return false;
  if (times.length + 1 >= policy.maxTouches) return true;
  const end = windowEndFor(min([times[0] ?? at, at]), policy);
  return isAfter(max([now, earliestAfter(at, policy)]), end);
}

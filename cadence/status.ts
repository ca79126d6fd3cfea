import { isAfter, isBefore, max } from 'date-fns';
import type { CadencePolicy, Channel } from '@/model';
import { countedTouches, earliestAfter, windowEndFor, type CadenceTouch } from './timeline';

export type CadenceState = 'not_started' | 'active' | 'last_attempt' | 'ended' | 'replied';

/** The `cadence.status` reply: times are ISO 8601 UTC strings, or null when they do not apply. */
export interface CadenceStatus {
  state: CadenceState;
  touchesUsed: number;
  touchesMax: number;
  startedAt: string | null;
  windowEndsAt: string | null;
  nextDueAt: string | null;
  lastTouchAt: string | null;
  lastTouchChannel: Channel | null;
  dueNow: boolean;
}

/**
 * Where a lead's cadence stands at `now`, under the current policy.
 *
 * Only touches at or after `restartedAt` count. Touches already logged keep counting when the
 * policy changes, so lowering `maxTouches` below the touches used ends the cadence. The window is
 * inclusive (`now` equal to `windowEndsAt` is still inside) and a gap of exactly `minGapHours` is
 * allowed. `dueNow` is false for `not_started`: the caller runs the speed-to-lead clock instead.
 */
export function cadenceStatus(
  policy: CadencePolicy,
  touches: readonly CadenceTouch[],
  now: Date,
  restartedAt?: string | null,
): CadenceStatus {
  const counted = countedTouches(touches, restartedAt);
  const first = counted[0];
  const last = counted.at(-1);
  const base = { touchesUsed: counted.length, touchesMax: policy.maxTouches };
  if (!first || !last) {
    return {
      ...base,
      state: 'not_started',
      startedAt: null,
      windowEndsAt: null,
      nextDueAt: null,
      lastTouchAt: null,
      lastTouchChannel: null,
      dueNow: false,
    };
  }
  const windowEnd = windowEndFor(first.at, policy);
  const known = {
    ...base,
    startedAt: first.at.toISOString(),
    windowEndsAt: windowEnd.toISOString(),
    lastTouchAt: last.at.toISOString(),
    lastTouchChannel: last.touch.channel,
  };
  // A reply wins over everything, even on the touch that used up the policy: the lead answered.
  if (counted.some(({ touch }) => touch.outcome === 'replied')) {
    return { ...known, state: 'replied', nextDueAt: null, dueNow: false };
  }
  if (counted.length >= policy.maxTouches || isAfter(now, windowEnd)) {
    return { ...known, state: 'ended', nextDueAt: null, dueNow: false };
  }
  const nextDue = earliestAfter(last.at, policy);
  // The next touch cannot come before now nor before the gap; if the one after it would land past
  // the window, the next touch is the last chance and the rep should say so.
  const afterNext = earliestAfter(max([now, nextDue]), policy);
  const lastChance = counted.length >= policy.maxTouches - 1 || isAfter(afterNext, windowEnd);
  return {
    ...known,
    state: lastChance ? 'last_attempt' : 'active',
    nextDueAt: nextDue.toISOString(),
    dueNow: !isBefore(now, nextDue),
  };
}

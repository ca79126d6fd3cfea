import { addMilliseconds } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { cadenceStatus } from './status';
import { day, policy, touchOn, touchesOn } from './test-helpers';

const iso = (days: number) => day(days).toISOString();
const windowEnd = day(35); // 6 Dec 2026 09:00 UTC

describe('cadenceStatus: one row per state the popup shows', () => {
  it.each([
    {
      name: 'no touch yet: not started, no clock but speed-to-lead',
      touches: [],
      now: day(1),
      want: {
        state: 'not_started',
        touchesUsed: 0,
        startedAt: null,
        windowEndsAt: null,
        nextDueAt: null,
        dueNow: false,
      },
    },
    {
      name: 'one touch, gap not over: active, due on day 2',
      touches: touchesOn(0),
      now: day(1),
      want: {
        state: 'active',
        touchesUsed: 1,
        startedAt: iso(0),
        windowEndsAt: '2026-12-06T09:00:00.000Z',
        nextDueAt: iso(2),
        dueNow: false,
      },
    },
    {
      name: 'one touch, exactly 48 h later: due now',
      touches: touchesOn(0),
      now: day(2),
      want: { state: 'active', nextDueAt: iso(2), dueNow: true },
    },
    {
      name: 'four of five touches: the next is the last attempt',
      touches: touchesOn(0, 2, 4, 6),
      now: day(7),
      want: { state: 'last_attempt', touchesUsed: 4, nextDueAt: iso(8), dueNow: false },
    },
    {
      name: 'five of five touches: ended, nothing due',
      touches: touchesOn(0, 2, 4, 6, 8),
      now: day(9),
      want: { state: 'ended', touchesUsed: 5, nextDueAt: null, dueNow: false },
    },
    {
      name: 'a reply on the fifth touch: replied, not ended',
      touches: [...touchesOn(0, 2, 4, 6), touchOn(8, 'replied')],
      now: day(9),
      want: { state: 'replied', touchesUsed: 5, nextDueAt: null, dueNow: false },
    },
    {
      name: 'a reply on the first touch stops the cadence at once',
      touches: [touchOn(0, 'replied')],
      now: day(3),
      want: { state: 'replied', touchesUsed: 1, nextDueAt: null, dueNow: false },
    },
    {
      name: 'a bounce is a touch used, not a reply',
      touches: [touchOn(0, 'bounced')],
      now: day(3),
      want: { state: 'active', touchesUsed: 1, dueNow: true },
    },
  ])('$name', ({ touches, now, want }) => {
    expect(cadenceStatus(policy, touches, now)).toMatchObject({ touchesMax: 5, ...want });
  });
});

describe('cadenceStatus: the window', () => {
  it.each([
    // 2 touches, next due day 32; the touch after the next could come no sooner than now + 48 h.
    { name: 'day 33: a touch after the next still fits (day 35 = window end)', now: day(33), state: 'active' },
    { name: 'day 34 of 35: the next touch is the last one that fits', now: day(34), state: 'last_attempt' },
    { name: 'exactly at the window end: still inside', now: windowEnd, state: 'last_attempt' },
    { name: '1 ms after the window end: ended', now: addMilliseconds(windowEnd, 1), state: 'ended' },
  ])('$name', ({ now, state }) => {
    const status = cadenceStatus(policy, touchesOn(0, 30), now);
    expect(status.state).toBe(state);
    expect(status.windowEndsAt).toBe('2026-12-06T09:00:00.000Z');
  });

  it('a reply inside the window still reads replied after the window has passed', () => {
    const status = cadenceStatus(policy, [touchOn(0), touchOn(3, 'replied')], day(60));
    expect(status.state).toBe('replied');
  });
});

describe('cadenceStatus: a policy change mid-cadence counts the touches already logged', () => {
  it.each([
    { maxTouches: 3, state: 'ended' },
    { maxTouches: 2, state: 'ended' },
    { maxTouches: 4, state: 'last_attempt' },
    { maxTouches: 7, state: 'active' },
  ])('3 touches logged, maxTouches now $maxTouches: $state', ({ maxTouches, state }) => {
    const status = cadenceStatus({ ...policy, maxTouches }, touchesOn(0, 2, 4), day(5));
    expect(status).toMatchObject({ state, touchesUsed: 3, touchesMax: maxTouches });
  });

  it('a longer gap moves the next due date with it', () => {
    const status = cadenceStatus({ ...policy, minGapHours: 72 }, touchesOn(0, 2), day(3));
    expect(status).toMatchObject({ state: 'active', nextDueAt: iso(5), dueNow: false });
  });
});

describe('cadenceStatus: order and restarts', () => {
  it('sorts touches by time, not by the order they were logged', () => {
    const touches = [touchOn(4, 'no_reply', 'phone'), touchOn(0, 'no_reply', 'x_dm'), touchOn(2)];
    expect(cadenceStatus(policy, touches, day(5))).toMatchObject({
      startedAt: iso(0),
      lastTouchAt: iso(4),
      lastTouchChannel: 'phone',
      nextDueAt: iso(6),
      windowEndsAt: '2026-12-06T09:00:00.000Z',
    });
  });

  it('after a restart only the new touches count (a touch at the restart instant counts)', () => {
    const touches = [...touchesOn(0, 2, 4, 6, 8), touchOn(40, 'no_reply', 'linkedin_message')];
    expect(cadenceStatus(policy, touches, day(41), iso(40))).toMatchObject({
      state: 'active',
      touchesUsed: 1,
      startedAt: iso(40),
      windowEndsAt: iso(75),
      nextDueAt: iso(42),
      lastTouchChannel: 'linkedin_message',
    });
  });

  it('a restart with no touch since is not started again, even if the old cadence had a reply', () => {
    const touches = [touchOn(0, 'replied')];
    expect(cadenceStatus(policy, touches, day(41), iso(40)).state).toBe('not_started');
  });
});

import { addMinutes, addSeconds } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { checkTouch } from './check-touch';
import { day, policy, touchOn, touchesOn } from './test-helpers';

const h = (hours: number) => day(hours / 24);

describe('checkTouch: the minimum gap', () => {
  const logged = touchesOn(0);

  it('refuses 47 h 59 min after the last touch, asking for a confirmation', () => {
    const at = addMinutes(h(47), 59);
    expect(checkTouch(policy, logged, { at }, at)).toEqual({
      ok: false,
      code: 'too_soon',
      needsConfirm: true,
      reason: 'Only 47 hours since the last touch; the policy asks for 48. Confirm to log it anyway.',
    });
  });

  it('allows the same touch once the rep confirms, and says it was early', () => {
    const at = addMinutes(h(47), 59);
    const result = checkTouch(policy, logged, { at }, at, { confirmEarly: true });
    expect(result).toEqual({
      ok: true,
      lastAttempt: false,
      warnings: ['Logged early: Only 47 hours since the last touch; the policy asks for 48.'],
    });
  });

  it('allows exactly 48 h without any confirmation', () => {
    expect(checkTouch(policy, logged, { at: h(48) }, h(48))).toEqual({ ok: true, lastAttempt: false, warnings: [] });
  });

  it.each([
    { at: h(20), reason: 'Only 20 hours since the last touch; the policy asks for 48. Confirm to log it anyway.' },
    {
      at: h(0.5),
      reason: 'Only 30 minutes since the last touch; the policy asks for 48 hours. Confirm to log it anyway.',
    },
  ])('names the gap in the reason: $reason', ({ at, reason }) => {
    expect(checkTouch(policy, logged, { at }, at)).toMatchObject({ ok: false, reason });
  });
});

describe('checkTouch: a back-dated touch between two logged ones', () => {
  // Logged out of order on purpose: day 4 first, then day 0.
  const logged = touchesOn(4, 0);
  const now = day(5);

  it.each([
    { name: 'exactly 48 h from both neighbours: allowed', at: day(2), want: { ok: true, lastAttempt: false } },
    {
      name: 'too close to the later touch: refused',
      at: day(3),
      want: {
        ok: false,
        code: 'too_soon',
        reason: 'Only 24 hours before the touch on 5 Nov 2026; the policy asks for 48. Confirm to log it anyway.',
      },
    },
    {
      name: 'too close to the earlier touch: refused',
      at: day(1),
      want: {
        ok: false,
        code: 'too_soon',
        reason: 'Only 24 hours since the touch on 1 Nov 2026; the policy asks for 48. Confirm to log it anyway.',
      },
    },
  ])('$name', ({ at, want }) => {
    expect(checkTouch(policy, logged, { at }, now)).toMatchObject(want);
  });

  it('a touch before the first one may not push a logged touch out of the window', () => {
    const result = checkTouch(policy, touchesOn(0, 34), { at: day(-2) }, day(34.5));
    expect(result).toEqual({
      ok: false,
      code: 'outside_window',
      reason:
        'A touch on 30 Oct 2026 would start the 35-day window earlier and leave the touch on 5 Dec 2026 outside it; check the date.',
    });
  });
});

describe('checkTouch: hard refusals', () => {
  it('refuses a time in the future, beyond a minute of clock skew', () => {
    const now = day(3);
    expect(checkTouch(policy, touchesOn(0), { at: addMinutes(now, 120) }, now)).toEqual({
      ok: false,
      code: 'future',
      reason: 'That time is 2 hours in the future; log a touch once it has happened.',
    });
    expect(checkTouch(policy, touchesOn(0), { at: addSeconds(now, 61) }, now)).toMatchObject({
      ok: false,
      code: 'future',
    });
    expect(checkTouch(policy, touchesOn(0), { at: addMinutes(now, 1) }, now)).toMatchObject({ ok: true });
  });

  it('refuses a sixth touch with the count and the way out', () => {
    expect(checkTouch(policy, touchesOn(0, 2, 4, 6, 8), { at: day(10) }, day(10))).toEqual({
      ok: false,
      code: 'max_touches',
      reason: 'This lead has had 5 of 5 touches; the cadence has ended. Restart the cadence to reach out again.',
    });
  });

  it('refuses the sixth touch as ended even when it is also too soon (no confirm offered)', () => {
    const result = checkTouch(policy, touchesOn(0, 2, 4, 6, 8), { at: day(8.5) }, day(8.5), { confirmEarly: true });
    expect(result).toMatchObject({ ok: false, code: 'max_touches' });
    expect(result).not.toHaveProperty('needsConfirm');
  });

  it('refuses any touch after a reply', () => {
    expect(checkTouch(policy, [touchOn(0), touchOn(2, 'replied')], { at: day(5) }, day(5))).toEqual({
      ok: false,
      code: 'replied',
      reason: 'This lead replied on 3 Nov 2026; the cadence has stopped. Restart the cadence to reach out again.',
    });
  });

  it.each([
    {
      maxTouches: 3,
      reason: 'This lead has had 3 of 3 touches; the cadence has ended. Restart the cadence to reach out again.',
    },
    {
      maxTouches: 2,
      reason:
        'This lead has had 3 touches and the policy allows 2; the cadence has ended. Restart the cadence to reach out again.',
    },
  ])('after the policy is lowered to $maxTouches touches, a fourth is refused', ({ maxTouches, reason }) => {
    const result = checkTouch({ ...policy, maxTouches }, touchesOn(0, 2, 4), { at: day(6) }, day(6));
    expect(result).toEqual({ ok: false, code: 'max_touches', reason });
  });

  it('after the policy is raised to 7 touches, a fourth is fine', () => {
    const result = checkTouch({ ...policy, maxTouches: 7 }, touchesOn(0, 2, 4), { at: day(6) }, day(6));
    expect(result).toEqual({ ok: true, lastAttempt: false, warnings: [] });
  });
});

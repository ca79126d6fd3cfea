import { addMilliseconds } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { checkTouch } from './check-touch';
import { day, policy, touchOn, touchesOn } from './test-helpers';

const windowEnd = day(35); // 6 Dec 2026 09:00 UTC

describe('checkTouch: the window edge (2 touches, window ends 6 Dec 09:00)', () => {
  const logged = touchesOn(0, 30);

  it('a touch exactly at the window end is inside, and is the last attempt', () => {
    expect(checkTouch(policy, logged, { at: windowEnd }, windowEnd)).toEqual({
      ok: true,
      lastAttempt: true,
      warnings: [],
    });
  });

  it('1 ms after the window end the cadence has ended', () => {
    const at = addMilliseconds(windowEnd, 1);
    expect(checkTouch(policy, logged, { at }, at)).toEqual({
      ok: false,
      code: 'ended',
      reason:
        'The 35-day window for this lead closed on 6 Dec 2026; the cadence has ended. Restart the cadence to reach out again.',
    });
  });

  it('a touch forgotten inside the window can still be logged after it closed', () => {
    expect(checkTouch(policy, logged, { at: day(33) }, day(40))).toMatchObject({ ok: true });
  });
});

describe('checkTouch: is this the last attempt?', () => {
  it.each([
    { name: 'the fifth of five touches', logged: touchesOn(0, 2, 4, 6), at: day(8), now: day(8), lastAttempt: true },
    {
      name: 'day 34 of 35: no later touch could keep the gap',
      logged: touchesOn(0, 30),
      at: day(34),
      now: day(34),
      lastAttempt: true,
    },
    {
      name: 'day 33 of 35: one more fits exactly at the window end',
      logged: touchesOn(0, 30),
      at: day(33),
      now: day(33),
      lastAttempt: false,
    },
    {
      name: 'day 32, logged after the window closed: nothing can follow',
      logged: touchesOn(0, 30),
      at: day(32),
      now: day(35.5),
      lastAttempt: true,
    },
    {
      name: 'the third of five, early in the window',
      logged: touchesOn(0, 2),
      at: day(4),
      now: day(4),
      lastAttempt: false,
    },
    {
      name: 'a back-dated touch that makes five is not the closing message',
      logged: touchesOn(0, 2, 6, 8),
      at: day(4),
      now: day(9),
      lastAttempt: false,
    },
  ])('$name', ({ logged, at, now, lastAttempt }) => {
    expect(checkTouch(policy, logged, { at }, now)).toMatchObject({ ok: true, lastAttempt });
  });
});

describe('checkTouch: restart', () => {
  const oldCadence = touchesOn(0, 2, 4, 6, 8);
  const restartedAt = day(40).toISOString(); // 11 Dec 2026

  it('a restarted cadence ignores the touches before the restart', () => {
    const result = checkTouch(policy, oldCadence, { at: day(40) }, day(40), { restartedAt });
    expect(result).toEqual({ ok: true, lastAttempt: false, warnings: [] });
  });

  it('refuses a time before the restart', () => {
    expect(checkTouch(policy, oldCadence, { at: day(39) }, day(40), { restartedAt })).toEqual({
      ok: false,
      code: 'outside_window',
      reason: 'That time is before the cadence was restarted on 11 Dec 2026; pick a time after the restart.',
    });
  });
});

describe('checkTouch: value propositions', () => {
  it('warns when the value proposition repeats one already used (any case or spacing)', () => {
    const logged = [touchOn(0, 'no_reply', 'email', 'Saves them time')];
    const result = checkTouch(policy, logged, { at: day(2), valueProp: '  saves them  TIME ' }, day(2));
    expect(result).toEqual({
      ok: true,
      lastAttempt: false,
      warnings: ['"Saves them time" was already used with this lead; bring a new value proposition.'],
    });
  });

  it('still warns after a restart: the lead heard it in the earlier cadence', () => {
    const logged = [touchOn(0, 'no_reply', 'email', 'Keeps people safe')];
    const result = checkTouch(policy, logged, { at: day(40), valueProp: 'keeps people safe' }, day(40), {
      restartedAt: day(40).toISOString(),
    });
    expect(result).toMatchObject({
      ok: true,
      warnings: ['"Keeps people safe" was already used with this lead; bring a new value proposition.'],
    });
  });
});

import { addHours, addMinutes, addSeconds } from 'date-fns';
import { describe, expect, it } from 'vitest';
import type { CadenceTouch } from './timeline';
import { describeCadence, waitingFor } from './describe';
import { cadenceStatus } from './status';
import { day, policy, touchOn, touchesOn } from './test-helpers';

describe('describeCadence: the popup line', () => {
  it.each<{ line: string; touches: CadenceTouch[]; now: Date; gap?: number }>([
    { line: 'not started', touches: [], now: day(0) },
    { line: 'replied', touches: [touchOn(0), touchOn(2, 'replied')], now: day(3) },
    { line: 'ended · 5 of 5 touches', touches: touchesOn(0, 2, 4, 6, 8), now: day(9) },
    { line: 'ended · 2 of 5 touches', touches: touchesOn(0, 2), now: day(36) },
    // 3 touches, the last on day 22; next due day 24 09:00; the window ends day 35.
    { line: 'touch 3 of 5 · 12 days left · next due tomorrow', touches: touchesOn(0, 20, 22), now: day(23) },
    {
      line: 'touch 3 of 5 · 12 days left · next due tomorrow',
      touches: touchesOn(0, 20, 22),
      now: addHours(day(23), 1),
    },
    {
      line: 'touch 3 of 5 · 12 days left · next due in 5 hours',
      touches: touchesOn(0, 20, 22),
      now: addHours(day(23), 19),
    },
    { line: 'touch 3 of 5 · 11 days left · due now', touches: touchesOn(0, 20, 22), now: day(24) },
    { line: 'touch 2 of 5 · 14 days left · next due in 3 days', touches: touchesOn(0, 20), now: day(21), gap: 96 },
    { line: 'last attempt · due now', touches: touchesOn(0, 2, 4, 6), now: day(9) },
    { line: 'last attempt · next due tomorrow', touches: touchesOn(0, 2, 4, 6), now: day(7) },
    // Read a second before the first touch was stored: the window has 35 days, never 36.
    { line: 'touch 1 of 5 · 35 days left · next due in 2 days', touches: touchesOn(0), now: addSeconds(day(0), -1) },
    // Touched on day 34: the gap ends after the window closes, so only an early (confirmed) touch fits.
    { line: 'last attempt · window closes in 20 hours', touches: touchesOn(0, 34), now: addHours(day(34), 4) },
  ])('$line', ({ line, touches, now, gap }) => {
    const status = cadenceStatus({ ...policy, minGapHours: gap ?? policy.minGapHours }, touches, now);
    expect(describeCadence(status, now)).toBe(line);
  });
});

describe('waitingFor: the speed-to-lead clock', () => {
  const since = day(0).toISOString();
  it.each([
    { waited: addSeconds(day(0), 30), text: '<1 min' },
    { waited: addMinutes(day(0), 12), text: '12 min' },
    { waited: addMinutes(day(0), 59), text: '59 min' },
    { waited: addMinutes(addHours(day(0), 3), 40), text: '3 h' },
    { waited: addHours(day(0), 23), text: '23 h' },
    { waited: addHours(day(0), 47), text: '1 d' },
    { waited: addHours(day(2), 5), text: '2 d' },
    { waited: addMinutes(day(0), -2), text: '<1 min' },
  ])('$text', ({ waited, text }) => {
    expect(waitingFor(since, waited)).toBe(text);
  });
});

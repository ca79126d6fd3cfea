import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Channel, type Outcome } from '@/model';
import type { CadenceTouch } from '@/cadence';
import { day } from '@/cadence/test-helpers';
import { checkPersonTouch, personCadenceStatus, personRestartedAt, personTouches, type PersonLead } from './cadence';

// One person, two leads; the default policy: 5 touches within 35 days, 48 hours apart.
const policy = DEFAULT_SETTINGS.cadence;
const X = 'x:@jane';
const LI = 'linkedin:jane-doe';
const CHANNEL: Record<string, Channel> = { [X]: 'x_dm', [LI]: 'linkedin_message' };
const iso = (d: number) => day(d).toISOString();

type Step = [lead: string, days: number, outcome?: Outcome, valueProp?: string];
/** Touches grouped by lead, each on its lead's own channel (day 0 is Sun 1 Nov 2026, 09:00 UTC). */
function timeline(...steps: Step[]): Map<string, CadenceTouch[]> {
  const byLead = new Map<string, CadenceTouch[]>([
    [X, []],
    [LI, []],
  ]);
  for (const [lead, d, outcome = 'no_reply', valueProp = ''] of steps) {
    byLead.get(lead)?.push({ at: iso(d), channel: CHANNEL[lead] ?? 'other', outcome, valueProp });
  }
  return byLead;
}
const restarted = (d: number) => ({ cadenceRestarts: [{ at: iso(d), reason: 'new role' }] });
const both = (x: Partial<PersonLead> = {}, li: Partial<PersonLead> = {}): PersonLead[] => [
  { id: X, ...x },
  { id: LI, ...li },
];

describe('personCadenceStatus: one cap, one window, one gap across both leads', () => {
  it.each([
    {
      name: '3 touches on X and 1 on LinkedIn: the next is the last attempt',
      touches: timeline([X, 0], [LI, 2], [X, 4], [X, 8]),
      now: 9,
      want: { state: 'last_attempt', touchesUsed: 4, touchesMax: 5, startedAt: iso(0), nextDueAt: iso(10) },
    },
    {
      name: 'the fifth on LinkedIn ends it',
      touches: timeline([X, 0], [LI, 2], [X, 4], [X, 8], [LI, 10]),
      now: 11,
      want: { state: 'ended', touchesUsed: 5, nextDueAt: null, lastTouchChannel: 'linkedin_message' },
    },
    {
      name: 'the fifth on X ends it',
      touches: timeline([X, 0], [LI, 2], [X, 4], [X, 8], [X, 10]),
      now: 11,
      want: { state: 'ended', touchesUsed: 5, lastTouchChannel: 'x_dm' },
    },
    {
      name: 'the window opens at the first touch on either lead: day 35 is still inside',
      touches: timeline([LI, 0], [X, 20], [X, 30]),
      now: 35,
      want: { state: 'last_attempt', startedAt: iso(0), windowEndsAt: iso(35), nextDueAt: iso(32), dueNow: true },
    },
    {
      name: 'and a moment past day 35 it has ended, though X was first touched on day 20',
      touches: timeline([LI, 0], [X, 20], [X, 30]),
      now: 35.001,
      want: { state: 'ended', windowEndsAt: iso(35), nextDueAt: null },
    },
    {
      name: 'a reply on LinkedIn ends the cadence on X too',
      touches: timeline([X, 0], [LI, 2, 'replied']),
      now: 3,
      want: { state: 'replied', touchesUsed: 2, dueNow: false },
    },
    {
      name: 'one touch on X, LinkedIn untouched: the gap holds for LinkedIn too',
      touches: timeline([X, 0]),
      now: 1,
      want: { state: 'active', touchesUsed: 1, nextDueAt: iso(2), dueNow: false },
    },
  ])('$name', ({ touches, now, want }) => {
    expect(personCadenceStatus(policy, touches, both(), day(now))).toMatchObject(want);
  });

  it('the latest restart among the leads applies to both', () => {
    const touches = timeline([LI, 0], [LI, 2], [LI, 4], [LI, 6], [X, 12]);
    // Restarted on X on day 10: LinkedIn's four touches belong to the cadence given up.
    expect(personCadenceStatus(policy, touches, both(restarted(10)), day(13))).toMatchObject({
      state: 'active',
      touchesUsed: 1,
      startedAt: iso(12),
    });
    // An older restart on LinkedIn (day 5) does not bring its touch on day 4 back.
    expect(personCadenceStatus(policy, touches, both(restarted(10), restarted(5)), day(13)).touchesUsed).toBe(1);
  });
});

describe('checkPersonTouch: the same boundaries when logging', () => {
  const five = timeline([X, 0], [LI, 2], [X, 4], [X, 8], [LI, 10]);

  // The check is the person's: the form on either profile asks it with the same touches.
  it.each([
    { name: 'fifth on LinkedIn, sixth asked for on X', touches: five },
    { name: 'fifth on X, sixth asked for on LinkedIn', touches: timeline([X, 0], [LI, 2], [X, 4], [X, 8], [X, 10]) },
  ])('$name: refused with the reason', ({ touches }) => {
    expect(checkPersonTouch(policy, touches, both(), { at: day(12) }, day(12))).toEqual({
      ok: false,
      code: 'max_touches',
      reason: 'This lead has had 5 of 5 touches; the cadence has ended. Restart the cadence to reach out again.',
    });
  });

  it.each([
    {
      name: 'the fourth touch is not the last attempt',
      touches: timeline([X, 0], [LI, 2], [X, 4]),
      at: 6,
      last: false,
    },
    {
      name: 'the fifth touch, after 3 on X and 1 on LinkedIn, is',
      touches: timeline([X, 0], [LI, 2], [X, 4], [X, 8]),
      at: 10,
      last: true,
    },
  ])('$name', ({ touches, at, last }) => {
    expect(checkPersonTouch(policy, touches, both(), { at: day(at) }, day(at))).toMatchObject({
      ok: true,
      lastAttempt: last,
    });
  });

  it.each([
    { name: '47 h after a touch on X, on LinkedIn: too soon', at: 47 / 24, want: { ok: false, code: 'too_soon' } },
    { name: 'exactly 48 h after: allowed', at: 2, want: { ok: true, warnings: [] } },
  ])('$name', ({ at, want }) => {
    expect(checkPersonTouch(policy, timeline([X, 0]), both(), { at: day(at) }, day(at))).toMatchObject(want);
  });

  it('the gap reason names the touch on the other channel, and confirming logs it with a warning', () => {
    const early = checkPersonTouch(policy, timeline([X, 0]), both(), { at: day(1) }, day(1));
    expect(early).toMatchObject({ ok: false, needsConfirm: true });
    expect(early.ok ? '' : early.reason).toBe(
      'Only 24 hours since the last touch; the policy asks for 48. Confirm to log it anyway.',
    );
    const confirmed = checkPersonTouch(policy, timeline([X, 0]), both(), { at: day(1) }, day(1), {
      confirmEarly: true,
    });
    expect(confirmed).toMatchObject({ ok: true, warnings: [expect.stringMatching(/^Logged early/)] });
  });

  it('after day 35 from the first touch on LinkedIn, a touch on X is refused: the window closed', () => {
    const check = checkPersonTouch(policy, timeline([LI, 0], [X, 20]), both(), { at: day(36) }, day(36));
    expect(check).toMatchObject({ ok: false, code: 'ended' });
  });

  it('a reply on X stops touches on LinkedIn', () => {
    const check = checkPersonTouch(policy, timeline([X, 0, 'replied']), both(), { at: day(3) }, day(3));
    expect(check).toMatchObject({ ok: false, code: 'replied' });
  });

  it('a touch before the latest restart on either lead is refused', () => {
    const check = checkPersonTouch(policy, timeline(), both({}, restarted(10)), { at: day(9) }, day(11));
    expect(check).toMatchObject({ ok: false, code: 'outside_window' });
  });

  it('a value proposition used on X is a repeat on LinkedIn', () => {
    const touches = timeline([X, 0, 'no_reply', 'Saves 10 h a week']);
    const check = checkPersonTouch(policy, touches, both(), { at: day(2), valueProp: 'saves 10 h a week' }, day(2));
    expect(check).toMatchObject({ ok: true, warnings: [expect.stringContaining('already used')] });
  });
});

describe('personTouches and personRestartedAt', () => {
  it('merges oldest first; a lead named twice or without touches adds nothing', () => {
    const merged = personTouches(timeline([X, 4], [LI, 2], [X, 0]), [X, LI, X, 'x:@other']);
    expect(merged.map((t) => [t.channel, t.at])).toEqual([
      ['x_dm', iso(0)],
      ['linkedin_message', iso(2)],
      ['x_dm', iso(4)],
    ]);
  });

  it('two touches at one instant keep the order of the lead ids', () => {
    const merged = personTouches(timeline([X, 0], [LI, 0]), [LI, X]);
    expect(merged.map((t) => t.channel)).toEqual(['linkedin_message', 'x_dm']);
  });

  it.each([
    { name: 'no restart anywhere', leads: both(), want: null },
    { name: 'a restart on one lead', leads: both({}, restarted(3)), want: iso(3) },
    { name: 'the later of two', leads: both(restarted(7), restarted(3)), want: iso(7) },
    { name: 'the later of two, either order', leads: both(restarted(3), restarted(7)), want: iso(7) },
  ])('$name', ({ leads, want }) => {
    expect(personRestartedAt(leads)).toBe(want);
  });
});

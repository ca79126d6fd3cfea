import { describe, expect, test } from 'vitest';
import { captured, captureSignal, lead, signal } from '@/test/factories';
import { mergeLead } from './merge';
import { NOW, T0, T1, ctx, followers, view } from './merge-test-helpers';

// Each expectation follows from a rule stated in merge.ts (its doc comments), worked out by hand.

describe('mergeLead: signals', () => {
  const seenAt = (at: string) => captured({ at });

  test('a null signal only enriches: no signal, no re-surfacing', () => {
    const known = lead({ stage: 'lead', signals: [signal({ at: T0 })] });
    const result = mergeLead(known, captured({ displayName: 'Ann Lee', at: T1 }), null, ctx);
    expect(result.fresh).toBe(false);
    // The old name is kept in the lead's history (issue #13).
    const history = [{ at: ctx.now, field: 'displayName', from: known.displayName }];
    expect(result.lead).toEqual({ ...known, displayName: 'Ann Lee', history });
  });

  test("a new signal is added at the person's own time; the times move out, never in", () => {
    const known = lead({ stage: 'contact', firstSeenAt: T0, lastSignalAt: T0, signals: [signal({ at: T0 })] });
    const later = mergeLead(known, seenAt(T1), view, ctx).lead;
    expect(later.signals).toEqual([signal({ at: T0 }), { ...view, at: T1 }]);
    expect([later.firstSeenAt, later.lastSignalAt]).toEqual([T0, T1]);
    const earlier = '2026-10-30T00:00:00.000Z';
    const before = mergeLead(known, seenAt(earlier), view, ctx).lead;
    expect([before.firstSeenAt, before.lastSignalAt]).toEqual([earlier, T0]);
  });

  test('without a time of its own, a signal is at the capture time', () => {
    const known = lead({ stage: 'contact', signals: [] });
    const merged = mergeLead(known, captured(), view, ctx).lead;
    expect(merged.signals).toEqual([{ ...view, at: NOW }]);
    expect(merged.lastSignalAt).toBe(NOW);
  });

  test('an undated signal is recorded but claims no recency', () => {
    const known = lead({ stage: 'contact', firstSeenAt: T0, lastSignalAt: T0, signals: [] });
    const undated = captureSignal({ kind: 'followed', source: 'x.followers', account: '99', undated: true });
    const merged = mergeLead(known, captured(), undated, ctx).lead;
    expect(merged.signals).toEqual([{ ...undated, at: NOW }]);
    expect(merged.lastSignalAt).toBe(T0);
  });

  test('following is a state: a known follower of that account seen following again is not news', () => {
    const known = lead({ stage: 'lead', signals: [signal({ kind: 'followed', account: '99', at: T0 })] });
    const note = captureSignal({ kind: 'followed', source: 'x.notifications', account: '99' });
    const result = mergeLead(known, captured({ displayName: 'Ann Lee', at: T1 }), note, ctx);
    expect(result.fresh).toBe(false);
    expect(result.lead.signals).toEqual(known.signals);
    expect(result.lead.lastSignalAt).toBe(known.lastSignalAt);
    // The fields are still enriched.
    expect(result.lead.displayName).toBe('Ann Lee');
  });

  test('following another own account is news', () => {
    const known = lead({ stage: 'lead', signals: [signal({ kind: 'followed', account: '98', at: T0 })] });
    const result = mergeLead(known, seenAt(T1), followers, ctx);
    expect(result.fresh).toBe(true);
    expect(result.lead.signals).toHaveLength(2);
  });

  test('following again after an unfollow is news', () => {
    const known = lead({
      stage: 'lead',
      signals: [
        signal({ kind: 'followed', account: '99', at: T0 }),
        signal({ kind: 'unfollowed', account: '99', at: T1 }),
      ],
    });
    const result = mergeLead(known, seenAt(NOW), followers, ctx);
    expect(result.fresh).toBe(true);
    expect(result.lead.signals.map((s) => s.kind)).toEqual(['followed', 'unfollowed', 'followed']);
  });

  test('a view is an event: recorded once per time, for each account', () => {
    const known = lead({
      stage: 'contact',
      signals: [signal({ kind: 'viewed_profile', source: 'linkedin.profile_views', account: null, at: T1 })],
    });
    const same = mergeLead(known, seenAt(T1), view, ctx);
    expect(same.fresh).toBe(false);
    expect(same.lead.signals).toHaveLength(1);
    expect(mergeLead(known, seenAt(NOW), view, ctx).lead.signals).toHaveLength(2);
    const forAnother = captureSignal({ kind: 'viewed_profile', source: 'linkedin.profile_views', account: 'me' });
    expect(mergeLead(known, seenAt(T1), forAnother, ctx).lead.signals).toHaveLength(2);
  });

  test('saving by hand is recorded once, whichever account', () => {
    const saved = captureSignal({ kind: 'saved', source: 'manual', account: null });
    const known = lead({ signals: [signal({ kind: 'saved', source: 'manual', account: 'me', at: T0 })] });
    expect(mergeLead(known, seenAt(T1), saved, ctx).lead.signals).toEqual(known.signals);
  });

  test('at most 50 signals are kept: the first one and the most recent ones', () => {
    const views = Array.from({ length: 50 }, (_, i) =>
      signal({
        kind: 'viewed_profile',
        source: 'linkedin.profile_views',
        account: null,
        at: new Date(Date.parse(T0) + i * 60_000).toISOString(),
      }),
    );
    const known = lead({ stage: 'contact', signals: views });
    const { lead: merged } = mergeLead(known, seenAt(NOW), view, ctx);
    expect(merged.signals).toHaveLength(50);
    expect(merged.signals[0]).toEqual(views[0]);
    expect(merged.signals[1]).toEqual(views[2]);
    expect(merged.signals.at(-1)).toEqual({ ...view, at: NOW });
  });
});

describe('mergeLead: re-surfacing', () => {
  const person = captured({ at: T1 });

  test.each(['lead'] as const)('a fresh signal puts a %s lead back in New, at the capture time', (stage) => {
    const result = mergeLead(lead({ stage }), person, view, ctx);
    expect(result.fresh).toBe(true);
    expect(result.lead.stage).toBe('new');
    // When Touchline saw it, not the signal's own time.
    expect(result.lead.resurfacedAt).toBe(NOW);
  });

  // Issue #13: a capture never moves a stage backwards; nurture (a worked, ended cadence) included.
  test.each(['new', 'contact', 'opportunity', 'client', 'nurture'] as const)(
    'a %s lead is marked but keeps its stage',
    (stage) => {
      const result = mergeLead(lead({ stage }), person, view, ctx);
      expect([result.fresh, result.lead.stage, result.lead.resurfacedAt]).toEqual([true, stage, NOW]);
    },
  );

  test('a lead with touches is marked but stays where it is', () => {
    const result = mergeLead(lead({ stage: 'nurture' }), person, view, { ...ctx, touched: true });
    expect([result.fresh, result.lead.stage, result.lead.resurfacedAt]).toEqual([true, 'nurture', NOW]);
  });

  test('a disqualified lead stays disqualified; its signal is still recorded', () => {
    const result = mergeLead(lead({ stage: 'disqualified', signals: [] }), person, view, ctx);
    expect(result.fresh).toBe(false);
    expect(result.lead.stage).toBe('disqualified');
    expect(result.lead).not.toHaveProperty('resurfacedAt');
    expect(result.lead.signals).toEqual([{ ...view, at: T1 }]);
    expect(result.lead.lastSignalAt).toBe(T1);
  });

  test('a do-not-contact lead stays do-not-contact and is not re-surfaced', () => {
    const result = mergeLead(lead({ stage: 'lead', doNotContact: true, signals: [] }), person, view, ctx);
    expect(result.fresh).toBe(false);
    expect([result.lead.stage, result.lead.doNotContact]).toEqual(['lead', true]);
    expect(result.lead).not.toHaveProperty('resurfacedAt');
    expect(result.lead.signals).toHaveLength(1);
  });

  test('saving by hand, or a follow on the baseline, is recorded without re-surfacing', () => {
    const saved = captureSignal({ kind: 'saved', source: 'manual', account: null });
    const bySaving = mergeLead(lead({ stage: 'lead', signals: [] }), person, saved, ctx);
    expect([bySaving.fresh, bySaving.lead.stage, bySaving.lead.signals.length]).toEqual([false, 'lead', 1]);
    const byBaseline = mergeLead(lead({ stage: 'lead', signals: [] }), person, followers, { ...ctx, baseline: true });
    expect([byBaseline.fresh, byBaseline.lead.stage, byBaseline.lead.signals.length]).toEqual([false, 'lead', 1]);
    expect(byBaseline.lead).not.toHaveProperty('resurfacedAt');
  });
});

import { describe, expect, test } from 'vitest';
import { captured, captureSignal, lead, signal } from '@/test/factories';
import { mergeLead, newLead, type MergeContext } from './merge';

// Each expectation follows from a rule stated in merge.ts (its doc comments), worked out by hand.

const T0 = '2026-11-01T10:00:00.000Z'; // the factory lead's first sighting
const T1 = '2026-11-03T08:00:00.000Z';
const NOW = '2026-11-05T12:00:00.000Z';
const ctx: MergeContext = { now: NOW, baseline: false };
const followers = captureSignal({ kind: 'followed', source: 'x.followers', account: '99' });
const view = captureSignal({ kind: 'viewed_profile', source: 'linkedin.profile_views', account: null });

describe('newLead', () => {
  test("takes identity and the non-empty fields from the capture, the rest empty, times from the person's own `at`", () => {
    const person = captured({
      platform: 'x',
      platformUserId: '42',
      handle: 'ann',
      displayName: 'Ann Lee',
      headline: '',
      avatarUrl: 'https://pbs.twimg.com/ann.jpg',
      location: 'Berlin',
      followersCount: 0,
      verified: false,
      followsYou: true,
      at: T1,
    });
    expect(newLead('x:42', person, view, ctx)).toEqual({
      id: 'x:42',
      platform: 'x',
      platformUserId: '42',
      handle: 'ann',
      aliases: [],
      displayName: 'Ann Lee',
      headline: '',
      profileUrl: '',
      avatarUrl: 'https://pbs.twimg.com/ann.jpg',
      stage: 'new',
      temperature: null,
      doNotContact: false,
      tags: [],
      notes: '',
      firstSeenAt: T1,
      lastSignalAt: T1,
      signals: [{ kind: 'viewed_profile', source: 'linkedin.profile_views', account: null, at: T1 }],
      location: 'Berlin',
      followersCount: 0,
      verified: false,
    });
  });

  test('without a time of its own, the person is first seen at the capture time', () => {
    const made = newLead('x:42', captured({ platformUserId: '42', handle: 'ann' }), followers, ctx);
    expect([made.firstSeenAt, made.lastSignalAt, made.signals[0]?.at]).toEqual([NOW, NOW, NOW]);
  });

  test('a negative follower count is not a count', () => {
    const made = newLead('x:42', captured({ platformUserId: '42', followersCount: -1 }), followers, ctx);
    expect(made).not.toHaveProperty('followersCount');
  });

  test.each([
    ['a follow', followers, false, 'new'],
    ['a follow on the baseline visit (an existing follower)', followers, true, 'lead'],
    ['a profile view, even on a baseline', view, true, 'new'],
    ['a lead saved by hand', captureSignal({ kind: 'saved', source: 'manual', account: null }), false, 'lead'],
  ] as const)('%s starts as %s', (_name, sig, baseline, stage) => {
    expect(newLead('x:42', captured({ platformUserId: '42' }), sig, { ...ctx, baseline }).stage).toBe(stage);
  });
});

describe('mergeLead: fields', () => {
  const known = lead({
    displayName: 'Ann',
    headline: 'Founder',
    profileUrl: 'https://x.com/XDevelopers',
    avatarUrl: 'https://pbs.twimg.com/a.jpg',
    location: 'Berlin',
    followersCount: 120,
    verified: true,
    stage: 'contact',
    temperature: 'warm',
    tags: ['met'],
    notes: 'Said hi at the meetup',
  });

  test('newer non-empty fields win', () => {
    const person = captured({
      displayName: 'Ann Lee',
      headline: 'CEO',
      profileUrl: 'https://x.com/annlee',
      avatarUrl: 'https://pbs.twimg.com/b.jpg',
      location: 'Paris',
      followersCount: 0,
      verified: false,
    });
    const { lead: merged } = mergeLead(known, person, null, ctx);
    expect(merged).toMatchObject({
      displayName: 'Ann Lee',
      headline: 'CEO',
      profileUrl: 'https://x.com/annlee',
      avatarUrl: 'https://pbs.twimg.com/b.jpg',
      location: 'Paris',
      followersCount: 0,
      verified: false,
    });
  });

  test('nothing known is erased by empty or missing fields, and what the rep wrote is kept', () => {
    const person = captured({
      platformUserId: null,
      handle: null,
      displayName: '',
      headline: '',
      profileUrl: '',
      avatarUrl: '',
      location: '',
      followersCount: -1,
    });
    const { lead: merged } = mergeLead(known, person, null, ctx);
    expect(merged).toEqual(known);
  });

  test('a rest_id seen now is taken', () => {
    const byHandle = lead({ id: 'x:@ann', platformUserId: null, handle: 'ann' });
    const { lead: merged } = mergeLead(byHandle, captured({ platformUserId: '42', handle: 'ann' }), null, ctx);
    expect(merged.platformUserId).toBe('42');
  });

  test('the lead it was given is left as it was', () => {
    const before = structuredClone(known);
    mergeLead(known, captured({ handle: 'renamed', displayName: 'Someone' }), view, ctx);
    expect(known).toEqual(before);
  });
});

describe('mergeLead: handles', () => {
  test('an old handle becomes an alias', () => {
    const { lead: merged } = mergeLead(
      lead({ handle: 'oldname', aliases: [] }),
      captured({ handle: 'NewName' }),
      null,
      ctx,
    );
    expect([merged.handle, merged.aliases]).toEqual(['NewName', ['oldname']]);
  });

  test('an alias is recorded once', () => {
    const known = lead({ handle: 'oldname', aliases: ['oldname'] });
    const { lead: merged } = mergeLead(known, captured({ handle: 'NewName' }), null, ctx);
    expect(merged.aliases).toEqual(['oldname']);
  });

  test('going back to an earlier handle takes it off the aliases and keeps the one left', () => {
    const known = lead({ handle: 'NewName', aliases: ['first', 'oldname'] });
    const { lead: merged } = mergeLead(known, captured({ handle: 'OldName' }), null, ctx);
    expect([merged.handle, merged.aliases]).toEqual(['OldName', ['first', 'NewName']]);
  });

  test('a handle differing only in case is no rename: the known spelling stays', () => {
    const known = lead({ handle: 'XDevelopers', aliases: [] });
    const { lead: merged } = mergeLead(known, captured({ handle: 'xdevelopers' }), null, ctx);
    expect([merged.handle, merged.aliases]).toEqual(['XDevelopers', []]);
  });

  test('a first handle for a lead without one adds no alias', () => {
    const known = lead({ id: 'x:42', platformUserId: '42', handle: null, aliases: [] });
    const { lead: merged } = mergeLead(known, captured({ platformUserId: '42', handle: 'ann' }), null, ctx);
    expect([merged.handle, merged.aliases]).toEqual(['ann', []]);
  });
});

describe('mergeLead: signals', () => {
  const seenAt = (at: string) => captured({ at });

  test('a null signal only enriches: no signal, no re-surfacing', () => {
    const known = lead({ stage: 'lead', signals: [signal({ at: T0 })] });
    const result = mergeLead(known, captured({ displayName: 'Ann Lee', at: T1 }), null, ctx);
    expect(result.fresh).toBe(false);
    expect(result.lead).toEqual({ ...known, displayName: 'Ann Lee' });
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

  test.each(['lead', 'nurture'] as const)('a fresh signal puts a %s lead back in New, at the capture time', (stage) => {
    const result = mergeLead(lead({ stage }), person, view, ctx);
    expect(result.fresh).toBe(true);
    expect(result.lead.stage).toBe('new');
    // When Touchline saw it, not the signal's own time.
    expect(result.lead.resurfacedAt).toBe(NOW);
  });

  test.each(['new', 'contact', 'opportunity', 'client'] as const)(
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

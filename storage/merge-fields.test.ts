import { describe, expect, test } from 'vitest';
import { captured, captureSignal, lead } from '@/test/factories';
import { mergeLead, newLead } from './merge';
import { NOW, T1, ctx, followers, view } from './merge-test-helpers';

// Each expectation follows from a rule stated in merge.ts (its doc comments), worked out by hand.

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

import { describe, expect, test } from 'vitest';
import type { Lead } from '@/model';
import { lead } from '@/test/factories';
import { realX, realXLeads } from '@/test/triage-test-helpers';
import { likelyFalse } from './false-lead';

const NOW = new Date('2026-12-02T12:00:00.000Z');
const PHOTO = 'https://pbs.twimg.com/profile_images/1/a_normal.jpg';

describe('how the rules combine', () => {
  test.each<[string, Partial<Lead>, boolean, string[]]>([
    ['nothing fires', {}, false, []],
    ['one weak rule is not enough', { headline: '' }, false, ['empty bio']],
    ['two weak rules are', { headline: '', avatarUrl: '' }, true, ['default avatar', 'empty bio']],
    ['one strong rule is enough alone', { displayName: '🚀🚀' }, true, ['name is only emoji or symbols']],
    [
      'a genuine new account with a photo and a bio: one weak rule',
      { accountCreatedAt: '2026-11-30T12:00:00.000Z' },
      false,
      ['account 2 days old'],
    ],
    [
      'reasons come in table order, all of them',
      {
        avatarUrl: '',
        headline: '',
        handle: 'bot12345678',
        followingCount: 4200,
        followersCount: 3,
        accountCreatedAt: '2026-11-28T12:00:00.000Z',
        displayName: 'javascript:alert(1)',
      },
      true,
      [
        'default avatar',
        'empty bio',
        'handle ends in 8 digits',
        'follows 4,200, followed by 3',
        'account 4 days old',
        'name is a link',
      ],
    ],
  ])('%s', (_, overrides, expected, reasons) => {
    const verdict = likelyFalse(lead(overrides), NOW);
    expect(verdict.likelyFalse).toBe(expected);
    expect(verdict.reasons).toEqual(reasons);
    expect(verdict.fired).toHaveLength(reasons.length);
  });

  test('the same lead is new today and not a year later: `now` is the only clock', () => {
    const l = lead({ accountCreatedAt: '2026-11-28T12:00:00.000Z', headline: '' });
    expect(likelyFalse(l, NOW).likelyFalse).toBe(true);
    expect(likelyFalse(l, new Date('2027-12-02T12:00:00.000Z'))).toMatchObject({
      likelyFalse: false,
      reasons: ['empty bio'],
    });
  });

  test('a lead with every optional field missing and hostile numbers never throws', () => {
    const hostile = { ...lead(), followersCount: Number.NaN, followingCount: -1, accountCreatedAt: '' } as Lead;
    expect(() => likelyFalse(hostile, NOW)).not.toThrow();
    expect(likelyFalse(hostile, NOW).reasons).toEqual([]);
    expect(likelyFalse(lead({ avatarUrl: PHOTO }), new Date(Number.NaN)).reasons).toEqual([]);
  });
});

// Real followers of @XDevelopers (test/fixtures/real/SOURCES.md), hand-checked against the raw
// JSON: which look like spam and which like genuine people. `now` is each capture's date.
describe('real followers, 2025-03-07 (legacy generation)', () => {
  const leads = realXLeads('Followers.2025-03-07.json');
  const now = new Date('2025-03-07T12:00:00.000Z');
  const verdict = (handle: string) => likelyFalse(realX(leads, handle), now);

  test.each<[string, string[]]>([
    // "kozmos.tips", 0 followers, following 1, created 2025-03-07 01:40 UTC, no bio.
    ['KozmosTips', ['empty bio', 'account 0 days old', 'name is a link']],
    // "dasfadfsadf": keyboard-mash name, created 2025-02-12 12:03 (22 d 23 h before), 2 / 44, no bio.
    ['dasfadfsad75089', ['empty bio', 'handle ends in 5 digits', 'account 22 days old']],
    // "wefdsfdsf": the same farm, 0 followers / 53 following.
    ['wefdsfdsf191585', ['empty bio', 'handle ends in 6 digits', 'follows 53, followed by 0', 'account 23 days old']],
    // X's default avatar, no bio, 2 followers / 61 following, a 2012 account.
    ['wildeagle1972', ['default avatar', 'empty bio', 'follows 61, followed by 2']],
    // "Brooklynne Tabb": X's suggested handle (letter + 8 digits), 0 followers / 34, no bio.
    ['B58326087', ['empty bio', 'handle ends in 8 digits']],
  ])('@%s looks like spam', (handle, reasons) => {
    expect(verdict(handle)).toMatchObject({ likelyFalse: true, reasons });
  });

  test.each([
    'leslieberland', // "CMO Verizon", 127,964 followers / 3,873
    'oihamza', // "Founder @tiptopjar | prev. @adobe @twitter @apple", 10,859 / 5,088
    'ashevat', // "Early Stage Investor. CPO @reshuffleHQ …", 17,588 / 1,932
    'boo', // "Building @Halcyon - Vertical AI …", 63,691 / 3,137
    'XEng', // @X's engineering account: 1,469,993 followers, follows 3
  ])('@%s looks genuine: no rule fires', (handle) => {
    expect(verdict(handle)).toEqual({ likelyFalse: false, reasons: [], fired: [] });
  });

  test('@HabibCure, a 2010 account with no bio, is one weak signal: kept', () => {
    expect(verdict('HabibCure')).toMatchObject({ likelyFalse: false, reasons: ['empty bio'] });
  });

  test('@glitch010110, an NFT trader whose handle ends in binary: one weak signal, kept', () => {
    // Following 6,749 with 1,067 followers is 6.3×, under the ratio; it has a photo and a bio.
    expect(verdict('glitch010110')).toMatchObject({ likelyFalse: false, reasons: ['handle ends in 6 digits'] });
  });
});

describe('real followers, 2026-08-07 (no legacy generation)', () => {
  const leads = realXLeads('Followers.2026-08-07.json');
  const now = new Date('2026-08-07T12:00:00.000Z');
  const verdict = (handle: string) => likelyFalse(realX(leads, handle), now);

  test('@calvin738 "Terry Kline": default avatar, no bio, 0 / 108, created the day before', () => {
    expect(verdict('calvin738')).toMatchObject({
      likelyFalse: true,
      reasons: ['default avatar', 'empty bio', 'follows 108, followed by 0', 'account 0 days old'],
    });
  });

  test('@SHANKRu3aw, named by an e-mail address, 28 / 844', () => {
    expect(verdict('SHANKRu3aw')).toMatchObject({
      likelyFalse: true,
      reasons: ['empty bio', 'follows 844, followed by 28', 'name is a link'],
    });
  });

  test('@HOUSEHEHH: protected and a day old, but 3 followers and a bio: one weak signal', () => {
    expect(verdict('HOUSEHEHH')).toMatchObject({ likelyFalse: false, reasons: ['account 0 days old'] });
  });

  test.each(['leslieberland', 'venters_audrey', 'jimihendrixlive', 'nbbaier'])('@%s looks genuine', (handle) => {
    expect(verdict(handle).likelyFalse).toBe(false);
  });

  test('most of this page is the bot wave X showed that day, and the known names survive', () => {
    const flagged = [...leads.values()].filter((l) => likelyFalse(l, now).likelyFalse);
    // 69 people; counted in the raw JSON: 38 accounts created on 2026-08-06 or 07 with no bio.
    expect(flagged.length).toBeGreaterThanOrEqual(38);
    expect(flagged.map((l) => l.handle)).not.toContain('leslieberland');
  });
});

import { describe, expect, test } from 'vitest';
import { fixtureJson } from '../../test/fixtures';
import { parseXUser, X_MAX_TEXT, xText } from './user';

// Real captures (test/fixtures/real/SOURCES.md): one per User generation (platform-x.md §2).
const real = (name: string): unknown => fixtureJson(`real/x/${name}`);

/** The raw `user_results.result` of entry `user-<id>`, found by walking the JSON by hand. */
function rawUser(file: string, restId: string): Record<string, unknown> {
  const json = real(file) as {
    data: {
      user: {
        result: {
          timeline: {
            timeline: {
              instructions: {
                entries?: {
                  entryId: string;
                  content: { itemContent: { user_results: { result: Record<string, unknown> } } };
                }[];
              }[];
            };
          };
        };
      };
    };
  };
  const entries = json.data.user.result.timeline.timeline.instructions.flatMap((i) => i.entries ?? []);
  const entry = entries.find((e) => e.entryId === `user-${restId}`);
  if (entry === undefined) throw new Error(`no user-${restId} in ${file}`);
  return entry.content.itemContent.user_results.result;
}

describe('parseXUser on the three real generations', () => {
  // Values read from the files with node (not from this parser): same avatar in all three;
  // followers 127964 (legacy.followers_count), 127009 (legacy.followers_count),
  // 127315 (relationship_counts.followers: the 2026-08 file has no legacy); following 3873
  // (legacy.friends_count), 3814 (legacy.friends_count), 3814 (relationship_counts.following);
  // created "Mon Jan 10 02:06:34 +0000 2011" in legacy (2025) and core (2026).
  test.each([
    ['Followers.2025-03-07.json', 127964, 3873],
    ['Followers.2026-07-21.json', 127009, 3814],
    ['Followers.2026-08-07.json', 127315, 3814],
  ])('%s: 236209129 is Leslie Berland', (file, followers, following) => {
    expect(parseXUser(rawUser(file, '236209129'))).toEqual({
      platform: 'x',
      platformUserId: '236209129',
      handle: 'leslieberland',
      displayName: 'Leslie Berland',
      headline: 'CMO Verizon',
      avatarUrl: 'https://pbs.twimg.com/profile_images/1106274854683074560/x7rrvxaD_normal.jpg',
      profileUrl: 'https://x.com/leslieberland',
      location: undefined, // "" in every file: empty is not a value
      followersCount: followers,
      followingCount: following,
      accountCreatedAt: '2011-01-10T02:06:34.000Z',
      verified: true, // is_blue_verified
      protected: false,
      followsYou: false,
    });
  });

  test('2026-08 has no legacy key, so the count can only come from relationship_counts', () => {
    const raw = rawUser('Followers.2026-08-07.json', '236209129');
    expect(raw.legacy).toBeUndefined();
    expect(raw.relationship_counts).toEqual({ followers: 127315, following: 3814 });
  });

  test('2026-07 legacy has no screen_name/name: they come from core', () => {
    const raw = rawUser('Followers.2026-07-21.json', '236209129');
    expect(raw.legacy).not.toHaveProperty('screen_name');
    expect(parseXUser(raw)).toMatchObject({ handle: 'leslieberland', displayName: 'Leslie Berland' });
  });

  test('protected and followed_by from privacy / relationship_perspectives (2026-08)', () => {
    // 2085389341766107136 @HOUSEHEHH has privacy.protected = true in the file.
    const raw = rawUser('Followers.2026-08-07.json', '2085389341766107136');
    expect(parseXUser(raw)).toMatchObject({ handle: 'HOUSEHEHH', protected: true, followsYou: false });
    const flipped = { ...raw, relationship_perspectives: { followed_by: true } };
    expect(parseXUser(flipped)).toMatchObject({ followsYou: true });
  });

  test('legacy.followed_by (≤2025) is read, absent means false', () => {
    const raw = rawUser('Followers.2025-03-07.json', '236209129');
    expect(parseXUser(raw)).toMatchObject({ followsYou: false });
    const legacy = { ...(raw.legacy as object), followed_by: true, protected: true };
    expect(parseXUser({ ...raw, legacy })).toMatchObject({ followsYou: true, protected: true });
  });

  test('a two-day-old bot (2025-03 legacy): following and created_at read by hand', () => {
    // @KozmosTips in the file: friends_count 1, followers_count 0, "Fri Mar 07 01:40:49 +0000 2025".
    expect(parseXUser(rawUser('Followers.2025-03-07.json', '1897824585405677570'))).toMatchObject({
      handle: 'KozmosTips',
      followersCount: 0,
      followingCount: 1,
      accountCreatedAt: '2025-03-07T01:40:49.000Z',
    });
  });

  test('2026-07 keeps created_at only in core: legacy has none', () => {
    const raw = rawUser('Followers.2026-07-21.json', '236209129');
    expect(raw.legacy).not.toHaveProperty('created_at');
    expect((raw.core as Record<string, unknown>).created_at).toBe('Mon Jan 10 02:06:34 +0000 2011');
  });

  test('a bad following count or created_at loses that field only', () => {
    const raw = { rest_id: '5', core: { screen_name: 'ok', created_at: '2011-01-10' } };
    expect(parseXUser({ ...raw, relationship_counts: { following: -3 } })).toMatchObject({
      handle: 'ok',
      followingCount: undefined,
      accountCreatedAt: undefined,
    });
    expect(parseXUser({ ...raw, legacy: { friends_count: Number.NaN } })).toMatchObject({ followingCount: undefined });
  });

  test('locations are trimmed ("Austin " in the 2026-08 file)', () => {
    expect(parseXUser(rawUser('Followers.2026-08-07.json', '6036422'))).toMatchObject({
      handle: 'jimihendrixlive',
      location: 'Austin',
    });
  });
});

describe('parseXUser skips', () => {
  test.each([
    [undefined, 'empty_result'],
    [null, 'empty_result'],
    [{}, 'empty_result'],
    ['User', 'empty_result'],
    [[{ rest_id: '1' }], 'empty_result'],
    [{ __typename: 'UserUnavailable', reason: 'Suspended' }, 'user_unavailable'],
    [{ __typename: 'User', rest_id: '1', core: {} }, 'invalid_user'],
    [{ __typename: 'User', core: { screen_name: 'a' } }, 'invalid_user'],
    [{ __typename: 'User', rest_id: 'abc', core: { screen_name: 'a' } }, 'invalid_user'],
    [{ __typename: 'User', rest_id: 12, core: { screen_name: 'a' } }, 'invalid_user'],
  ])('%j → %s', (input, reason) => {
    expect(parseXUser(input)).toEqual({ skip: reason });
  });

  test('a wrong-typed part loses that field, not the person', () => {
    expect(
      parseXUser({ rest_id: '5', core: { screen_name: 'ok', name: 7 }, legacy: 'oops', avatar: [] }),
    ).toMatchObject({ platformUserId: '5', handle: 'ok', displayName: undefined });
  });

  test('verified_type (Business/Government) counts as verified without is_blue_verified', () => {
    const person = parseXUser({
      rest_id: '5',
      core: { screen_name: 'gov' },
      is_blue_verified: false,
      verification: { verified: false, verified_type: 'Government' },
    });
    expect(person).toMatchObject({ verified: true });
  });
});

describe('xText', () => {
  test('trims, caps at 5,000, keeps markup and control characters', () => {
    expect(xText('  <b>x</b>\n')).toBe('<b>x</b>');
    expect(xText('   ')).toBeUndefined();
    expect(xText(5)).toBeUndefined();
    expect(xText('\u202Eabc')).toBe('\u202Eabc');
    expect(xText('a'.repeat(10_000))).toHaveLength(X_MAX_TEXT);
  });

  test('never cuts an emoji in half at the cap', () => {
    const capped = xText('x'.repeat(4999) + '😀' + 'y');
    expect(capped).toBe('x'.repeat(4999));
  });
});

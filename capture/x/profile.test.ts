import { expect, test } from 'vitest';
import { fixtureJson } from '../../test/fixtures';
import { parseXProfile } from './profile';

const real = (name: string): unknown => fixtureJson(`real/x/${name}`);

// Followers counts read from the files: legacy.followers_count (2025-03, 2026-07),
// relationship_counts.followers (2026-08); following likewise from legacy.friends_count and
// relationship_counts.following; created "Sat Dec 14 04:35:55 +0000 2013" (legacy, then core).
test.each([
  ['UserByScreenName.2025-03-07.json', 700242, 746],
  ['UserByScreenName.2026-07-21.json', 694648, 762],
  ['UserByScreenName.2026-08-07.json', 695695, 762],
])('%s is @XDevelopers', (file, followers, following) => {
  expect(parseXProfile(real(file))).toEqual({
    people: [
      {
        platform: 'x',
        platformUserId: '2244994945',
        handle: 'XDevelopers',
        displayName: 'Developers',
        headline:
          'The voice of the X Dev team and your official source for updates, news, and events, related to the X API.',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1683501992314798080/xl1POYLw_normal.jpg',
        profileUrl: 'https://x.com/XDevelopers',
        location: '127.0.0.1',
        followersCount: followers,
        followingCount: following,
        accountCreatedAt: '2013-12-14T04:35:55.000Z',
        verified: true,
        protected: false,
        followsYou: false,
      },
    ],
    skipped: {},
  });
});

test('a missing or unavailable user is counted, not thrown', () => {
  expect(parseXProfile({ data: { user: {} } })).toEqual({ people: [], skipped: { empty_result: 1 } });
  expect(parseXProfile({ data: { user: { result: { __typename: 'UserUnavailable' } } } })).toEqual({
    people: [],
    skipped: { user_unavailable: 1 },
  });
});

test.each([null, 'x', [], { data: {} }])('%j → bad_envelope', (input) => {
  expect(parseXProfile(input)).toEqual({ people: [], skipped: { bad_envelope: 1 } });
});

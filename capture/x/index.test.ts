import { describe, expect, test } from 'vitest';
import { routeX, X_HOOK_PATTERN } from './index';

const q = '?variables=%7B%22userId%22%3A%222244994945%22%7D&features=%7B%7D';
// [url, expected route]: query ids from the platform-x.md §1 table, across deploys.
const cases: [string, ReturnType<typeof routeX>][] = [
  [`https://x.com/i/api/graphql/OGScL-RC4DFMsRGOCjPR6g/Followers${q}`, 'followers'],
  [`https://x.com/i/api/graphql/vJijlO_CM7dyGFNjDd7iqQ/Followers${q}`, 'followers'],
  [`https://x.com/i/api/graphql/94iKIFXsW369GcGrPaEBcA/BlueVerifiedFollowers${q}`, 'followers'],
  [`https://x.com/i/api/graphql/b8XpwALENnJdFSHchkK6rw/Following${q}`, 'following'],
  ['https://x.com/i/api/graphql/PEIBUtChvR2i_NZCxbK3fA/Following', 'following'], // POST: no query
  ['https://x.com/i/api/graphql/abc123/NotificationsTimeline?variables=%7B%7D', 'notifications_graphql'],
  ['https://x.com/i/api/2/notifications/all.json?include_profile_interstitial_type=1', 'notifications_rest'],
  ['https://twitter.com/i/api/2/notifications/all.json', 'notifications_rest'],
  ['https://x.com/i/api/graphql/Gb-d6r0vxPOADdG62OEBpQ/UserByScreenName?variables=%7B%7D', 'profile'],
  // Not ours:
  ['https://x.com/i/api/graphql/abc/HomeTimeline?variables=%7B%7D', null],
  ['https://x.com/i/api/graphql/abc/FollowersYouKnow?variables=%7B%7D', null],
  ['https://x.com/i/api/graphql/abc/UserByRestId', null],
  ['https://x.com/i/api/graphql/abc/Followers/extra', null],
  ['https://x.com/i/api/2/notifications/mentions.json', null],
  ['https://x.com/i/api/2/notifications/all.json.bak', null],
  ['https://x.com/XDevelopers/followers', null],
  ['https://x.com/search?q=/i/api/graphql/abc/Followers', null],
  ['https://evil.example/i/api/graphql/abc/Followers', null],
];

describe('routeX', () => {
  test.each(cases)('%s → %s', (url, route) => {
    expect(routeX(new URL(url))).toBe(route);
  });

  test('a Following list is never routed as followers (no follower signal from it)', () => {
    expect(routeX(new URL(`https://x.com/i/api/graphql/o5eNLkJb03ayTQa97Cpp7w/Following${q}`))).toBe('following');
  });
});

describe('X_HOOK_PATTERN', () => {
  const re = new RegExp(X_HOOK_PATTERN);
  test.each(cases.filter(([url]) => !url.startsWith('https://evil.') && !url.includes('search?')))(
    'agrees with routeX on %s',
    (url, route) => {
      expect(re.test(url)).toBe(route !== null);
    },
  );
  test('works on relative URLs too (what page code often passes to fetch)', () => {
    expect(re.test('/i/api/graphql/abc/Followers?variables=%7B%7D')).toBe(true);
    expect(re.test('/i/api/graphql/abc/HomeTimeline')).toBe(false);
  });
});

import { describe, expect, test } from 'vitest';
import { fixtureJson } from '../../test/fixtures';
import type { CapturedPerson } from '../types';
import { parseXFollowers, xListOwner, xOperation } from './followers';

const real = (name: string) => fixtureJson(`real/x/${name}`);
const count = (people: CapturedPerson[], pick: (p: CapturedPerson) => unknown) =>
  people.filter((p) => Boolean(pick(p))).length;

describe('parseXFollowers on every real list capture', () => {
  // Hand-counted with node over the raw JSON (entryId "user-*", non-empty bio / location, the
  // protected flag of each generation, is_blue_verified or a verification type):
  test.each([
    // file, users, with bio, with location, protected, verified
    ['Followers.2025-03-07.json', 70, 38, 28, 0, 7],
    ['Followers.2026-07-21.json', 68, 31, 26, 2, 10],
    ['Followers.2026-08-07.json', 69, 28, 22, 2, 9],
    ['Following.2025-03-07.json', 60, 56, 48, 2, 49],
  ])('%s', (file, users, bios, locations, protectedCount, verified) => {
    const { people, skipped } = parseXFollowers(real(file));
    expect(people).toHaveLength(users);
    expect(skipped).toEqual({}); // 2 cursors per file are not skips
    expect(new Set(people.map((p) => p.platformUserId)).size).toBe(users);
    expect(people.every((p) => p.handle && p.displayName && p.avatarUrl)).toBe(true);
    expect(people.every((p) => typeof p.followersCount === 'number')).toBe(true);
    expect(count(people, (p) => p.headline)).toBe(bios);
    expect(count(people, (p) => p.location)).toBe(locations);
    expect(count(people, (p) => p.protected)).toBe(protectedCount);
    expect(count(people, (p) => p.verified)).toBe(verified);
    // SOURCES.md: the capturing account is a stranger, so followed_by is false everywhere.
    expect(count(people, (p) => p.followsYou)).toBe(0);
    expect(people[0]).toMatchObject({ platformUserId: '236209129', handle: 'leslieberland' });
  });

  test('the handle of 6844292 changed between captures (why identity is rest_id)', () => {
    const handleIn = (file: string) =>
      parseXFollowers(real(file)).people.find((p) => p.platformUserId === '6844292')?.handle;
    expect(handleIn('Followers.2025-03-07.json')).toBe('XEng');
    expect(handleIn('Followers.2026-07-21.json')).toBe('Engineering');
  });

  test('rest_id 76 (a two-digit id) and a leading-space location in Following', () => {
    const person = parseXFollowers(real('Following.2025-03-07.json')).people.find((p) => p.platformUserId === '76');
    expect(person).toMatchObject({ handle: 'marciadorsey', location: 'The CITY of St. Louis' });
  });
});

describe('parseXFollowers skips', () => {
  type Envelope = {
    data: {
      user: {
        result: {
          timeline: {
            timeline: {
              instructions: { entries?: { content: { itemContent: { user_results: Record<string, unknown> } } }[] }[];
            };
          };
        };
      };
    };
  };
  test('UserUnavailable and {} results are counted, the rest still parsed', () => {
    // A modified copy (§1 edge cases): the first user suspended, then `user_results: {}` and `result: {}`.
    const copy = real('Followers.2026-08-07.json') as Envelope;
    const [first, second, third] = copy.data.user.result.timeline.timeline.instructions[3]?.entries ?? [];
    if (!first || !second || !third) throw new Error('fixture changed: fewer than 3 entries');
    first.content.itemContent.user_results = { result: { __typename: 'UserUnavailable' } };
    second.content.itemContent.user_results = {};
    third.content.itemContent.user_results = { result: {} }; // the "{}" result
    const { people, skipped } = parseXFollowers(copy);
    expect(people).toHaveLength(66);
    expect(skipped).toEqual({ user_unavailable: 1, empty_result: 2 });
    expect(people.some((p) => p.platformUserId === '236209129')).toBe(false);
  });

  test.each([
    [null, 'bad_envelope'],
    ['{"data":{}}', 'bad_envelope'],
    [[], 'bad_envelope'],
    [42, 'bad_envelope'],
    [{ data: {} }, 'bad_envelope'],
    [{ data: { user: {} } }, 'bad_envelope'],
    [{ errors: [{ message: 'Rate limit exceeded', code: 88 }] }, 'api_error'],
  ])('%j → nothing, counted as %s', (input, reason) => {
    expect(parseXFollowers(input)).toEqual({ people: [], skipped: { [reason]: 1 } });
  });

  test('a non-user item is counted as not_a_user', () => {
    const json = {
      data: {
        user: {
          result: {
            timeline: {
              timeline: {
                instructions: [
                  {
                    type: 'TimelineAddEntries',
                    entries: [
                      {
                        entryId: 'who-to-follow-1',
                        content: { entryType: 'TimelineTimelineItem', itemContent: { itemType: 'TimelineTweet' } },
                      },
                    ],
                  },
                ],
              },
            },
          },
        },
      },
    };
    expect(parseXFollowers(json)).toEqual({ people: [], skipped: { not_a_user: 1 } });
  });
});

describe('hostile-users.hand.json', () => {
  const { people, skipped } = parseXFollowers(fixtureJson('x/hostile-users.hand.json'));
  const byHandle = (h: string) => people.find((p) => p.handle === h);

  test('five people survive; the suspended and the non-numeric id are counted', () => {
    expect(people.map((p) => p.handle)).toEqual(['hostile_html', 'long_bio', 'csv_formula', 'odd_types', 'emoji_cap']);
    expect(skipped).toEqual({ user_unavailable: 1, invalid_user: 1 });
  });

  test('HTML and script stay as text: nothing stripped, nothing interpreted', () => {
    expect(byHandle('hostile_html')).toMatchObject({
      displayName: '<img src=x onerror=alert(1)>',
      headline: '<script>alert("bio")</script><b>bold</b>',
      location: '"><svg onload=alert(2)>',
    });
  });

  test('the RTL override and CSV formulae survive as plain data', () => {
    expect(byHandle('long_bio')?.displayName).toBe('\u202Egnp.exe\u202C Admin');
    expect(byHandle('csv_formula')).toMatchObject({
      displayName: "=cmd|' /C calc'!A0",
      headline: '+SUM(1,1)',
      location: '@SUM(1+1)*cmd',
      avatarUrl: 'javascript:alert(1)', // data here; the UI must not use it as a link
    });
    expect(byHandle('emoji_cap')?.displayName).toBe('-2+3');
  });

  test('the 10,000-char bio is capped at its first 5,000 chars', () => {
    const bio = byHandle('long_bio')?.headline ?? '';
    expect(bio).toHaveLength(5000);
    expect(bio).toBe('0123456789'.repeat(500));
  });

  test('the cap does not split the emoji that straddles it', () => {
    expect(byHandle('emoji_cap')?.headline).toBe('x'.repeat(4999));
  });

  test('wrong types lose the field, not the person', () => {
    expect(byHandle('odd_types')).toMatchObject({
      platformUserId: '1790000000000000204',
      displayName: undefined, // name: 12345
      headline: 'padded bio',
      followersCount: undefined, // -5
      protected: false, // "yes" is not a boolean
      followsYou: false, // 1 is not a boolean
    });
    expect(byHandle('csv_formula')?.followersCount).toBeUndefined(); // "9999" is a string
  });
});

describe('xListOwner', () => {
  // The real request shape (platform-x.md §1), query id from the 2026-08 table row.
  const variables = { userId: '2244994945', count: 20, includePromotedContent: false };
  const url = new URL(
    `https://x.com/i/api/graphql/vJijlO_CM7dyGFNjDd7iqQ/Followers?variables=${encodeURIComponent(JSON.stringify(variables))}&features=%7B%7D`,
  );
  const bare = new URL('https://x.com/i/api/graphql/vJijlO_CM7dyGFNjDd7iqQ/Followers');

  test('reads variables.userId from the query', () => {
    expect(xListOwner(url)).toBe('2244994945');
  });

  test('reads a POST body: JSON with object or string variables, or a form body', () => {
    const other = { ...variables, userId: '76' };
    expect(xListOwner(bare, JSON.stringify({ variables: other, queryId: 'x' }))).toBe('76');
    expect(xListOwner(bare, JSON.stringify({ variables: JSON.stringify(other) }))).toBe('76');
    expect(xListOwner(bare, `variables=${encodeURIComponent(JSON.stringify(other))}`)).toBe('76');
  });

  test('falls back to the URL when the body has no userId; null when nothing usable', () => {
    expect(xListOwner(url, '{"features":{}}')).toBe('2244994945');
    expect(xListOwner(bare)).toBeNull();
    expect(xListOwner(bare, 'not json')).toBeNull();
    expect(xListOwner(new URL(`${bare.href}?variables=%7Bbroken`))).toBeNull();
    expect(xListOwner(new URL(`${bare.href}?variables=${encodeURIComponent('{"userId":"@me"}')}`))).toBeNull();
    expect(xListOwner(new URL(`${bare.href}?variables=${encodeURIComponent('{"userId":42}')}`))).toBeNull();
  });
});

describe('xOperation', () => {
  test.each([
    ['https://x.com/i/api/graphql/OGScL-RC4DFMsRGOCjPR6g/Followers?variables=%7B%7D', 'Followers'],
    ['https://x.com/i/api/graphql/cg6WLW39UujWMeX77xBnOA/BlueVerifiedFollowers', 'BlueVerifiedFollowers'],
    ['https://x.com/i/api/graphql/Gb-d6r0vxPOADdG62OEBpQ/UserByScreenName/', 'UserByScreenName'],
    ['https://x.com/i/api/graphql/abc/HomeTimeline', 'HomeTimeline'],
    ['https://x.com/i/api/graphql/Followers', null],
    ['https://x.com/i/api/2/notifications/all.json', null],
    ['https://x.com/leslieberland/followers', null],
  ])('%s → %s', (url, op) => {
    expect(xOperation(new URL(url))).toBe(op);
  });
});

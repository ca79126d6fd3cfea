import { describe, expect, test } from 'vitest';
import { fixtureJson } from '@/test/fixtures';
import { parseXNotificationsGraphql, parseXNotificationsRest } from './notifications';

const hand = (name: string): unknown => fixtureJson(`x/${name}`);

describe('parseXNotificationsGraphql (NotificationsTimeline.hand.json, §4a)', () => {
  // The fixture's follow has timestamp_ms "1785456000000" = 2026-07-31T00:00:00.000Z.
  const at = '2026-07-31T00:00:00.000Z';

  test('exactly the three follow actors, one per user generation; like and repost counted', () => {
    const { people, skipped } = parseXNotificationsGraphql(hand('NotificationsTimeline.hand.json'));
    expect(skipped).toEqual({ not_a_follow: 2 });
    expect(people).toEqual([
      {
        platform: 'x',
        platformUserId: '1790000000000000001',
        handle: 'ada_example',
        displayName: 'Ada Example',
        headline: 'Builds bridges, mostly metaphorical.',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1790000000000000001/ada_normal.jpg',
        profileUrl: 'https://x.com/ada_example',
        location: 'Lisbon',
        followersCount: 1234,
        followingCount: 321,
        accountCreatedAt: '2022-03-01T10:00:00.000Z',
        verified: false,
        protected: false,
        followsYou: true,
        at,
      },
      {
        platform: 'x',
        platformUserId: '1790000000000000002',
        handle: 'bo_sample',
        displayName: 'Bo Sample',
        headline: 'Coffee and compilers.',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1790000000000000002/bo_normal.jpg',
        profileUrl: 'https://x.com/bo_sample',
        location: 'Oslo',
        followersCount: 56,
        followingCount: 78,
        accountCreatedAt: '2022-03-02T10:00:00.000Z',
        verified: true,
        protected: true,
        followsYou: true,
        at,
      },
      {
        platform: 'x',
        platformUserId: '1790000000000000003',
        handle: 'cy_test',
        displayName: 'Cy Test 🌍',
        headline: undefined,
        avatarUrl: 'https://pbs.twimg.com/profile_images/1790000000000000003/cy_normal.jpg',
        profileUrl: 'https://x.com/cy_test',
        location: undefined,
        followersCount: 7,
        followingCount: 80, // relationship_counts.following
        accountCreatedAt: '2022-03-03T10:00:00.000Z',
        verified: false,
        protected: false,
        followsYou: true,
        at,
      },
    ]);
  });

  const wrap = (itemContent: unknown) => ({
    data: {
      viewer_v2: {
        user_results: {
          result: {
            notification_timeline: {
              timeline: {
                instructions: [{ type: 'TimelineAddEntries', entries: [{ entryId: 'n', content: { itemContent } }] }],
              },
            },
          },
        },
      },
    },
  });

  test('a follow with an empty user, no users, or an impossible time does not throw', () => {
    const follow = { itemType: 'TimelineNotification', notification_icon: 'person_icon' };
    expect(
      parseXNotificationsGraphql(wrap({ ...follow, template: { from_users: [{ user_results: {} }, 'junk'] } })),
    ).toEqual({ people: [], skipped: { empty_result: 2 } });
    expect(parseXNotificationsGraphql(wrap({ ...follow, template: {} }))).toEqual({
      people: [],
      skipped: { no_actors: 1 },
    });
    const user = { rest_id: '9', core: { screen_name: 'nine' } };
    const { people } = parseXNotificationsGraphql(
      wrap({ ...follow, timestamp_ms: '9'.repeat(30), template: { from_users: [{ user_results: { result: user } }] } }),
    );
    expect(people).toMatchObject([{ handle: 'nine', at: undefined }]);
  });

  test('other item types are not notifications', () => {
    expect(parseXNotificationsGraphql(wrap({ itemType: 'TimelineTweet' }))).toEqual({
      people: [],
      skipped: { not_a_notification: 1 },
    });
  });

  test.each([null, 'x', [], { data: {} }, { data: { viewer_v2: {} } }])('%j → bad_envelope', (input) => {
    expect(parseXNotificationsGraphql(input)).toEqual({ people: [], skipped: { bad_envelope: 1 } });
  });
});

describe('parseXNotificationsRest (notifications-all.hand.json, §4b)', () => {
  test('the two follow actors with the notification time; the like is counted', () => {
    // timestampMs "1785500000000" = 2026-07-31T12:13:20.000Z.
    const at = '2026-07-31T12:13:20.000Z';
    const { people, skipped } = parseXNotificationsRest(hand('notifications-all.hand.json'));
    expect(skipped).toEqual({ not_a_follow: 1 });
    expect(people).toEqual([
      {
        platform: 'x',
        platformUserId: '1790000000000000011',
        handle: 'fay_example',
        displayName: 'Fay Example',
        headline: 'Maps and mountains.',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1790000000000000011/fay_example_normal.jpg',
        profileUrl: 'https://x.com/fay_example',
        location: 'Quito',
        followersCount: 410,
        followingCount: 0, // friends_count 0 in the REST user; it has no created_at
        accountCreatedAt: undefined,
        verified: false,
        protected: false,
        followsYou: true,
        at,
      },
      {
        platform: 'x',
        platformUserId: '1790000000000000012',
        handle: 'gus_sample',
        displayName: 'Gus Sample',
        headline: undefined,
        avatarUrl: 'https://pbs.twimg.com/profile_images/1790000000000000012/gus_sample_normal.jpg',
        profileUrl: 'https://x.com/gus_sample',
        location: undefined,
        followersCount: 3,
        followingCount: 0,
        accountCreatedAt: undefined,
        verified: true,
        protected: true,
        followsYou: true,
        at,
      },
    ]);
  });

  test('an actor missing from globalObjects.users is counted as user_missing', () => {
    const json = {
      globalObjects: {
        users: {},
        notifications: {
          n: {
            icon: { id: 'person_icon' },
            template: { aggregateUserActionsV1: { fromUsers: [{ user: { id: '1' } }] } },
          },
        },
      },
    };
    expect(parseXNotificationsRest(json)).toEqual({ people: [], skipped: { user_missing: 1 } });
  });

  test.each([
    [null, 'bad_envelope'],
    ['x', 'bad_envelope'],
    [[], 'bad_envelope'],
    [{ globalObjects: {} }, 'bad_envelope'],
    [{ errors: [{ code: 32 }] }, 'api_error'],
  ])('%j → %s', (input, reason) => {
    expect(parseXNotificationsRest(input)).toEqual({ people: [], skipped: { [reason]: 1 } });
  });
});

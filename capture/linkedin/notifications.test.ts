import { describe, expect, test } from 'vitest';
import { fixtureJson } from '@/test/fixtures';
import { resolve } from './normalized';
import { classifyNotification } from './notification-text';
import { parseLinkedInNotifications } from './notifications';

const load = (name: string): unknown => fixtureJson(`linkedin/${name}`);

const expected = {
  people: [
    {
      platform: 'linkedin',
      platformUserId: null,
      // From the header image, not the "You may also know Paul Smith" content listed first.
      handle: 'nadia-haddad',
      displayName: 'Nadia Haddad',
      profileUrl: 'https://www.linkedin.com/in/nadia-haddad/',
      avatarUrl: 'https://media.licdn.com/dms/image/EXAMPLE10/profile-displayphoto-shrink_100_100/0/10?e=1&v=beta&t=a',
      at: '2026-01-01T09:30:00.000Z',
      kind: 'followed',
    },
    {
      platform: 'linkedin',
      platformUserId: 'ACoAABoskarLind00000000000000000000000011',
      handle: 'oskar-lind',
      displayName: 'Oskar Lind',
      profileUrl: 'https://www.linkedin.com/in/oskar-lind/',
      at: '2026-01-01T00:00:00.000Z',
      kind: 'viewed_profile',
    },
  ],
  skipped: { not_a_follow_or_view: 1 },
};

describe('parseLinkedInNotifications (§4)', () => {
  const normalized = load('notificationCards.normalized.hand-built.json');

  test('normalized: one follow, one view, the reaction counted', () => {
    expect(parseLinkedInNotifications(normalized)).toEqual(expected);
  });

  test('nested form of the same cards', () => {
    expect(parseLinkedInNotifications(resolve(normalized))).toEqual(expected);
  });

  test('a follow card with no /in/ link anywhere is counted, not guessed', () => {
    const json = {
      data: {
        identityDashNotificationCardsByFilterVanityName: {
          elements: [{ headline: { text: 'Kim Lee started following you' } }, null],
        },
      },
    };
    expect(parseLinkedInNotifications(json).skipped).toEqual({ no_public_identifier: 1, invalid_item: 1 });
  });
});

describe('classifyNotification (English only)', () => {
  test.each([
    ['Dana Reyes started following you', 'followed', 'Dana Reyes'],
    ['Dana Reyes is now following you', 'followed', 'Dana Reyes'],
    ['Sam Ortiz viewed your profile', 'viewed_profile', 'Sam Ortiz'],
    ['Sam Ortiz and 3 others viewed your profile', 'viewed_profile', 'Sam Ortiz'],
    ['12 people viewed your profile', 'viewed_profile', undefined],
  ])('%s', (sentence, kind, actorName) => {
    expect(classifyNotification(sentence)).toEqual(actorName === undefined ? { kind } : { kind, actorName });
  });

  test.each([
    'Dana Reyes liked your post',
    'Dana Reyes a commencé à vous suivre',
    'Your profile appeared in 5 searches',
    '',
  ])('not a follow or view: %s', (sentence) => expect(classifyNotification(sentence)).toBeNull());
});

// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { fixtureText } from '@/test/fixtures';
import { readFollowerCards } from './dom-followers';
import { readNotificationCards } from './dom-notifications';
import { readProfileViewRows } from './dom-profile-views';

const page = (name: string): Document => new DOMParser().parseFromString(fixtureText(`linkedin/${name}`), 'text/html');
const NOW = new Date('2026-01-02T00:00:00Z');

describe('readProfileViewRows (§2c)', () => {
  test('two named viewers; the two rows without an /in/ link are anonymous', () => {
    expect(readProfileViewRows(page('profile-views.hand-built.html'), NOW)).toEqual({
      people: [
        {
          platform: 'linkedin',
          platformUserId: null,
          handle: 'rosa-delgado',
          displayName: 'Rosa Delgado', // the aria-hidden copy, not "View Rosa Delgado’s profile"
          headline: 'CFO at Litware',
          profileUrl: 'https://www.linkedin.com/in/rosa-delgado/',
          avatarUrl: 'https://media.licdn.com/dms/image/EXAMPLE20/profile-displayphoto-shrink_100_100/0/20',
          at: '2026-01-01T21:00:00.000Z',
          kind: 'viewed_profile',
        },
        {
          platform: 'linkedin',
          platformUserId: 'ACoAABkenjiMori000000000000000000000000021',
          handle: 'kenji-mori-88',
          displayName: 'Kenji Mori',
          headline: 'Supply Chain Analyst',
          profileUrl: 'https://www.linkedin.com/in/kenji-mori-88/',
          at: '2026-01-01T00:00:00.000Z',
          kind: 'viewed_profile',
        },
      ],
      skipped: { anonymous_viewer: 2 },
    });
  });
});

describe('readFollowerCards (§3 DOM)', () => {
  test('two followers, the "LinkedIn Member" card counted, the nav link ignored', () => {
    expect(readFollowerCards(page('followers.hand-built.html'))).toEqual({
      people: [
        {
          platform: 'linkedin',
          platformUserId: 'ACoAABivyBrooks000000000000000000000000030',
          handle: 'ivy-brooks',
          displayName: 'Ivy Brooks',
          headline: 'Marketing Lead at Proseware',
          location: 'Austin, Texas, United States',
          profileUrl: 'https://www.linkedin.com/in/ivy-brooks/',
          avatarUrl: 'https://media.licdn.com/dms/image/EXAMPLE30/profile-displayphoto-shrink_100_100/0/30',
          kind: 'followed',
        },
        {
          platform: 'linkedin',
          platformUserId: null,
          handle: 'omar-farouk',
          displayName: 'Omar Farouk',
          headline: 'Freight Broker',
          profileUrl: 'https://www.linkedin.com/in/omar-farouk/', // its avatar is a data: placeholder: dropped
          kind: 'followed',
        },
      ],
      skipped: { no_public_identifier: 1 },
    });
  });
});

describe('readNotificationCards (§4 DOM)', () => {
  const lena = {
    platform: 'linkedin',
    platformUserId: null,
    handle: 'lena-vogel',
    displayName: 'Lena Vogel',
    profileUrl: 'https://www.linkedin.com/in/lena-vogel/',
    avatarUrl: 'https://media.licdn.com/dms/image/EXAMPLE40/profile-displayphoto-shrink_100_100/0/40',
    kind: 'followed',
  };
  const marco = {
    platform: 'linkedin',
    platformUserId: 'ACoAABmarcoRossi00000000000000000000000041',
    handle: 'marco-rossi-it',
    displayName: 'Marco Rossi',
    profileUrl: 'https://www.linkedin.com/in/marco-rossi-it/',
    kind: 'viewed_profile',
  };

  test('follow and view; the nested li/article card is read once; the reaction counted', () => {
    expect(readNotificationCards(page('notifications.hand-built.html'), NOW)).toEqual({
      people: [
        { ...lena, at: '2026-01-01T22:00:00.000Z' },
        { ...marco, at: '2026-01-01T00:00:00.000Z' },
      ],
      skipped: { not_a_follow_or_view: 1 },
    });
  });

  test('without `now` there is no time', () => {
    expect(readNotificationCards(page('notifications.hand-built.html')).people).toEqual([lena, marco]);
  });
});

describe('DOM readers on an unrelated page', () => {
  test('find nothing and skip nothing', () => {
    const doc = page('profile.hand-built.html');
    expect(readProfileViewRows(doc, NOW)).toEqual({ people: [], skipped: {} });
    expect(readFollowerCards(doc)).toEqual({ people: [], skipped: {} });
    expect(readNotificationCards(doc, NOW)).toEqual({ people: [], skipped: {} });
  });
});

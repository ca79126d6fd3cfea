// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { fixtureText } from '@/test/fixtures';
import { readXFollowNotifications } from './dom-notifications';

const page = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
// A path, not a URL: under jsdom `URL` is the DOM's, which node:fs does not accept.
const fixture = fixtureText('x/notifications-page.hand.html');
const img = (id: string, name: string) => `https://pbs.twimg.com/profile_images/${id}/${name}_normal.jpg`;

describe('readXFollowNotifications on notifications-page.hand.html (§5b)', () => {
  test('exactly the follow actors, with the time when the article has one', () => {
    const { people, skipped } = readXFollowNotifications(page(fixture));
    expect(skipped).toEqual({ not_a_follow: 1 }); // the like article
    const at = '2026-07-31T00:00:00.000Z';
    const person = (handle: string, avatarUrl: string, extra: object) => ({
      platform: 'x',
      platformUserId: null,
      handle,
      profileUrl: `https://x.com/${handle}`,
      avatarUrl,
      ...extra,
    });
    expect(people).toEqual([
      // "Ada Example and 2 others followed you": only Ada is named in the header.
      person('ada_example', img('1790000000000000001', 'ada'), { at, displayName: 'Ada Example' }),
      person('bo_sample', img('1790000000000000002', 'bo'), { at }),
      person('cy_test', img('1790000000000000003', 'cy'), { at }),
      person('mo_follower', img('1790000000000000305', 'mo'), { at: undefined, displayName: 'Mo 🚀 Follower' }),
    ]);
  });
});

describe('readXFollowNotifications edge cases', () => {
  test('an article without an icon is counted; an unparseable time is dropped', () => {
    const doc = page(`
      <article data-testid="notification"><span>?</span></article>
      <article data-testid="notification">
        <svg><path d="M17.863 13.44c1.477 1.58 2.366 3.8"></path></svg>
        <a href="/pat_x">Pat</a><a href="/i/timeline">1 other</a><a href="/home">home</a>
        <time datetime="yesterday">yesterday</time>
      </article>
      <article data-testid="notification"><svg><path d="M17.863 13.44c1.477 1.58 2.366"></path></svg></article>`);
    expect(readXFollowNotifications(doc)).toEqual({
      people: [
        {
          platform: 'x',
          platformUserId: null,
          handle: 'pat_x',
          profileUrl: 'https://x.com/pat_x',
          at: undefined,
          displayName: 'Pat',
        },
      ],
      skipped: { unrecognised_notification: 1, no_actors: 1 },
    });
  });
});

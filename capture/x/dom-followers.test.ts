// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { fixtureText } from '@/test/fixtures';
import { readXFollowerCells } from './dom-followers';

const page = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
// A path, not a URL: under jsdom `URL` is the DOM's, which node:fs does not accept.
const fixture = fixtureText('x/followers-page.hand.html');

describe('readXFollowerCells on followers-page.hand.html (§5a)', () => {
  const { people, skipped } = readXFollowerCells(page(fixture));

  test('four cells, in page order, nothing skipped', () => {
    expect(skipped).toEqual({});
    expect(people.map((p) => [p.platformUserId, p.handle])).toEqual([
      ['1790000000000000301', 'ivy_example'],
      ['1790000000000000302', 'jon_sample'], // -unfollow button
      ['1790000000000000303', 'kim_test'], // button[data-testid=UserCell]
      [null, 'lee_noid'], // "lee_noid-follow" is not a numeric id
    ]);
  });

  test('a verified cell with "Follows you" and an @mention in its bio', () => {
    expect(people[0]).toEqual({
      platform: 'x',
      platformUserId: '1790000000000000301',
      handle: 'ivy_example', // not bo_sample, the @mention inside the bio
      displayName: 'Ivy Example',
      headline: 'Product person. Ex-@bo_sample fan.',
      avatarUrl: 'https://pbs.twimg.com/profile_images/1790000000000000301/ivy_bigger.jpg',
      profileUrl: 'https://x.com/ivy_example',
      verified: true,
      followsYou: true,
    });
  });

  test('emoji <img alt> is read into the name; no bio means no headline', () => {
    expect(people[1]).toMatchObject({ displayName: 'Jon 🌍 Sample', headline: undefined, followsYou: true });
    expect(people[1]?.verified).toBeUndefined();
  });

  test('UserDescription is the bio when present; text is decoded, not re-parsed', () => {
    expect(people[2]).toMatchObject({ displayName: 'Kim Test', headline: 'Writes about tides & <tags>.' });
    expect(people[2]?.followsYou).toBeUndefined(); // absent indicator: unknown, not false
  });

  test('two of the four rows say "Follows you"', () => {
    expect(people.filter((p) => p.followsYou === true).map((p) => p.handle)).toEqual(['ivy_example', 'jon_sample']);
  });
});

describe('readXFollowerCells edge cases', () => {
  test('reads only under the root it is given', () => {
    const doc = page(fixture);
    const second = doc.querySelectorAll('[data-testid="cellInnerDiv"]').item(1);
    expect(readXFollowerCells(second).people.map((p) => p.handle)).toEqual(['jon_sample']);
  });

  test('a cell with neither id nor handle is counted; an li cell works', () => {
    const doc = page(`
      <div data-testid="UserCell"><span>Loading…</span></div>
      <li role="listitem" data-testid="UserCell">
        <a href="/nia_li" role="link"><span>&lt;script&gt;alert(1)&lt;/script&gt;</span></a>
        <a href="/nia_li" role="link" tabindex="-1">@nia_li</a>
        <button data-testid="1790000000000000399-follow">Follow</button>
      </li>`);
    const { people, skipped } = readXFollowerCells(doc);
    expect(skipped).toEqual({ invalid_user: 1 });
    expect(people).toMatchObject([
      { platformUserId: '1790000000000000399', handle: 'nia_li', displayName: '<script>alert(1)</script>' },
    ]);
  });

  test('an empty root gives an empty result', () => {
    expect(readXFollowerCells(page('<p>nothing</p>'))).toEqual({ people: [], skipped: {} });
  });
});

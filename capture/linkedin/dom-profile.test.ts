// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { fixtureText } from '@/test/fixtures';
import { readProfilePage } from './dom-profile';

const html = fixtureText('linkedin/profile.hand-built.html');
const parse = (): Document => new DOMParser().parseFromString(html, 'text/html');
const URL_ = new URL('https://www.linkedin.com/in/jordan-blake/');

describe('readProfilePage (§5)', () => {
  test('reads the top card only, never the aside or the messaging overlay', () => {
    expect(readProfilePage(parse(), URL_)).toEqual({
      people: [
        {
          platform: 'linkedin',
          platformUserId: null,
          handle: 'jordan-blake',
          displayName: 'Jordan Blake',
          headline: 'Director of Partnerships at Woodgrove',
          location: 'Denver, Colorado, United States',
          profileUrl: 'https://www.linkedin.com/in/jordan-blake/',
          avatarUrl: 'https://media.licdn.com/dms/image/EXAMPLE50/profile-displayphoto-shrink_400_400/0/50',
        },
      ],
      skipped: {},
    });
  });

  test('SDUI page without <h1>: name from "(2) Jordan Blake | LinkedIn", nothing guessed', () => {
    const doc = parse();
    doc.querySelector('main h1')?.remove();
    expect(readProfilePage(doc, URL_).people).toEqual([
      {
        platform: 'linkedin',
        platformUserId: null,
        handle: 'jordan-blake',
        displayName: 'Jordan Blake',
        profileUrl: 'https://www.linkedin.com/in/jordan-blake/',
      },
    ]);
  });

  test('the slug comes from the URL (sub-pages, case, encoding), not from links', () => {
    const sub = new URL('https://www.linkedin.com/in/Jordan-Blake/details/experience/?x=1#top');
    expect(readProfilePage(parse(), sub).people[0]?.handle).toBe('jordan-blake');
  });

  test('not a profile URL: counted', () => {
    expect(readProfilePage(parse(), new URL('https://www.linkedin.com/feed/'))).toEqual({
      people: [],
      skipped: { not_a_profile_page: 1 },
    });
  });
});

import { expect, test } from 'vitest';
import { xPageKind } from './page';

test.each([
  ['https://x.com/touchline_me/followers', { kind: 'followers', handle: 'touchline_me' }],
  ['https://x.com/touchline_me/followers/', { kind: 'followers', handle: 'touchline_me' }],
  ['https://x.com/touchline_me/verified_followers', { kind: 'verified_followers', handle: 'touchline_me' }],
  ['https://x.com/XDevelopers/following?lang=en', { kind: 'following', handle: 'XDevelopers' }],
  ['https://x.com/notifications', { kind: 'notifications' }],
  ['https://x.com/notifications/verified', { kind: 'notifications' }],
  ['https://x.com/notifications/mentions', { kind: 'other' }],
  ['https://x.com/XDevelopers', { kind: 'profile', handle: 'XDevelopers' }],
  ['https://twitter.com/XDevelopers/with_replies', { kind: 'profile', handle: 'XDevelopers' }],
  ['https://mobile.x.com/leslieberland#top', { kind: 'profile', handle: 'leslieberland' }],
  ['https://x.com/', { kind: 'other' }],
  ['https://x.com/home', { kind: 'other' }],
  ['https://x.com/explore', { kind: 'other' }],
  ['https://x.com/i/bookmarks', { kind: 'other' }],
  ['https://x.com/settings/account', { kind: 'other' }],
  ['https://x.com/messages', { kind: 'other' }],
  ['https://x.com/search?q=touchline', { kind: 'other' }],
  ['https://x.com/compose/post', { kind: 'other' }],
  ['https://x.com/Home', { kind: 'other' }],
  ['https://x.com/XDevelopers/status/1', { kind: 'other' }],
  ['https://x.com/XDevelopers/followers_you_follow', { kind: 'other' }],
  ['https://x.com/a.b', { kind: 'other' }],
  ['https://x.com/a//followers', { kind: 'other' }],
  ['https://x.com/this_handle_is_too_long', { kind: 'other' }],
  ['https://example.com/XDevelopers/followers', { kind: 'other' }],
  ['https://notx.com/XDevelopers', { kind: 'other' }],
])('%s', (url, kind) => {
  expect(xPageKind(new URL(url))).toEqual(kind);
});

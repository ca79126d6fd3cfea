// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { xViewer, xViewerHandle } from './viewer';

test.each([
  ['twid=u%3D1600000000000000001', '1600000000000000001'],
  ['lang=en; twid="u=42"; ct0=abc', '42'],
  ['twid=u%3Dnot-a-number', null],
  ['ct0=abc', null],
  ['', null],
])('the signed-in account from cookie %j', (cookie, id) => {
  expect(xViewer({ cookie })).toBe(id);
});

test("the signed-in handle is the side navigation's profile link, nothing else", () => {
  const page = (html: string) => new DOMParser().parseFromString(html, 'text/html');
  const nav =
    '<a href="/someone_else">x</a><nav><a data-testid="AppTabBar_Profile_Link" href="/touchline_me">Me</a></nav>';
  expect(xViewerHandle(page(nav))).toBe('touchline_me');
  expect(xViewerHandle(page('<a href="/touchline_me">x</a>'))).toBeNull();
});

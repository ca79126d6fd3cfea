import { afterEach, expect, test, vi } from 'vitest';
import { untilCookieChange } from './cookie-cache';

afterEach(() => vi.unstubAllGlobals());

test('the cookie is read once, then again only after the browser reports a change', () => {
  const store = new EventTarget();
  vi.stubGlobal('cookieStore', store);
  let twid = 'u=1';
  const read = vi.fn(() => twid);
  const viewer = untilCookieChange(read);
  expect([viewer(), viewer(), viewer()]).toEqual(['u=1', 'u=1', 'u=1']);
  expect(read).toHaveBeenCalledTimes(1);
  twid = 'u=2';
  store.dispatchEvent(new Event('change'));
  expect(viewer()).toBe('u=2');
  expect(read).toHaveBeenCalledTimes(2);
});

test('without cookieStore (Firefox) every call reads the cookie', () => {
  vi.stubGlobal('cookieStore', undefined);
  let twid = 'u=1';
  const viewer = untilCookieChange(() => twid);
  expect(viewer()).toBe('u=1');
  twid = 'u=2';
  expect(viewer()).toBe('u=2');
});

// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { eachView } from './navigation';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

test('each view: the page once its document is parsed, after `first`, then each URL the app moves to', async () => {
  const seen: string[] = [];
  Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
  eachView(
    window,
    (url) => seen.push(url.pathname),
    () => seen.push('first'),
  );
  history.pushState({}, '', '/home');
  expect(seen).toEqual([]); // still parsing: nothing read yet
  Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'interactive' });
  document.dispatchEvent(new Event('DOMContentLoaded'));
  expect(seen).toEqual(['first', '/home']);
  // An in-app navigation re-renders: the URL change is seen after the DOM's mutation.
  history.pushState({}, '', '/ada/followers');
  document.body.append(document.createElement('div'));
  await settle();
  expect(seen).toEqual(['first', '/home', '/ada/followers']);
  // The same URL again is not a new view.
  document.body.append(document.createElement('div'));
  await settle();
  expect(seen).toHaveLength(3);
});

test('a document already parsed is read at once', () => {
  const seen: string[] = [];
  eachView(window, (url) => seen.push(url.pathname));
  expect(seen).toEqual([location.pathname]);
});

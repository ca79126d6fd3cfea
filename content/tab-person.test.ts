import { afterEach, expect, test, vi } from 'vitest';
import { TAB_PERSON } from '@/messaging/tab';
import type { CapturedPerson } from '@/capture/types';
import type { MessageListener } from './chrome';
import { answerTabPerson } from './tab-person';

const ADA: CapturedPerson = { platform: 'x', platformUserId: '1', handle: 'ada', profileUrl: 'https://x.com/ada' };
const isProfile = (url: URL) => url.pathname.startsWith('/ada');

/** A content script's `chrome.runtime`, recording the listeners added. */
function fakeRuntime() {
  const listeners: MessageListener[] = [];
  vi.stubGlobal('chrome', { runtime: { onMessage: { addListener: (l: MessageListener) => listeners.push(l) } } });
  const ask = (message: unknown) => {
    const answers: unknown[] = [];
    for (const l of listeners) l(message, {}, (r) => answers.push(r));
    return answers;
  };
  return { listeners, ask };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

test('a page about no one never touches the runtime; the first profile view starts answering', () => {
  const runtime = fakeRuntime();
  const view = answerTabPerson(isProfile, () => ADA);
  view(new URL('https://x.com/home'));
  view(new URL('https://x.com/explore'));
  // Nothing listens: the popup is told nothing, as on a page without Touchline.
  expect(runtime.listeners).toHaveLength(0);
  view(new URL('https://x.com/ada'));
  view(new URL('https://x.com/ada/with_replies'));
  expect(runtime.listeners).toHaveLength(1);
  expect(runtime.ask({ type: TAB_PERSON })).toEqual([ADA]);
});

test('once listening it answers for whatever the page shows now, and only the tab-person question', () => {
  const runtime = fakeRuntime();
  let shown: CapturedPerson | null = ADA;
  const view = answerTabPerson(isProfile, () => shown);
  view(new URL('https://x.com/ada'));
  shown = null; // navigated on to a timeline
  expect(runtime.ask({ type: TAB_PERSON })).toEqual([null]);
  expect(runtime.ask({ type: 'capture.people' })).toEqual([]);
  expect(runtime.ask(null)).toEqual([]);
  expect(runtime.ask('tab.person')).toEqual([]);
});

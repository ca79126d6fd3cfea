import browser from 'webextension-polyfill';
import type { CapturedPerson } from '@/capture/types';

/** The question the popup asks a tab: whose profile is this page? */
export const TAB_PERSON = 'tab.person';

/**
 * Answers the popup. Only messages from this extension reach a content script through
 * `runtime.onMessage`, and only this one type is answered.
 */
export function answerTabPerson(who: () => CapturedPerson | null): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== TAB_PERSON) return;
    return Promise.resolve(who());
  });
}

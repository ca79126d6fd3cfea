import type { CapturedPerson } from '@/capture/types';
import { TAB_PERSON } from '@/messaging/tab';
import { runtime } from './chrome';

/**
 * Answers the popup. Only messages from this extension reach a content script through
 * `runtime.onMessage`, and only this one type is answered (synchronously, through
 * `sendResponse`: the form both Chrome and Firefox accept without the polyfill).
 */
export function answerTabPerson(who: () => CapturedPerson | null): void {
  runtime().onMessage.addListener((message, _sender, sendResponse) => {
    if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== TAB_PERSON) {
      return false;
    }
    sendResponse(who());
    return false;
  });
}

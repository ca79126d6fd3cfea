import type { CapturedPerson } from '@/capture/types';
import { TAB_PERSON } from '@/messaging/tab';
import { runtime } from './chrome';

/**
 * Answers the popup. Only messages from this extension reach a content script through
 * `runtime.onMessage`, and only this one type is answered (synchronously, through
 * `sendResponse`: the form both Chrome and Firefox accept without the polyfill).
 *
 * The listener is added on the first view that can be about a person (`isPersonPage`), not at
 * load: the first touch of `chrome.runtime` in a content script costs the page ~0.5 ms (the
 * extension API's bindings are made then; issue #17), and most pages (a timeline, a feed) are
 * about no one. A popup asking before then is told nothing, as on any page without Touchline.
 * Returns the function to call with each view's URL.
 */
export function answerTabPerson(isPersonPage: (url: URL) => boolean, who: () => CapturedPerson | null) {
  let listening = false;
  return (url: URL): void => {
    if (listening || !isPersonPage(url)) return;
    listening = true;
    runtime().onMessage.addListener((message, _sender, sendResponse) => {
      if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== TAB_PERSON) {
        return false;
      }
      sendResponse(who());
      return false;
    });
  };
}

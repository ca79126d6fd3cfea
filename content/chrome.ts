/**
 * One of two exceptions to "webextension-polyfill everywhere" (issue #11; the other is the popup's
 * snapshot read, entrypoints/popup/snapshot.ts), and why: the isolated content
 * scripts load on every X and LinkedIn page and have a 40 KB budget (minified). The polyfill adds
 * 10.3 KB to each (measured 2026-12-02 with `wxt build`: x.js 38.5 → 48.8 KB, linkedin.js
 * 41.1 → 51.3 KB). Both Chrome MV3 and Firefox MV3 give the native `chrome.runtime.sendMessage` a
 * Promise and answer `onMessage` through `sendResponse`, so this file declares just that slice of
 * the native `chrome` global. Every other part of Touchline uses webextension-polyfill.
 */

/** Called with the answer to a message; at most once. */
export type SendResponse = (response: unknown) => void;

/**
 * Handles one message. Call `sendResponse` to answer; return `true` only to answer later
 * (asynchronously), anything else closes the channel once the listener returns.
 */
export type MessageListener = (message: unknown, sender: unknown, sendResponse: SendResponse) => boolean | undefined;

export interface ContentRuntime {
  sendMessage(message: unknown): Promise<unknown>;
  getURL(path: string): string;
  onMessage: { addListener(listener: MessageListener): void };
}

/** `chrome.runtime`, looked up when called (not at import: pages and tests import this module too). */
export function runtime(): ContentRuntime {
  return (globalThis as unknown as { chrome: { runtime: ContentRuntime } }).chrome.runtime;
}

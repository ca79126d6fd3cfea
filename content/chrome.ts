/**
 * The slice of the extension API the isolated content scripts use, read from the native `chrome`
 * global. Content scripts load on every X/LinkedIn page, so they skip webextension-polyfill
 * (~21 KB): Chrome MV3 and Firefox MV3 both give `chrome.runtime.sendMessage` a Promise, and
 * both answer `onMessage` through `sendResponse`. Only what is used is declared here.
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
  onMessage: { addListener(listener: MessageListener): void };
}

/** `chrome.runtime`, looked up when called (not at import: pages and tests import this module too). */
export function runtime(): ContentRuntime {
  return (globalThis as unknown as { chrome: { runtime: ContentRuntime } }).chrome.runtime;
}

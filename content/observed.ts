import type { BridgeMessage } from '@/bridge/channel';
import type { Observed, SignalSource } from '@/capture/types';
import { sendFailure } from './send';

/** Decodes a fetch body's bytes (UTF-8, as X and LinkedIn send JSON); malformed bytes become U+FFFD. */
const utf8 = new TextDecoder();

export type BodyMessage = Pick<BridgeMessage, 'url' | 'method' | 'status' | 'requestBody' | 'body'>;

/**
 * A hooked response as parsers take it; `'not-json'` for a body that is not JSON; null for a URL
 * that cannot be read. Pure (no messaging), so a worker can run it (content/off-thread.ts).
 */
export function observedOf(message: BodyMessage, base: string): Observed | 'not-json' | null {
  let json: unknown;
  try {
    json = JSON.parse(typeof message.body === 'string' ? message.body : utf8.decode(message.body));
  } catch {
    return 'not-json';
  }
  try {
    return {
      url: new URL(message.url, base),
      method: message.method,
      status: message.status,
      requestBody: message.requestBody,
      json,
    };
  } catch {
    return null;
  }
}

/** Capture health's words for a response that was not JSON. */
export const notJson = (status: number) => `response was not JSON (HTTP ${status})`;

/**
 * {@link observedOf} on this thread, where a body that is not JSON is counted against its surface
 * (`surfaceOf` the URL), so capture health shows a site answering with something else.
 * Decoding and parsing a 260 KB response here costs the page's main thread about 3 ms (CDP CPU
 * profile, issue #17): X's responses are read in a worker instead (entrypoints/x-capture).
 */
export function readObserved(
  message: BodyMessage,
  base: string,
  surfaceOf: (url: string) => SignalSource | null,
): Observed | null {
  const observed = observedOf(message, base);
  if (observed !== 'not-json') return observed;
  const surface = surfaceOf(message.url);
  if (surface) void sendFailure(surface, notJson(message.status));
  return null;
}

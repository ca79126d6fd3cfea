import type { BridgeMessage } from '@/bridge/channel';
import type { Observed, SignalSource } from '@/capture/types';
import { sendFailure } from './send';

/** Decodes a fetch body's bytes (UTF-8, as X and LinkedIn send JSON); malformed bytes become U+FFFD. */
const utf8 = new TextDecoder();

/**
 * A hooked response as parsers take it, or null. A body that is not JSON is counted against its
 * surface (`surfaceOf` the URL), so capture health shows a site answering with something else.
 * Decoding and parsing a 260 KB response here costs the page's main thread about 1 ms; sending
 * its text to the background would cost about 4 ms (both measured in Chromium with CDP
 * `TaskDuration`, issue #17), so parsing stays on this side.
 */
export function readObserved(
  message: Pick<BridgeMessage, 'url' | 'method' | 'status' | 'requestBody' | 'body'>,
  base: string,
  surfaceOf: (url: string) => SignalSource | null,
): Observed | null {
  let json: unknown;
  try {
    json = JSON.parse(typeof message.body === 'string' ? message.body : utf8.decode(message.body));
  } catch {
    const surface = surfaceOf(message.url);
    if (surface) void sendFailure(surface, `response was not JSON (HTTP ${message.status})`);
    return null;
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

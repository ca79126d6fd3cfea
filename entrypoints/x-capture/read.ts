import { xCapture, xSurface, type XCapture } from '@/capture/x/routes';
import type { SignalSource } from '@/capture/types';
import { observedOf, type BodyMessage } from '@/content/observed';

/**
 * What one hooked X response says, as plain data: it is worked out in the parse worker when the
 * page allows one (x-parse-worker.ts) and comes back by structured clone, else on this thread.
 * `unreadable`: the surface whose response was not JSON, for capture health.
 */
export type XRead = { capture: XCapture } | { unreadable: SignalSource; status: number } | null;

/** Decode, parse and route one response. Pure: no messaging, no DOM. */
export function readX(message: BodyMessage): XRead {
  const observed = observedOf(message, 'https://x.com/');
  if (observed === 'not-json') {
    const surface = xSurface(message.url);
    return surface ? { unreadable: surface, status: message.status } : null;
  }
  const capture = observed && xCapture(observed);
  return capture ? { capture } : null;
}

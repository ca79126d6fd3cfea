import { BRIDGE_REDIRECT } from './channel';
import { listenToHook, type Received } from './listen';

/**
 * The two halves of a site's isolated content script (issue #17). The bridge half is tiny and runs
 * at `document_start`, as the hook's handoff must be caught before any page script runs; it
 * holds what the hook sends. The capture half (parsers, DOM readers: about 40 KB) runs at
 * `document_idle`, after the page has loaded, and takes what was held, then each message as it
 * comes. Both run in the extension's one isolated world of the frame, so they meet in a global
 * of that world, which page scripts cannot see.
 */
const KEY = Symbol.for('touchline.hook-queue');
/** Held until the capture half starts; beyond this a page is misbehaving and the rest is dropped. */
export const HELD_MAX = 500;

interface Queue {
  held: Received[];
  take: ((r: Received) => void) | null;
  /** The hook's private port, once handed over. */
  port: MessagePort | null;
}

const queueOf = (win: Window): Queue => {
  const g = win as unknown as Record<symbol, Queue | undefined>;
  return (g[KEY] ??= { held: [], take: null, port: null });
};

/** The bridge half: catches the handoff and holds every message until {@link takeHookMessages}. */
export function holdHookMessages(win: Window): () => void {
  const queue = queueOf(win);
  return listenToHook(
    win,
    (r) => {
      if (queue.take) queue.take(r);
      else if (queue.held.length < HELD_MAX) queue.held.push(r);
    },
    (port) => (queue.port = port),
  );
}

/** The capture half: everything held so far, in order, then each message as it arrives. */
export function takeHookMessages(win: Window, take: (r: Received) => void): void {
  const queue = queueOf(win);
  queue.take = take;
  for (const r of queue.held.splice(0)) take(r);
}

/**
 * Asks the hook to post bodies to `to` from now on (the parse worker's port), or, with null, on
 * the private port again (bridge/channel.ts `BRIDGE_REDIRECT`). False before the hook's handoff.
 */
export function redirectHook(win: Window, to: MessagePort | null): boolean {
  const { port } = queueOf(win);
  if (!port) return false;
  port.postMessage({ channel: BRIDGE_REDIRECT }, to ? [to] : []);
  return true;
}

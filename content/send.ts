import type { BridgeMessage } from '@/bridge/channel';
import type { CapturedPerson, ParseResult } from '@/capture/types';
import type { Payload } from '@/messaging/table';
import { runtime } from './chrome';

export type CaptureMeta = Omit<Payload<'capture.people'>, 'people' | 'skipped'>;

/** Largest batch the background accepts in one message (messaging/table.ts). */
const BATCH = 500;

/** Sends a message to the background; a failure means the extension went away under this page. */
async function send(message: unknown): Promise<void> {
  try {
    await runtime().sendMessage(message);
  } catch {
    // The extension was reloaded or updated under this page: nothing to do until a reload.
  }
}

/**
 * Hands a parse result to the background. A response that yields nobody is still reported,
 * so capture health can tell "saw nothing" from "saw nothing to see".
 */
export async function sendCapture(meta: CaptureMeta, result: ParseResult): Promise<void> {
  const batches = [];
  for (let i = 0; i < result.people.length; i += BATCH) batches.push(result.people.slice(i, i + BATCH));
  if (batches.length === 0) batches.push([]);
  for (const [i, people] of batches.entries()) {
    await send({ type: 'capture.people', payload: { ...meta, people, skipped: i === 0 ? result.skipped : {} } });
  }
}

/** What the background says back about a relayed response. */
export interface RelayReply {
  profiles: CapturedPerson[];
  viewer: string | null;
}

/**
 * Relays a response the hook saw to the background, as text: parsing happens there, off the
 * page's main thread. Returns what the page is about (profile responses), if anything.
 */
export async function relayResponse(
  site: 'x' | 'linkedin',
  message: BridgeMessage,
  meta: { viewer: string | null; visitId: string },
): Promise<RelayReply | null> {
  const { url, method, status, requestBody, body } = message;
  const payload = { site, url, method, status, requestBody, body, ...meta };
  try {
    const reply = (await runtime().sendMessage({ type: 'capture.response', payload })) as {
      ok: boolean;
      data?: RelayReply;
    };
    return reply.ok && reply.data ? reply.data : null;
  } catch {
    return null; // The extension went away under this page.
  }
}

import type { ParseResult } from '@/capture/types';
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

export async function sendFailure(source: CaptureMeta['source'], error: string): Promise<void> {
  await send({ type: 'capture.failure', payload: { source, error } });
}

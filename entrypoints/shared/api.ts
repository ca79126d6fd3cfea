import browser from 'webextension-polyfill';
import type { z } from 'zod';
import type { Reply } from '@/entrypoints/background/handlers';
import type { MessageType, messageTable } from '@/messaging/table';

/** What a caller passes for a message type: the table's schema input (before its defaults and cuts). */
export type Request<T extends MessageType> = z.input<(typeof messageTable)[T]>;

/**
 * Calls the background API, typed both ways from the message table and the handlers: the payload
 * must match the type's schema, and the reply is what its handler returns. A refusal becomes an
 * Error with the background's reason.
 */
export async function call<T extends MessageType>(
  type: T,
  ...[payload]: Request<T> extends Record<string, never> ? [Request<T>?] : [Request<T>]
): Promise<Reply<T>> {
  const reply = (await browser.runtime.sendMessage({ type, payload: payload ?? {} })) as
    { ok: true; data: Reply<T> } | { ok: false; error: string } | undefined;
  if (!reply) throw new Error('Touchline did not answer. Try reopening this window.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

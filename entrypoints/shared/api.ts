import browser from 'webextension-polyfill';
import type { MessageType, Payload } from '@/messaging/table';

/** Calls the background API; a refusal becomes an Error with the background's reason. */
export async function call<T = unknown>(
  type: MessageType,
  payload: Payload<MessageType> | Record<string, unknown> = {},
): Promise<T> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as
    { ok: true; data: T } | { ok: false; error: string } | undefined;
  if (!reply) throw new Error('Touchline did not answer. Try reopening this window.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

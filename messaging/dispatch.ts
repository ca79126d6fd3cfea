import { messageTable, CONTENT_SCRIPT_TYPES, type MessageType, type Payload } from './table';
import { formatPath } from './issue-path';

export type Reply<T = unknown> = { ok: true; data: T } | { ok: false; error: string };

/** Who sent a message, as the runtime reports it (a subset of `runtime.MessageSender`). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: unknown;
}

export interface Self {
  id: string;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  origin: string;
}

export type Handlers = { [T in MessageType]: (payload: Payload<T>, sender: Sender) => Promise<unknown> };

/**
 * Routes one message to its handler: a foreign sender, an unknown type or an invalid payload
 * is refused with a reason, and a handler's error becomes `ok:false`, so a reply always comes.
 * Messages are `{ type, payload }`; a flat `{ type, ...payload }` is read the same way.
 */
export async function dispatch(handlers: Handlers, message: unknown, sender: Sender, self: Self): Promise<Reply> {
  if (sender.id !== self.id) return { ok: false, error: 'Ignored: the message did not come from Touchline.' };
  if (typeof message !== 'object' || message === null || !('type' in message))
    return { ok: false, error: 'A message needs a "type".' };
  const { type, payload, ...rest } = message as { type: unknown; payload?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(messageTable, type))
    return { ok: false, error: `Unknown message type: ${JSON.stringify(type).slice(0, 80)}.` };
  const key = type as MessageType;
  const fromPage = sender.url?.startsWith(self.origin) === true;
  if (!fromPage && !CONTENT_SCRIPT_TYPES.has(key))
    return { ok: false, error: `"${key}" may only be sent from Touchline's own pages.` };
  const parsed = messageTable[key].safeParse(payload ?? rest);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `Invalid "${key}" payload at ${formatPath(issue?.path ?? [])}: ${issue?.message}` };
  }
  try {
    const handler = handlers[key] as (p: unknown, s: Sender) => Promise<unknown>;
    return { ok: true, data: await handler(parsed.data, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

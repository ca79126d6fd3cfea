import { BRIDGE_CHANNEL, type BridgeMessage } from './channel';
import { bridgeMessageSchema } from './protocol';

export type Received = { ok: true; message: BridgeMessage } | { ok: false; error: string };

/**
 * Receives what the hook posts, from this window only. Messages from elsewhere or off the
 * channel are ignored silently (pages post all sorts of things); ours that fail validation are
 * reported. The body is not parsed here: this runs on the page's main thread.
 */
export function listenToHook(win: Window, onMessage: (r: Received) => void): () => void {
  const handler = (event: MessageEvent) => {
    if (event.source !== win || event.origin !== win.location.origin) return;
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null || (data as { channel?: unknown }).channel !== BRIDGE_CHANNEL) return;
    const parsed = bridgeMessageSchema.safeParse(data);
    onMessage(
      parsed.success ? { ok: true, message: parsed.data } : { ok: false, error: 'bridge message failed validation' },
    );
  };
  win.addEventListener('message', handler);
  return () => win.removeEventListener('message', handler);
}

import { BRIDGE_CHANNEL } from './channel';
import { bridgeMessageSchema, type Observed } from './protocol';

export type Received = { ok: true; observed: Observed } | { ok: false; url: string | null; error: string };

/**
 * Receives what the hook posts, from this window only. Messages from elsewhere or off the
 * channel are ignored silently (pages post all sorts of things); ours that fail validation or
 * are not JSON are reported, so capture health can count them.
 */
export function listenToHook(win: Window, onMessage: (r: Received) => void): () => void {
  const handler = (event: MessageEvent) => {
    if (event.source !== win || event.origin !== win.location.origin) return;
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null || (data as { channel?: unknown }).channel !== BRIDGE_CHANNEL) return;
    const parsed = bridgeMessageSchema.safeParse(data);
    if (!parsed.success) return onMessage({ ok: false, url: null, error: 'bridge message failed validation' });
    const m = parsed.data;
    let url: URL;
    try {
      url = new URL(m.url, win.location.href);
    } catch {
      return onMessage({ ok: false, url: null, error: 'bridge message has a bad URL' });
    }
    try {
      const json: unknown = JSON.parse(m.body);
      onMessage({ ok: true, observed: { url, method: m.method, status: m.status, requestBody: m.requestBody, json } });
    } catch {
      onMessage({ ok: false, url: m.url, error: `response was not JSON (HTTP ${m.status})` });
    }
  };
  win.addEventListener('message', handler);
  return () => win.removeEventListener('message', handler);
}

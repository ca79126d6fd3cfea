import { BRIDGE_CHANNEL, BRIDGE_HANDOFF, type BridgeMessage } from './channel';
import { readBridgeMessage } from './protocol';

export type Received = { ok: true; message: BridgeMessage } | { ok: false; error: string };

/**
 * Receives what the hook sends, on the private port it hands over (issue #13). The handoff is
 * the first `touchline:port` window message from this window; this capturing listener, added at
 * document_start before any page script can add one, takes its port and stops the event, so no
 * page listener ever sees it. Later look-alikes (a page script posting as the hook, or offering
 * a port of its own) are ignored: only the port holds the hook's messages. What arrives on the
 * port is still validated (bridge/protocol.ts). The body is parsed later, when the page is idle.
 */
export function listenToHook(
  win: Window,
  onMessage: (r: Received) => void,
  onPort: (port: MessagePort) => void = () => {},
): () => void {
  let port: MessagePort | null = null;
  const receive = (event: MessageEvent) => {
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null || (data as { channel?: unknown }).channel !== BRIDGE_CHANNEL) return;
    const message = readBridgeMessage(data);
    onMessage(message ? { ok: true, message } : { ok: false, error: 'bridge message failed validation' });
  };
  const handoff = (event: MessageEvent) => {
    if (port || event.source !== win || event.origin !== win.location.origin) return;
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null || (data as { channel?: unknown }).channel !== BRIDGE_HANDOFF) return;
    const [given] = event.ports;
    if (!given || event.ports.length !== 1) return;
    event.stopImmediatePropagation();
    port = given;
    port.onmessage = receive;
    onPort(given);
    win.removeEventListener('message', handoff, true);
  };
  win.addEventListener('message', handoff, true);
  return () => {
    win.removeEventListener('message', handoff, true);
    port?.close();
  };
}

/** The bridge's name and limits, apart from its zod schema so the MAIN-world hook stays tiny. */
export const BRIDGE_CHANNEL = 'touchline:v1';
/**
 * The one window message the hook posts (issue #13): it carries the private MessagePort every
 * observed response then travels on. Posted at document_start, before any page script runs, and
 * taken by the isolated script's capturing listener, which stops it there.
 */
export const BRIDGE_HANDOFF = 'touchline:port';
export const MAX_BODY = 8 * 1024 * 1024;
/**
 * Sent by the isolated script on the private port, with one port or none: from now on the hook
 * posts bodies to that port (the parse worker's, content/off-thread.ts), or back on the private
 * port. The port it leaves gets {@link BRIDGE_DRAINED} last, so its reader knows nothing follows.
 */
export const BRIDGE_REDIRECT = 'touchline:redirect';
export const BRIDGE_DRAINED = 'touchline:drained';

/**
 * What the hook posts (validated on the isolated side by bridge/protocol.ts). A fetch response's
 * body is its bytes, transferred (never decoded or copied in the page's world); an XHR's is the
 * text the page already has.
 */
export interface BridgeMessage {
  channel: typeof BRIDGE_CHANNEL;
  url: string;
  method: string;
  status: number;
  requestBody: string | null;
  body: string | ArrayBuffer;
}

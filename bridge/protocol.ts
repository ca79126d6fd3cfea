/**
 * What the MAIN-world hook posts to the isolated content script, or to X's parse worker once the
 * hook is redirected there (content/off-thread.ts), validated on arrival field by field: a page
 * script could have reached the port's other end only through a bug, but the receiver still
 * treats every field as untrusted and the body as untrusted data. The receiver parses the body
 * and sends the background what the parsers found in it (people and skip counts), never the body.
 * Hand-written rather than a zod schema: it runs once per observed response, and zod's object
 * machinery would add its weight to both content scripts for six fields.
 */
import { BRIDGE_CHANNEL, MAX_BODY, type BridgeMessage } from './channel';

const text = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/**
 * The buffer's length if `v` is an ArrayBuffer of any realm, else -1. Not `instanceof`: in Firefox
 * the port's data belongs to the page's compartment, whose ArrayBuffer is not the content script's,
 * so `instanceof` is false for every body there. The built-in getter accepts a buffer of any realm
 * (through the wrapper) and throws for anything else.
 */
const bufferLength = (v: unknown): number => {
  if (typeof v !== 'object' || v === null) return -1;
  try {
    return Reflect.get(ArrayBuffer.prototype, 'byteLength', v) as number;
  } catch {
    return -1;
  }
};

/** The message if every field has its type and stays within its limit, else null. */
export function readBridgeMessage(data: unknown): BridgeMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<keyof BridgeMessage, unknown>;
  const body = m.body;
  const bytes = bufferLength(body);
  const bodyOk = text(body, MAX_BODY) || (bytes >= 0 && bytes <= MAX_BODY);
  const ok =
    m.channel === BRIDGE_CHANNEL &&
    text(m.url, 8_000) &&
    text(m.method, 10) &&
    typeof m.status === 'number' &&
    Number.isSafeInteger(m.status) &&
    (m.requestBody === null || text(m.requestBody, 20_000)) &&
    bodyOk;
  // A fresh object: nothing the sender attached beyond these fields comes along.
  return ok
    ? {
        channel: BRIDGE_CHANNEL,
        url: m.url as string,
        method: m.method as string,
        status: m.status as number,
        requestBody: m.requestBody as string | null,
        body: body as string | ArrayBuffer,
      }
    : null;
}

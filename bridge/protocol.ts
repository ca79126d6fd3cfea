import * as z from 'zod/mini';

/**
 * What the MAIN-world hook posts to the isolated content script. Any script on the page can
 * post a look-alike, so the isolated side validates every field and treats the body as
 * untrusted text. The body crosses the bridge as text; the content script parses it when the
 * page is idle and sends the background what the parsers found in it (people and skip counts),
 * never the body: sending a large body costs the page far more than parsing it (content/observed.ts).
 */
import { rule } from '@/capture/rule';
import { BRIDGE_CHANNEL, MAX_BODY, type BridgeMessage } from './channel';

/** ≡ `z.maxLength(n)`, lighter (capture/rule.ts). */
const maxLength = (n: number) => rule((s: string) => s.length <= n);

export const bridgeMessageSchema = z.object({
  // ≡ z.literal(BRIDGE_CHANNEL), ~0.6 KB lighter; the check makes the narrowing cast true.
  channel: z.string().check(rule((s) => s === BRIDGE_CHANNEL)) as z.ZodMiniType<typeof BRIDGE_CHANNEL>,
  url: z.string().check(maxLength(8_000)),
  method: z.string().check(maxLength(10)),
  status: z.number().check(rule(Number.isSafeInteger)), // ≡ z.int()
  requestBody: z.nullable(z.string().check(maxLength(20_000))),
  body: z.string().check(maxLength(MAX_BODY)),
});

// The schema and the hook's type must agree; this line fails to compile if they drift.
export const _sameShape: z.ZodMiniType<BridgeMessage> = bridgeMessageSchema;

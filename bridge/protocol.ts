import { z } from 'zod';

/**
 * What the MAIN-world hook posts to the isolated content script. Any script on the page can
 * post a look-alike, so the isolated side validates every field and treats the body as
 * untrusted text. The body stays text (parsed on the isolated side): cloning a string across
 * the bridge costs the page less than cloning a parsed object.
 */
import { BRIDGE_CHANNEL, MAX_BODY, type BridgeMessage } from './channel';

export const bridgeMessageSchema = z.object({
  channel: z.literal(BRIDGE_CHANNEL),
  url: z.string().max(8_000),
  method: z.string().max(10),
  status: z.number().int(),
  requestBody: z.string().max(20_000).nullable(),
  body: z.string().max(MAX_BODY),
});

// The schema and the hook's type must agree; this line fails to compile if they drift.
export const _sameShape: z.ZodType<BridgeMessage> = bridgeMessageSchema;

/** An intercepted response, as parsers see it: transport details reduced to data. */
export interface Observed {
  url: URL;
  method: string;
  status: number;
  requestBody: string | null;
  json: unknown;
}

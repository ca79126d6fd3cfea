import * as z from 'zod/mini';
import { countSkip, emptyResult, type ParseResult } from '../types';
import { lazy } from '../rule';
import { xEnvelopeSkip } from './timeline';
import { parseXUser } from './user';

// platform-x.md §3: `data.user.result` is one User object. `result` is optional because, like
// `user_results` in §1 ("Edge cases"), `user` may come back as `{}`: reported as `empty_result`.
const Envelope = lazy(() =>
  z.object({
    data: z.object({ user: z.object({ result: z.optional(z.unknown()) }) }),
  }),
);

/**
 * The profile in an X `UserByScreenName` response (platform-x.md §3): 0 or 1 person, any of the
 * three User generations (§2). A profile only enriches a known lead (PRODUCT.md "Capture");
 * the caller decides that. Never throws.
 */
export function parseXProfile(json: unknown): ParseResult {
  const result = emptyResult();
  const envelope = Envelope.safeParse(json);
  if (!envelope.success) {
    countSkip(result.skipped, xEnvelopeSkip(json));
    return result;
  }
  const person = parseXUser(envelope.data.data.user.result);
  if ('skip' in person) countSkip(result.skipped, person.skip);
  else result.people.push(person);
  return result;
}

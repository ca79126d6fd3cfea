import { z } from 'zod';
import type { CapturedPerson } from '@/capture/types';

/**
 * A captured person as it crosses from a content script: untrusted, so every field is bounded.
 * Long text is cut rather than refused, so one hostile bio never loses the rest of a batch.
 */
const text = (max: number) =>
  z
    .string()
    .transform((s) => s.slice(0, max))
    .optional();

const httpsUrl = z
  .string()
  .max(2_000)
  .refine((s) => s.startsWith('https://'), { error: 'expected an https URL' })
  .optional()
  .catch(undefined);

export const capturedPersonSchema = z.object({
  platform: z.enum(['x', 'linkedin']),
  platformUserId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .nullable(),
  handle: z
    .string()
    .regex(/^[^\s/?#]{1,200}$/)
    .nullable(),
  displayName: text(500),
  headline: text(5_000),
  avatarUrl: httpsUrl,
  profileUrl: httpsUrl,
  location: text(500),
  followersCount: z.number().int().nonnegative().max(10_000_000_000).optional().catch(undefined),
  verified: z.boolean().optional(),
  protected: z.boolean().optional(),
  followingCount: z.number().int().nonnegative().max(10_000_000_000).optional().catch(undefined),
  accountCreatedAt: z.iso.datetime().optional().catch(undefined),
  followsYou: z.boolean().optional(),
  at: z.iso.datetime().optional().catch(undefined),
  kind: z.enum(['followed', 'viewed_profile', 'saved']).optional(),
});

/** True only when A and B are the same type (every key, optional or not, on both sides). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
// The schema and the capture layer's type must agree: a field added to CapturedPerson and not
// here would be silently stripped on its way to the background. This fails to compile if they drift.
export const _sameShape: Same<z.output<typeof capturedPersonSchema>, CapturedPerson> = true;

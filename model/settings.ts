import { z } from 'zod';
import { isoTime } from './time';
import { icpSchema } from './triage';

/** The user's settings: the cadence policy (PRODUCT.md "Cadence"), own accounts, notifications. */

export const cadencePolicySchema = z.object({
  maxTouches: z.number().int().min(1).max(50),
  maxDays: z.number().int().min(1).max(365),
  minGapHours: z
    .number()
    .min(0)
    .max(24 * 60),
});

export const settingsSchema = z.object({
  cadence: cadencePolicySchema,
  /** Accounts the user says are theirs besides the signed-in one (X rest_ids, LinkedIn slugs). */
  ownAccounts: z.array(z.string()).optional(),
  notifyNewLead: z.boolean().optional(),
  notifyDueDaily: z.boolean().optional(),
  /** When the dashboard last exported CSV: "only changed since the last export" starts there. */
  lastCsvExportAt: isoTime.optional(),
  /** The ideal customer triage scores fit against (issue #14). */
  icp: icpSchema.optional(),
  /** Leave likely false leads out of New and the badge (counted, never deleted). */
  hideLikelyFalse: z.boolean().optional(),
});

export type CadencePolicy = z.infer<typeof cadencePolicySchema>;
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  cadence: { maxTouches: 5, maxDays: 35, minGapHours: 48 },
  ownAccounts: [],
  notifyNewLead: true,
  notifyDueDaily: true,
};

import { z } from 'zod';

/**
 * The stored shapes, as zod schemas: the same schemas validate backups on import, so what is
 * stored and what a backup may contain can never drift apart. Times are ISO 8601 UTC strings.
 */

const isoTime = z.iso.datetime({ offset: false });

export const PLATFORMS = ['x', 'linkedin'] as const;
export const STAGES = ['new', 'lead', 'contact', 'opportunity', 'client', 'nurture', 'disqualified'] as const;
export const TEMPERATURES = ['hot', 'warm', 'cold'] as const;
export const SIGNAL_KINDS = ['followed', 'viewed_profile', 'saved'] as const;
export const SIGNAL_SOURCES = [
  'x.followers',
  'x.notifications',
  'x.profile',
  'linkedin.profile_views',
  'linkedin.followers',
  'linkedin.notifications',
  'manual',
] as const;
export const CHANNELS = ['x_dm', 'linkedin_message', 'email', 'phone', 'other'] as const;
export const OUTCOMES = ['no_reply', 'replied', 'bounced'] as const;

export const signalSchema = z.object({
  kind: z.enum(SIGNAL_KINDS),
  at: isoTime,
  source: z.enum(SIGNAL_SOURCES),
  account: z.string().nullable(),
});

/** A restart of the cadence: touches before `at` no longer count. */
export const restartSchema = z.object({ at: isoTime, reason: z.string() });

export const leadSchema = z.object({
  id: z.string().regex(/^(x:(@[A-Za-z0-9_]{1,15}|\d{1,25})|linkedin:[^\s/?#]{1,200})$/, {
    error: 'expected x:<rest_id>, x:@<handle> or linkedin:<slug>',
  }),
  platform: z.enum(PLATFORMS),
  platformUserId: z.string().nullable(),
  handle: z.string().nullable(),
  aliases: z.array(z.string()),
  displayName: z.string(),
  headline: z.string(),
  profileUrl: z.string(),
  avatarUrl: z.string(),
  stage: z.enum(STAGES),
  temperature: z.enum(TEMPERATURES).nullable(),
  doNotContact: z.boolean(),
  tags: z.array(z.string()),
  notes: z.string(),
  firstSeenAt: isoTime,
  lastSignalAt: isoTime,
  signals: z.array(signalSchema),
  // Added fields (optional so that backups written by other tools of version 1 still import).
  location: z.string().optional(),
  followersCount: z.number().int().nonnegative().optional(),
  verified: z.boolean().optional(),
  cadenceRestarts: z.array(restartSchema).optional(),
  /** When the lead was last re-surfaced by a fresh signal; the New list shows it again. */
  resurfacedAt: isoTime.nullable().optional(),
});

export const touchSchema = z.object({
  id: z.string().min(1),
  leadId: z.string().min(1),
  channel: z.enum(CHANNELS),
  at: isoTime,
  note: z.string(),
  valueProp: z.string(),
  outcome: z.enum(OUTCOMES),
  lastAttempt: z.boolean(),
});

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
});

export type Platform = (typeof PLATFORMS)[number];
export type Stage = (typeof STAGES)[number];
export type Temperature = (typeof TEMPERATURES)[number];
export type Channel = (typeof CHANNELS)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type Signal = z.infer<typeof signalSchema>;
export type Lead = z.infer<typeof leadSchema>;
export type Touch = z.infer<typeof touchSchema>;
export type CadencePolicy = z.infer<typeof cadencePolicySchema>;
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  cadence: { maxTouches: 5, maxDays: 35, minGapHours: 48 },
  ownAccounts: [],
  notifyNewLead: true,
  notifyDueDaily: true,
};

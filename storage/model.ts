import { z } from 'zod';

/**
 * The stored shapes, as zod schemas: the same schemas validate backups on import, so what is
 * stored and what a backup may contain can never drift apart. Times are ISO 8601 UTC strings.
 */

const isoTime = z.iso.datetime({ offset: false });

export const PLATFORMS = ['x', 'linkedin'] as const;
export const STAGES = ['new', 'lead', 'contact', 'opportunity', 'client', 'nurture', 'disqualified'] as const;
export const TEMPERATURES = ['hot', 'warm', 'cold'] as const;
/** What a page can say about a person (capture messages carry only these). */
export const CAPTURE_KINDS = ['followed', 'viewed_profile', 'saved'] as const;
/** Stored signals add `unfollowed`: a rostered follower seen to have left (never from a page message). */
export const SIGNAL_KINDS = [...CAPTURE_KINDS, 'unfollowed'] as const;
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
  /**
   * The platform did not say when this happened: `at` is only when Touchline saw it (a follower
   * found in a list, below the ones already known). Absent means the time is the event's own.
   */
  undated: z.literal(true).optional(),
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

/** How Touchline first knew that someone follows an own account (the roster's evidence). */
export const ROSTER_EVIDENCE = [
  'baseline', // on the account's followers list during its first visit
  'list_new', // above the first known follower in a later visit: a new follower
  'list_older', // below a known follower (or where the list's top was not seen): followed earlier
  'notification', // a follow notification, with its time
  'profile', // their profile said they follow you
  'x_archive', // X's own archive, data/follower.js (or following.js: status `following`)
  'linkedin_connections', // LinkedIn's own export, Connections.csv
  'migrated', // a `followed` signal stored before the roster existed
] as const;
export type RosterEvidence = (typeof ROSTER_EVIDENCE)[number];

/**
 * One person who follows (or followed) one own account. Kept apart from leads: an archive names
 * ids nobody has seen yet, and they must not become nameless leads. `person` is the lead id the
 * person has or will have (`x:<rest_id>`, `linkedin:<slug>`).
 */
export const rosterEntrySchema = z.object({
  account: z.string().min(1).max(210),
  person: z.string().min(1).max(260),
  name: z.string().max(500).optional(),
  firstSeenAt: isoTime,
  lastSeenAt: isoTime,
  evidence: z.enum(ROSTER_EVIDENCE),
  /** When the platform said they followed (a notification's time, an export's date). */
  followedAt: isoTime.optional(),
  /** `following`: only known as someone the user follows (X archive following.js): never new. */
  status: z.enum(['follower', 'lost', 'following']),
  lostAt: isoTime.optional(),
});
export type RosterEntry = z.infer<typeof rosterEntrySchema>;

/**
 * An own account whose followers Touchline tracks: `x:<rest_id>`, `linkedin:<slug>`, or
 * `linkedin:?` while LinkedIn has not yet said who the member is (their followers page is theirs
 * by its URL, PRODUCT.md "Your own account").
 */
export const ownAccountSchema = z.object({
  id: z.string().min(1).max(210),
  platform: z.enum(PLATFORMS),
  handle: z.string().max(200).optional(),
  /** When its roster got its first entries (the baseline). */
  baselineAt: isoTime.nullable(),
  /** The follower count the platform last showed for it, and when. */
  followersCount: z.number().int().nonnegative().optional(),
  followersCountAt: isoTime.optional(),
  /** The last scan of its followers list that ran from the top to the end. */
  endReachedAt: isoTime.optional(),
});
export type OwnAccount = z.infer<typeof ownAccountSchema>;

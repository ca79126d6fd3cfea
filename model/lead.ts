import { z } from 'zod';
import { isoTime } from './time';
import { TEMPERATURES } from './temperature';
import { triageSchema } from './triage';

export { TEMPERATURES, type Temperature } from './temperature';

/**
 * A lead and its signals, as zod schemas: the same schemas validate backups on import, so what is
 * stored and what a backup may contain can never drift apart.
 */

export const PLATFORMS = ['x', 'linkedin'] as const;
export const STAGES = ['new', 'lead', 'contact', 'opportunity', 'client', 'nurture', 'disqualified'] as const;
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
  /** How many accounts this person follows (X only): triage's follows-far-more rule (issue #14). */
  followingCount: z.number().int().nonnegative().optional(),
  /** When the account was made (X `created_at`, as ISO): triage's new-account rule. */
  accountCreatedAt: isoTime.optional(),
  /** The account is protected (X): with no followers, a triage false-lead signal. */
  protected: z.boolean().optional(),
  verified: z.boolean().optional(),
  cadenceRestarts: z.array(restartSchema).optional(),
  /**
   * Earlier values of the fields a page sets (issue #13): X renames are real, a forged one must be
   * recoverable. Newest last, at most 50.
   */
  history: z
    .array(
      z.object({ at: isoTime, field: z.enum(['handle', 'displayName', 'profileUrl', 'avatarUrl']), from: z.string() }),
    )
    .optional(),
  /** When the lead was last re-surfaced by a fresh signal; the New list shows it again. */
  resurfacedAt: isoTime.nullable().optional(),
  /**
   * When what a CSV row of this lead shows last changed (a capture that changed a field, an edit,
   * a touch): `export.csv`'s `changedSince` reads it (issue #13). Absent on older data: then the
   * last signal's time stands in.
   */
  changedAt: isoTime.optional(),
  /**
   * The id CSV exports name this lead by (`touchline_id`), when it differs from `id`: an X lead
   * first known by handle (`x:@name`) takes its rest_id as `id` later, and a CRM must still match.
   */
  touchlineId: z.string().max(300).optional(),
  /**
   * What the triage rules say (issue #14), recomputed whenever what they read changes; a backup's
   * copy is recomputed on import, so a file cannot dictate it.
   */
  triage: triageSchema.optional(),
  /**
   * The person this lead is one profile of, with the same person's lead on the other platform
   * (issue #15): they share one cadence. It is the id of the person's first lead (X first, then by
   * id), which New, Due and the CSV show for the person. Null or absent: a lead of its own.
   */
  personId: z.string().max(300).nullable().optional(),
  /** What the lead was before it was linked (the person's stage etc. replaced it): unlink restores it. */
  personBefore: z
    .object({ stage: z.enum(STAGES), temperature: z.enum(TEMPERATURES).nullable(), doNotContact: z.boolean() })
    .optional(),
  /** Why the rep disqualified the lead ("false lead: default avatar, empty bio"). */
  disqualifiedReason: z.string().max(500).optional(),
});

export type Platform = (typeof PLATFORMS)[number];
export type Stage = (typeof STAGES)[number];
export type Signal = z.infer<typeof signalSchema>;
export type Lead = z.infer<typeof leadSchema>;
export type CaptureKind = (typeof CAPTURE_KINDS)[number];
export type SignalKind = (typeof SIGNAL_KINDS)[number];
export type SignalSource = (typeof SIGNAL_SOURCES)[number];

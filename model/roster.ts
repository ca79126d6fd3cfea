import { z } from 'zod';
import { isoTime } from './time';
import { PLATFORMS } from './lead';

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

/** What the capture layer hands to storage. Pure data: no browser types. */
import type { CaptureKind, Platform, SignalSource } from '@/model';

export type { Platform, SignalSource };
/** The signal kinds a page can show (model/lead.ts CAPTURE_KINDS). */
export type SignalKind = CaptureKind;

/**
 * One person as a page showed them. Identity: X by `platformUserId` (rest_id) else `handle`;
 * LinkedIn by `handle` (the public identifier, lower-cased), with `platformUserId` the
 * profile URN id (`ACoAA…`) when seen.
 */
export interface CapturedPerson {
  platform: Platform;
  platformUserId: string | null;
  handle: string | null;
  displayName?: string;
  headline?: string;
  avatarUrl?: string;
  profileUrl?: string;
  location?: string;
  followersCount?: number;
  verified?: boolean;
  protected?: boolean;
  /** How many accounts this person follows: `legacy.friends_count` / `relationship_counts.following`. */
  followingCount?: number;
  /** ISO time the account was made: `core.created_at` / `legacy.created_at` (platform-x.md §2). */
  accountCreatedAt?: string;
  /** X `followed_by`: this person follows the signed-in account. */
  followsYou?: boolean;
  /** ISO time of this person's signal when the page says it (notification time, viewedAt). */
  at?: string;
  /** The signal this row carries when a surface mixes kinds (LinkedIn notifications). */
  kind?: SignalKind;
}

/** Why items in a response were not turned into people; reason → count. */
export type SkipCounts = Record<string, number>;

/** What a parser returns: what it found plus what it could not read (never throws). */
export interface ParseResult {
  people: CapturedPerson[];
  skipped: SkipCounts;
}

export function emptyResult(): ParseResult {
  return { people: [], skipped: {} };
}

export function countSkip(skipped: SkipCounts, reason: string, n = 1): void {
  skipped[reason] = (skipped[reason] ?? 0) + n;
}

/** An observed API response, as parsers see it: transport details reduced to data. */
export interface Observed {
  url: URL;
  method: string;
  status: number;
  requestBody: string | null;
  json: unknown;
}

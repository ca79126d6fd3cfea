import { z } from 'zod';
import { TEMPERATURES } from './temperature';

/**
 * Triage (issue #14): what the pure rules in triage/ say about a lead, and the user's ideal
 * customer words they score fit against. Both are stored and go into the backup, so both are
 * validated here, on the ground floor.
 */

/** Most words in one ICP list, and the longest word or phrase: a backup is untrusted input. */
export const ICP_MAX_WORDS = 200;
export const ICP_MAX_WORD_LENGTH = 100;

const icpWords = z.array(z.string().max(ICP_MAX_WORD_LENGTH)).max(ICP_MAX_WORDS);

/** The user's ideal customer: whole words or phrases matched in a lead's bio/headline and location. */
export const icpSchema = z.object({ include: icpWords, exclude: icpWords });

export const triageSchema = z.object({
  /** A suggestion, never a delete: the rep disqualifies (or not). */
  likelyFalse: z.boolean(),
  /** Why, one short human phrase per rule that fired ("default avatar", "account 4 days old"). */
  reasons: z.array(z.string().max(200)).max(20),
  /** Fit to the ideal customer, 0–100. */
  fit: z.number().int().min(0).max(100),
  /** From behaviour only; the rep's own `temperature` always wins. */
  suggestedTemperature: z.enum(TEMPERATURES).nullable(),
  // Optional so that the four-field shape validates too; triage() always sets them.
  /** The include words that matched, as the user wrote them. */
  matched: z.array(z.string().max(ICP_MAX_WORD_LENGTH)).max(ICP_MAX_WORDS).optional(),
  /** The exclude words that matched (any one sets fit to 0). */
  excluded: z.array(z.string().max(ICP_MAX_WORD_LENGTH)).max(ICP_MAX_WORDS).optional(),
  /** Why this temperature is suggested ("replied", "viewed your profile 3 times"), null with none. */
  temperatureReason: z.string().max(300).nullable().optional(),
});

export type Icp = z.infer<typeof icpSchema>;
export type Triage = z.infer<typeof triageSchema>;

export const DEFAULT_ICP: Icp = { include: [], exclude: [] };

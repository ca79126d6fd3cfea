import * as z from 'zod/mini';
import type { CapturedPerson } from '../types';
import { lazy, rule } from '../rule';
import { xCreatedAt } from './created-at';

/**
 * Longest string we keep from a page. A hostile account can put a 10,000-char bio (or name) in
 * its profile; every captured copy lands in IndexedDB and in exports, so cap it here, once.
 */
export const X_MAX_TEXT = 5000;

/**
 * Trim and cap a page string at {@link X_MAX_TEXT} UTF-16 units without splitting a surrogate
 * pair. Empty after trimming → undefined, so an empty field never overwrites a known value.
 */
export function xText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  let s = value.trim();
  if (s.length > X_MAX_TEXT) {
    s = s.slice(0, X_MAX_TEXT);
    // A high surrogate as the last unit would be half an emoji: drop it.
    if (/[\uD800-\uDBFF]$/.test(s)) s = s.slice(0, -1);
  }
  return s === '' ? undefined : s;
}

/** The three generations of X's User object (platform-x.md §2); unknown keys are allowed (and dropped). */
const UserSchema = lazy(() => {
  // Each field falls back to undefined on a wrong type, so one odd field never loses the person.
  const text = z.optional(z.pipe(z.unknown(), z.transform(xText)));
  const flag = z.catch(z.optional(z.boolean()), undefined);
  const count = z.catch(z.optional(z.number().check(rule((n) => Number.isSafeInteger(n) && n >= 0))), undefined);
  const createdAt = z.optional(z.pipe(z.unknown(), z.transform(xCreatedAt)));
  const part = <T extends z.core.$ZodLooseShape>(shape: T) => z.catch(z.optional(z.object(shape)), undefined);

  return z.object({
    __typename: z.catch(z.optional(z.string()), undefined),
    rest_id: text,
    is_blue_verified: flag,
    // ~2025-06 on: name and handle moved here.
    core: part({ screen_name: text, name: text, created_at: createdAt }),
    // ≤ 2025-05 holds everything; 2026-07 keeps only some fields; 2026-08 drops it entirely.
    legacy: part({
      screen_name: text,
      name: text,
      description: text,
      profile_image_url_https: text,
      location: text,
      followers_count: count,
      friends_count: count, // how many accounts this person follows
      created_at: createdAt,
      protected: flag, // absent when false (§2)
      followed_by: flag, // absent when false (§2)
      verified: flag,
      verified_type: text,
    }),
    // 2026-07 / 2026-08 objects.
    profile_bio: part({ description: text }),
    relationship_counts: part({ followers: count, following: count }),
    avatar: part({ image_url: text }),
    location: part({ location: text }),
    privacy: part({ protected: flag }),
    relationship_perspectives: part({ followed_by: flag }),
    verification: part({ verified: flag, verified_type: text }),
  });
});

/**
 * Read one X `User` object (any of the three generations in platform-x.md §2) into a person.
 * Prefers `core.*`, then `legacy.*`, then the 2026-08 objects. Never throws.
 * @param result `user_results.result` (or `data.user.result`) as the page sent it.
 * @returns the person, or `{ skip: reason }`: `empty_result`, `user_unavailable`, `invalid_user`.
 */
export function parseXUser(result: unknown): CapturedPerson | { skip: string } {
  if (typeof result !== 'object' || result === null || Array.isArray(result)) {
    return { skip: 'empty_result' };
  }
  if (Object.keys(result).length === 0) return { skip: 'empty_result' };
  const parsed = UserSchema.safeParse(result);
  if (!parsed.success) return { skip: 'invalid_user' };
  const u = parsed.data;
  // Suspended/deleted accounts (platform-x.md §1 "Edge cases").
  if (u.__typename === 'UserUnavailable') return { skip: 'user_unavailable' };

  const { core, legacy } = u;
  const handle = core?.screen_name ?? legacy?.screen_name;
  if (!u.rest_id || !/^\d+$/.test(u.rest_id) || !handle) return { skip: 'invalid_user' };

  const verified =
    u.is_blue_verified === true ||
    u.verification?.verified === true ||
    u.verification?.verified_type !== undefined || // Business/Government checks (§2)
    legacy?.verified === true ||
    legacy?.verified_type !== undefined;

  return {
    platform: 'x',
    platformUserId: u.rest_id,
    handle,
    displayName: core?.name ?? legacy?.name,
    headline: legacy?.description ?? u.profile_bio?.description,
    avatarUrl: legacy?.profile_image_url_https ?? u.avatar?.image_url,
    profileUrl: `https://x.com/${encodeURIComponent(handle)}`,
    location: legacy?.location ?? u.location?.location,
    followersCount: legacy?.followers_count ?? u.relationship_counts?.followers,
    followingCount: legacy?.friends_count ?? u.relationship_counts?.following,
    accountCreatedAt: core?.created_at ?? legacy?.created_at,
    verified,
    protected: legacy?.protected ?? u.privacy?.protected ?? false,
    followsYou: legacy?.followed_by ?? u.relationship_perspectives?.followed_by ?? false,
  };
}

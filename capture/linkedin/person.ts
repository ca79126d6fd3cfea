import * as z from 'zod/mini';
import type { CapturedPerson, SignalKind } from '../types';
import { asArray, firstDeep, isRecord } from './json';

/**
 * Longest string we keep from a page: a hostile profile can carry a 10,000-char headline, and
 * every captured copy lands in IndexedDB and in exports, so it is capped here, once.
 */
export const LINKEDIN_MAX_TEXT = 5000;

/** Trim, collapse whitespace, cap at {@link LINKEDIN_MAX_TEXT}; empty → undefined. */
export function cleanText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  let s = value.replace(/\s+/g, ' ').trim();
  if (s.length > LINKEDIN_MAX_TEXT) {
    s = s.slice(0, LINKEDIN_MAX_TEXT);
    // A high surrogate as the last unit would be half an emoji: drop it.
    if (/[\uD800-\uDBFF]$/.test(s)) s = s.slice(0, -1);
  }
  return s === '' ? undefined : s;
}

// `.optional()` is not decoration: with zod 4.6 a bare `z.unknown()` (or its transform) as an
// object field makes the key required ("expected nonoptional"), so one missing field would fail
// the whole item. Functions, not schemas: they are built with the schema that uses them, on its
// first parse (capture/rule.ts lazy), not when the content script loads.
/** zod field: whatever value is there, kept as is for the parser to inspect; the key may be absent. */
export const raw = () => z.optional(z.unknown());
/** zod field: whatever value → cleaned string or undefined; never fails the item. */
export const text = () => z.optional(z.pipe(z.unknown(), z.transform(cleanText)));
/** zod field: a TextViewModel `{ text }` → its cleaned text; never fails the item. */
export const textView = () =>
  z.optional(
    z.pipe(
      z.unknown(),
      z.transform((v) => (isRecord(v) ? cleanText(v['text']) : undefined)),
    ),
  );

/** A vanity slug or `/in/` segment we can key a lead on (storage's leadIdFor accepts the same). */
const SLUG = /^[^\s/?#]{1,200}$/;
/** A profile URN id: LinkedIn's base64-like `ACoAA…` (platform-linkedin.md §1). */
const PROFILE_ID = /^ACoA[A-Za-z0-9_-]{10,}$/;

/**
 * The `/in/<slug>` segment of a LinkedIn URL (absolute on linkedin.com, or a path), query and
 * hash stripped, percent-decoded, case kept. Null for any other URL (§3: navigationUrl).
 */
export function slugFromUrl(href: unknown): string | null {
  if (typeof href !== 'string' || href.length > 4000) return null;
  let url: URL;
  try {
    url = new URL(href, 'https://www.linkedin.com');
  } catch {
    return null;
  }
  if (url.hostname !== 'linkedin.com' && !url.hostname.endsWith('.linkedin.com')) return null;
  const match = /^\/in\/([^/]+)/.exec(url.pathname);
  if (!match?.[1]) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  return SLUG.test(slug) ? slug : null;
}

/** The `ACoAA…` id inside a miniProfile / dash profile URN, also inside an entityResultViewModel URN (§1, §3). */
export function profileIdFromUrn(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /urn:li:(?:fs_miniProfile|fsd_profile|fs_profile):([A-Za-z0-9_-]+)/.exec(value);
  return match?.[1] !== undefined && PROFILE_ID.test(match[1]) ? match[1] : null;
}

/** The profile id carried by a navigationUrl's `miniProfileUrn` query parameter (§3). */
export function profileIdFromUrl(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  try {
    return profileIdFromUrn(new URL(href, 'https://www.linkedin.com').searchParams.get('miniProfileUrn'));
  } catch {
    return null;
  }
}

/** The member number in `urn:li:member:<int>` (§1 `objectUrn`, §3 `trackingUrn`), as a string. */
export function memberIdFromUrn(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  return /^urn:li:member:(\d{1,20})$/.exec(value)?.[1] ?? null;
}

/**
 * Avatar URL of a VectorImage: `rootUrl` + the widest artifact's path segment (§1). Only
 * https URLs are kept, so a page cannot smuggle a `javascript:` URL into the dashboard.
 */
export function avatarFromVectorImage(image: unknown): string | undefined {
  if (!isRecord(image)) return undefined;
  const root = image['rootUrl'];
  if (typeof root !== 'string' || !root.startsWith('https://')) return undefined;
  let best: { width: number; segment: string } | null = null;
  for (const artifact of asArray(image['artifacts'])) {
    if (!isRecord(artifact)) continue;
    const segment = artifact['fileIdentifyingUrlPathSegment'];
    const width = typeof artifact['width'] === 'number' ? artifact['width'] : 0;
    if (typeof segment === 'string' && (best === null || width > best.width)) best = { width, segment };
  }
  const url = best === null ? root : root + best.segment;
  return url.length <= LINKEDIN_MAX_TEXT ? url : undefined;
}

/** The avatar of the first VectorImage (`{ rootUrl, artifacts }`) found under `node`. */
export function findAvatar(node: unknown): string | undefined {
  return (
    firstDeep(node, (value) =>
      isRecord(value) && 'rootUrl' in value && 'artifacts' in value ? (avatarFromVectorImage(value) ?? null) : null,
    ) ?? undefined
  );
}

/** A time in ms since the epoch → ISO string, or undefined when it is not a plausible time. */
export function isoFromMs(ms: unknown): string | undefined {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms <= 0) return undefined;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** What a surface knows about one person, before it becomes a CapturedPerson. */
export interface PersonParts {
  slug: string | null;
  profileId?: string | null;
  displayName?: string;
  headline?: string;
  location?: string;
  avatarUrl?: string;
  at?: string;
  kind?: SignalKind;
}

/**
 * A LinkedIn CapturedPerson, or null when there is no `/in/` slug to key the lead on.
 *
 * The handle is the slug lower-cased (PRODUCT.md "Identity"). Some surfaces only give
 * `/in/ACoAA…` (the profile id, which LinkedIn also accepts in URLs, §1): we keep it as the
 * handle too, lower-cased like any handle, because it is the only key we have. Profile ids are
 * case-sensitive, so the original-case id also goes into `platformUserId` and `profileUrl`: the
 * URL still opens, and storage's id key merges this lead with a later vanity-slug capture.
 */
export function linkedInPerson(parts: PersonParts): CapturedPerson | null {
  const slug = parts.slug;
  if (slug === null || !SLUG.test(slug)) return null;
  const slugIsId = PROFILE_ID.test(slug);
  const handle = slug.toLowerCase();
  const person: CapturedPerson = {
    platform: 'linkedin',
    platformUserId: parts.profileId ?? (slugIsId ? slug : null),
    handle,
    profileUrl: `https://www.linkedin.com/in/${encodeURIComponent(slugIsId ? slug : handle)}/`,
  };
  if (parts.displayName !== undefined) person.displayName = parts.displayName;
  if (parts.headline !== undefined) person.headline = parts.headline;
  if (parts.location !== undefined) person.location = parts.location;
  if (parts.avatarUrl !== undefined) person.avatarUrl = parts.avatarUrl;
  if (parts.at !== undefined) person.at = parts.at;
  if (parts.kind !== undefined) person.kind = parts.kind;
  return person;
}

/** "First Last" from name parts, cleaned; undefined when both are empty. */
export function fullName(first: unknown, last: unknown): string | undefined {
  return cleanText([cleanText(first), cleanText(last)].filter(Boolean).join(' '));
}

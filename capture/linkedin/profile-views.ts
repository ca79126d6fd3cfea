import * as z from 'zod/mini';
import { lazy } from '../rule';
import { countSkip, type CapturedPerson, type ParseResult } from '../types';
import { asArray, dig, guardedResult, isRecord } from './json';
import { resolve } from './normalized';
import { avatarFromVectorImage, fullName, isoFromMs, linkedInPerson, profileIdFromUrn, text, raw } from './person';

export { parseProfileViewsAnalytics } from './profile-views-analytics';

// Viewer cards appear inside union wrappers keyed by a Rest.li type name (§2a). Match on the last
// segment so `identity.me.FullProfileViewer` and `identity.me.WvmpFullProfileViewer` (two
// spellings seen in public code) both count as full viewers.
type CardKind = 'full' | 'anonymous_viewer' | 'private_viewer' | 'generic_card' | 'upsell_card';
const KINDS: [RegExp, CardKind][] = [
  [/\.(?:Wvmp)?FullProfileViewer$/, 'full'],
  [/\.ObfuscatedProfileViewer$|\.WvmpAnonymousProfileViewCard$/, 'anonymous_viewer'],
  [/\.PrivateProfileViewer$/, 'private_viewer'],
  [/\.WvmpGenericCard$/, 'generic_card'],
  [/Upsell/, 'upsell_card'],
];

const MiniProfileSchema = lazy(() =>
  z.object({
    publicIdentifier: text(),
    entityUrn: raw(),
    firstName: raw(),
    lastName: raw(),
    occupation: text(),
    picture: raw(),
  }),
);

/** The single member of a Rest.li union `{ "<type>": value }`, or null. */
function unionMember(union: unknown): [string, unknown] | null {
  if (!isRecord(union)) return null;
  const entries = Object.entries(union).filter(([key]) => key.includes('.'));
  return entries[0] ?? null;
}

/** All `cards[]` of all insight cards of all viewer cards (§2a path). */
function allCards(view: unknown): unknown[] {
  const elements = [...asArray(dig(view, 'elements')), ...asArray(dig(view, 'data', 'elements'))];
  const cards: unknown[] = [];
  for (const element of elements) {
    const viewersCard = unionMember(dig(element, 'value'));
    for (const insight of asArray(dig(viewersCard?.[1], 'insightCards'))) {
      cards.push(...asArray(dig(unionMember(dig(insight, 'value'))?.[1], 'cards')));
    }
  }
  return cards;
}

/**
 * Who viewed your profile, from REST `GET /voyager/api/identity/wvmpCards` (platform-linkedin.md
 * §2a), normalized or nested. Full viewers become people with kind `viewed_profile` at
 * `viewedAt`; anonymous, private, generic ("1 person with the job title …") and upsell cards
 * are counted, never saved. A viewer listed in several insight cards is returned once, at
 * their latest view. `viewedAt` later than `now` (a bad clock or bad data) is dropped. Never throws.
 */
export function parseWvmpCards(json: unknown, now: Date): ParseResult {
  return guardedResult(() => {
    const skipped: ParseResult['skipped'] = {};
    const byHandle = new Map<string, CapturedPerson>();
    const seenOther = new Set<string>();
    const cards = allCards(resolve(json));
    if (cards.length === 0) countSkip(skipped, 'no_cards');
    for (const card of cards) {
      const member = unionMember(dig(card, 'value'));
      const viewer = unionMember(dig(member?.[1], 'viewer'));
      // PrivateProfileViewer shows up both as a card and as a viewer; look at the viewer first.
      const typed = viewer ?? member;
      const kind = typed === null ? undefined : KINDS.find(([pattern]) => pattern.test(typed[0]))?.[1];
      if (kind === undefined || typed === null) {
        countSkip(skipped, 'unknown_card');
        continue;
      }
      if (kind !== 'full') {
        // The same anonymous view is repeated across insight cards: count it once.
        const key = JSON.stringify(card).slice(0, 2000);
        if (!seenOther.has(key)) countSkip(skipped, kind);
        seenOther.add(key);
        continue;
      }
      const profile = dig(typed[1], 'profile', 'miniProfile') ?? dig(typed[1], 'miniProfile');
      const parsed = MiniProfileSchema.safeParse(profile);
      if (!parsed.success) {
        countSkip(skipped, 'invalid_item');
        continue;
      }
      const viewedAt = dig(member?.[1], 'viewedAt');
      const at = typeof viewedAt === 'number' && viewedAt <= now.getTime() ? isoFromMs(viewedAt) : undefined;
      const p = parsed.data;
      const person = linkedInPerson({
        slug: p.publicIdentifier ?? null,
        profileId: profileIdFromUrn(p.entityUrn),
        displayName: fullName(p.firstName, p.lastName),
        headline: p.occupation,
        avatarUrl: avatarFromVectorImage(p.picture),
        at,
        kind: 'viewed_profile',
      });
      if (person?.handle == null) {
        countSkip(skipped, 'no_public_identifier');
        continue;
      }
      const known = byHandle.get(person.handle);
      if (known === undefined || (person.at !== undefined && (known.at === undefined || person.at > known.at))) {
        byHandle.set(person.handle, person);
      }
    }
    return { people: [...byHandle.values()], skipped };
  });
}

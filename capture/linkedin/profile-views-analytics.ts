import * as z from 'zod/mini';
import { lazy } from '../rule';
import { countSkip, type ParseResult } from '../types';
import { asArray, dig, finder, guardedResult } from './json';
import { resolve } from './normalized';
import {
  findAvatar,
  linkedInPerson,
  profileIdFromUrl,
  profileIdFromUrn,
  slugFromUrl,
  text,
  textView,
  raw,
} from './person';
import { timeAgo } from './relative-time';

const LockupSchema = lazy(() =>
  z.object({
    title: textView(),
    subtitle: textView(),
    caption: textView(),
    navigationUrl: text(),
    image: raw(),
  }),
);

/**
 * Who viewed your profile, from the analytics page's GraphQL `voyagerPremiumDashAnalyticsObject`
 * (platform-linkedin.md §2b), normalized or nested:
 * `premiumDashAnalyticsObjectByAnalyticsEntity.elements[].content.analyticsEntityLockup.entityLockup`.
 * `caption.text` is relative ("Viewed 3h ago"), so `at` is `now` minus that, roughly.
 * Entries without an `/in/` navigationUrl are anonymous viewers: counted, never saved. Never throws.
 */
export function parseProfileViewsAnalytics(json: unknown, now: Date): ParseResult {
  return guardedResult(() => {
    const result: ParseResult = { people: [], skipped: {} };
    const collection = finder(resolve(json), 'premiumDashAnalyticsObjectByAnalyticsEntity');
    if (collection === undefined) {
      countSkip(result.skipped, 'unrecognized_response');
      return result;
    }
    for (const element of asArray(collection['elements'])) {
      const lockup = dig(element, 'content', 'analyticsEntityLockup', 'entityLockup');
      const parsed = LockupSchema.safeParse(lockup);
      if (!parsed.success) {
        countSkip(result.skipped, 'invalid_item');
        continue;
      }
      const l = parsed.data;
      const slug = slugFromUrl(l.navigationUrl);
      if (slug === null) {
        // "LinkedIn Member", "Someone at …": no profile link means the viewer is anonymous (§2b).
        countSkip(result.skipped, 'anonymous_viewer');
        continue;
      }
      const person = linkedInPerson({
        slug,
        profileId: profileIdFromUrl(l.navigationUrl) ?? profileIdFromUrn(dig(element, 'entityUrn')),
        displayName: l.title,
        headline: l.subtitle,
        avatarUrl: findAvatar(l.image),
        at: timeAgo(l.caption, now),
        kind: 'viewed_profile',
      });
      if (person === null) countSkip(result.skipped, 'no_public_identifier');
      else result.people.push(person);
    }
    return result;
  });
}

import * as z from 'zod/mini';
import { lazy } from '../rule';
import { countSkip, type ParseResult } from '../types';
import { asArray, dig, finder, firstDeep, guardedResult, isRecord } from './json';
import { resolve } from './normalized';
import { classifyNotification } from './notification-text';
import { findAvatar, isoFromMs, linkedInPerson, profileIdFromUrl, profileIdFromUrn, slugFromUrl, raw } from './person';

// NotificationCard fields (platform-linkedin.md §4, "TODO(live-validation)" upstream): all optional.
const CardSchema = lazy(() =>
  z.object({
    headline: raw(),
    headerImage: raw(),
    actions: raw(),
    cardAction: raw(),
    publishedAt: raw(),
  }),
);

/** The first `/in/<slug>` URL under `node`, with the profile id in its query if any. */
function firstProfileLink(node: unknown): { slug: string; href: string } | null {
  return firstDeep(node, (value) => {
    const slug = slugFromUrl(value);
    return slug !== null && typeof value === 'string' ? { slug, href: value } : null;
  });
}

/**
 * "X viewed your profile" / "X started following you" from GraphQL
 * `voyagerIdentityDashNotificationCards` (finder `identityDashNotificationCardsByFilterVanityName`,
 * normalized or nested; platform-linkedin.md §4). The sentence is `headline.text` and is read in
 * English only (locale-dependent): other cards are counted as `not_a_follow_or_view`. The
 * actor's `/in/` link is looked for where it belongs to the actor, in order: the header image
 * (the actor's avatar), the headline's own attributes (the name comes first in the sentence),
 * then the card's actions. Never throws.
 */
export function parseLinkedInNotifications(json: unknown): ParseResult {
  return guardedResult(() => {
    const result: ParseResult = { people: [], skipped: {} };
    const collection = finder(resolve(json), 'identityDashNotificationCardsByFilterVanityName');
    if (collection === undefined) {
      countSkip(result.skipped, 'unrecognized_response');
      return result;
    }
    for (const card of asArray(collection['elements'])) {
      const parsed = CardSchema.safeParse(card);
      if (!parsed.success) {
        countSkip(result.skipped, 'invalid_item');
        continue;
      }
      const c = parsed.data;
      const said = classifyNotification(dig(c.headline, 'text'));
      if (said === null) {
        countSkip(result.skipped, 'not_a_follow_or_view');
        continue;
      }
      // Not the whole card: content attributes may link other people (the post's author …).
      const link =
        firstProfileLink(c.headerImage) ??
        firstProfileLink(isRecord(c.headline) ? [c.headline['attributesV2'], c.headline['attributes']] : null) ??
        firstProfileLink([c.cardAction, c.actions]);
      const person = linkedInPerson({
        slug: link?.slug ?? null,
        profileId: profileIdFromUrl(link?.href) ?? firstDeep(c.headerImage, profileIdFromUrn),
        displayName: said.actorName,
        avatarUrl: findAvatar(c.headerImage),
        at: isoFromMs(c.publishedAt),
        kind: said.kind,
      });
      if (person === null) countSkip(result.skipped, 'no_public_identifier');
      else result.people.push(person);
    }
    return result;
  });
}

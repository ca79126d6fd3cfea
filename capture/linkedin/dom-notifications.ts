import { countSkip, type ParseResult } from '../types';
import { imageSrc, textWithoutHidden, visibleText } from './dom';
import { guardedResult } from './json';
import { classifyNotification } from './notification-text';
import { linkedInPerson, profileIdFromUrl, slugFromUrl } from './person';
import { timeAgo } from './relative-time';

// §4 DOM: both `article.nt-card` and `li.nt-card` are documented; a page may nest one in the
// other, so only the outermost card counts. *(code-only)*: TODO(2026-06) check on a live page.
const CARD = 'article.nt-card, li.nt-card';

/**
 * "X viewed your profile" / "X started following you" from the notifications page DOM
 * (platform-linkedin.md §4 DOM), the fallback when no notifications response was seen. The
 * sentence in `.nt-card__headline` is read in English only (locale-dependent; other cards are
 * counted as `not_a_follow_or_view`). The actor is the card's first `/in/` link (their avatar
 * comes first). `at` needs `now` to turn "2h" into a time. Never throws.
 */
export function readNotificationCards(root: ParentNode, now?: Date): ParseResult {
  return guardedResult(() => {
    const result: ParseResult = { people: [], skipped: {} };
    for (const card of root.querySelectorAll(CARD)) {
      if (card.parentElement?.closest('.nt-card') != null) continue;
      const said = classifyNotification(textWithoutHidden(card.querySelector('.nt-card__headline')));
      if (said === null) {
        countSkip(result.skipped, 'not_a_follow_or_view');
        continue;
      }
      const href = card.querySelector('a[href*="/in/"]')?.getAttribute('href');
      const time = visibleText(card.querySelector('.nt-card__time-text'));
      const person = linkedInPerson({
        slug: slugFromUrl(href),
        profileId: profileIdFromUrl(href),
        displayName: said.actorName,
        avatarUrl: imageSrc(card.querySelector('img')),
        at: now === undefined ? undefined : timeAgo(time, now),
        kind: said.kind,
      });
      if (person === null) countSkip(result.skipped, 'no_public_identifier');
      else result.people.push(person);
    }
    return result;
  });
}

import { countSkip, type ParseResult } from '../types';
import { firstOf, imageSrc, visibleText } from './dom';
import { guardedResult } from './json';
import { linkedInPerson, profileIdFromUrl, slugFromUrl } from './person';
import { timeAgo } from './relative-time';

// §2c rows (`li.artdeco-list__item.member-analytics-addon-entity-list__item`). Only the
// feature-specific class is required: `artdeco-list__item` is a generic list class that says
// nothing about the row. *(code-only)*: TODO(2026-06) check against a live page.
const ROW = 'li.member-analytics-addon-entity-list__item';

/**
 * Profile viewers from the "Who viewed your profile" page DOM (platform-linkedin.md §2c), the
 * fallback when no API response was seen. Rows without an `/in/` link are anonymous ("Someone at
 * …", private mode): counted as `anonymous_viewer`. `at` is the row's "viewed 3h ago" caption
 * counted back from `now`. Never throws.
 */
export function readProfileViewRows(root: ParentNode, now: Date): ParseResult {
  return guardedResult(() => {
    const result: ParseResult = { people: [], skipped: {} };
    const seen = new Set<string>();
    for (const row of root.querySelectorAll(ROW)) {
      const href = row.querySelector('a[href*="/in/"]')?.getAttribute('href');
      const slug = slugFromUrl(href);
      if (slug === null) {
        countSkip(result.skipped, 'anonymous_viewer');
        continue;
      }
      const person = linkedInPerson({
        slug,
        profileId: profileIdFromUrl(href),
        displayName: visibleText(
          firstOf(row, ['.artdeco-entity-lockup__title', '.member-analytics-addon-entity-list__entity-content-title']),
        ),
        headline: visibleText(row.querySelector('.artdeco-entity-lockup__subtitle')),
        avatarUrl: imageSrc(row.querySelector('img')),
        at: timeAgo(visibleText(row.querySelector('.artdeco-entity-lockup__caption')), now),
        kind: 'viewed_profile',
      });
      if (person?.handle == null) countSkip(result.skipped, 'no_public_identifier');
      else if (seen.has(person.handle)) countSkip(result.skipped, 'duplicate');
      else {
        seen.add(person.handle);
        result.people.push(person);
      }
    }
    return result;
  });
}

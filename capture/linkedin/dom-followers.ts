import { countSkip, type ParseResult } from '../types';
import { firstOf, imageSrc, visibleText } from './dom';
import { guardedResult } from './json';
import { linkedInPerson, profileIdFromUrl, slugFromUrl } from './person';

// §3 DOM: the card is found by `data-view-name` (stable product naming) rather than by class.
const CARD = 'div[data-view-name="search-entity-result-universal-template"]';

/**
 * Your followers from the followers page DOM (platform-linkedin.md §3 DOM), the fallback when no
 * `voyagerSearchDashClusters` response was seen. Each card's first `/in/` link is the person
 * (image and name both link to them); the name is the link's visible text. Cards without an
 * `/in/` link ("LinkedIn Member", companies) are counted. People get kind `followed`. Never throws.
 */
export function readFollowerCards(root: ParentNode): ParseResult {
  return guardedResult(() => {
    const result: ParseResult = { people: [], skipped: {} };
    const seen = new Set<string>();
    for (const card of root.querySelectorAll(CARD)) {
      const links = [...card.querySelectorAll('a[href*="/in/"]')];
      const href = links[0]?.getAttribute('href');
      // The name link is the one with text; the avatar link only wraps an <img>.
      const nameLink = links.find((a) => visibleText(a) !== undefined);
      const person = linkedInPerson({
        slug: slugFromUrl(href),
        profileId: profileIdFromUrl(href),
        displayName:
          visibleText(firstOf(card, ['.entity-result__title-text a', '.entity-result__title-text'])) ??
          visibleText(nameLink),
        headline: visibleText(card.querySelector('.entity-result__primary-subtitle')),
        location: visibleText(card.querySelector('.entity-result__secondary-subtitle')),
        avatarUrl: imageSrc(card.querySelector('img')),
        kind: 'followed',
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

import { countSkip, type ParseResult } from '../types';
import { imageSrc, visibleText } from './dom';
import { guardedResult } from './json';
import { cleanText, linkedInPerson, slugFromUrl } from './person';

// Parts of a profile page that show *other* people's names and `/in/` links: the messaging
// overlay, "People also viewed" / "People you may know" asides, the global nav and footer.
const ELSEWHERE =
  'aside, #global-nav, .global-nav, nav, footer, #msg-overlay, [class*="msg-overlay"], .pv-browsemap-section';

/** "(3) Dana Reyes | LinkedIn" or "Dana Reyes - Founder - Acme | LinkedIn" → "Dana Reyes". */
function nameFromTitle(root: ParentNode): string | undefined {
  const title = cleanText(root.querySelector('title')?.textContent);
  const match = title === undefined ? null : /^(?:\(\d+\+?\)\s*)?(.+?)\s+\|\s+LinkedIn$/.exec(title);
  return cleanText(match?.[1]?.split(/\s+[-–]\s+/)[0]);
}

/** Whether a LinkedIn page can be about one person: a `/in/<slug>` profile. */
export const linkedInPersonPage = (url: URL): boolean => /^\/in\/[^/]+/.test(url.pathname);

/**
 * The person whose profile page is open (`/in/<slug>/…`, platform-linkedin.md §5), for "Save as
 * lead". The slug comes from the URL, never from links on the page; name, headline, location and
 * avatar only from the page's own top card (the first `<h1>` outside overlays and asides).
 * SDUI profile pages have no `<h1>` (§5): the name then comes from the `<title>`
 * ("Name | LinkedIn") and the rest stays empty rather than guessed. No `kind`: reading a page is
 * not a signal. A non-profile URL is counted as `not_a_profile_page`. Never throws.
 */
export function readProfilePage(root: ParentNode, url: URL): ParseResult {
  return guardedResult(() => {
    const result: ParseResult = { people: [], skipped: {} };
    const slug = linkedInPersonPage(url) ? slugFromUrl(url.href) : null;
    if (slug === null) {
      countSkip(result.skipped, 'not_a_profile_page');
      return result;
    }
    // An h1 inside <main> first: overlays are usually siblings of <main>, not inside it.
    const h1 = [...root.querySelectorAll('main h1'), ...root.querySelectorAll('h1')].find(
      (el) => el.closest(ELSEWHERE) === null,
    );
    // The top card is the h1's section (`.artdeco-card > .ph5` in the Ember markup, §5).
    const card = h1?.closest('section') ?? h1?.closest('.ph5') ?? null;
    const person = linkedInPerson({
      slug,
      displayName: visibleText(h1) ?? nameFromTitle(root),
      headline: visibleText(card?.querySelector('div.text-body-medium.break-words')),
      location: visibleText(card?.querySelector('span.text-body-small.inline.t-black--light.break-words')),
      avatarUrl: imageSrc(
        card?.querySelector('img.pv-top-card-profile-picture__image, .pv-top-card-profile-picture__image img') ?? null,
      ),
    });
    if (person === null) countSkip(result.skipped, 'no_public_identifier');
    else result.people.push(person);
    return result;
  });
}

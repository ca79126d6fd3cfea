import { countSkip, emptyResult, type CapturedPerson, type ParseResult } from '../types';
import { X_AVATAR_TESTID, xHandleFromHref, xVisibleText } from './dom-followers';
import { xText } from './user';

/**
 * Start of the person icon's path: how a follow notification is told apart without reading
 * localised text (platform-x.md §5b; stable 2023 → 2025).
 */
export const X_PERSON_ICON_PATH = 'M17.863 13.44c1.477 1.58 2.366';

/** ISO form of a `<time datetime>` value, or undefined when it is not a date. */
function isoFromAttr(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const time = new Date(value).getTime();
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function readActors(article: Element, at: string | undefined): CapturedPerson[] {
  const people = new Map<string, CapturedPerson>();
  const person = (handle: string): CapturedPerson => {
    const known = people.get(handle);
    if (known !== undefined) return known;
    // The DOM carries no rest_id (§5b): identity falls back to the handle.
    const fresh: CapturedPerson = {
      platform: 'x',
      platformUserId: null,
      handle,
      profileUrl: `https://x.com/${handle}`,
      at,
    };
    people.set(handle, fresh);
    return fresh;
  };
  // Avatar row: one box per named actor, handle in the testid suffix.
  for (const box of Array.from(article.querySelectorAll(`[data-testid^="${X_AVATAR_TESTID}"]`))) {
    const testid = box.getAttribute('data-testid') ?? '';
    const handle = xHandleFromHref(`/${testid.slice(X_AVATAR_TESTID.length)}`);
    if (handle === undefined) continue;
    const p = person(handle);
    p.avatarUrl ??= xText(box.querySelector('img[src*="/profile_images/"]')?.getAttribute('src'));
  }
  // Header links `a[href="/<handle>"]` ("Name and N others followed you"): the text is the name.
  for (const link of Array.from(article.querySelectorAll('a[href^="/"]'))) {
    const handle = xHandleFromHref(link.getAttribute('href'));
    if (handle === undefined) continue;
    const p = person(handle);
    const name = xVisibleText(link);
    if (name !== undefined && !name.startsWith('@')) p.displayName ??= name;
  }
  return Array.from(people.values());
}

/**
 * Follow actors in the `/notifications` page DOM under `root` (platform-x.md §5b): articles
 * whose first icon path is the person icon. `platformUserId` is null (no rest_id in this DOM);
 * `at` comes from a `time[datetime]` in the article when present. Never throws.
 */
export function readXFollowNotifications(root: ParentNode): ParseResult {
  const result = emptyResult();
  for (const article of Array.from(root.querySelectorAll('article[data-testid="notification"]'))) {
    const d = article.querySelector('svg path')?.getAttribute('d');
    if (d === null || d === undefined) {
      countSkip(result.skipped, 'unrecognised_notification');
      continue;
    }
    if (!d.startsWith(X_PERSON_ICON_PATH)) {
      countSkip(result.skipped, 'not_a_follow');
      continue;
    }
    const at = isoFromAttr(article.querySelector('time[datetime]')?.getAttribute('datetime'));
    const actors = readActors(article, at);
    if (actors.length === 0) countSkip(result.skipped, 'no_actors');
    result.people.push(...actors);
  }
  return result;
}

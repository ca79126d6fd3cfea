import { countSkip, emptyResult, type CapturedPerson, type ParseResult } from '../types';
import { isXHandle } from './page';
import { xText } from './user';

// Node.TEXT_NODE / ELEMENT_NODE as numbers: capture/ may not touch the `Node` global.
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Visible text of an element, reading emoji `<img alt>` as their alt text (X renders emoji in
 * names as images, platform-x.md §5a "Display name"). Capped like every captured string.
 */
export function xVisibleText(node: Node | null): string | undefined {
  if (node === null) return undefined;
  const walk = (n: Node): string => {
    if (n.nodeType === TEXT_NODE) return n.textContent ?? '';
    if (n.nodeType !== ELEMENT_NODE) return '';
    const el = n as Element;
    if (el.localName === 'img') return el.getAttribute('alt') ?? '';
    let out = '';
    for (const child of Array.from(el.childNodes)) out += walk(child);
    return out;
  };
  return xText(walk(node));
}

/** `/<handle>` of a profile link, or undefined for any other href. */
export function xHandleFromHref(href: string | null): string | undefined {
  const match = /^\/([A-Za-z0-9_]+)$/.exec(href ?? '');
  return match?.[1] !== undefined && isXHandle(match[1]) ? match[1] : undefined;
}

/** Prefix of the avatar box testid; the handle follows it (platform-x.md §5a, §5b). */
export const X_AVATAR_TESTID = 'UserAvatar-Container-';
const FOLLOW_BUTTON = '[data-testid$="-follow"], [data-testid$="-unfollow"]';
// Parts of a cell whose `div[dir=auto]` is not the bio: links, the button, "Follows you".
const NOT_BIO = `a, ${FOLLOW_BUTTON}, [data-testid="userFollowIndicator"]`;

function readCell(cell: Element): CapturedPerson | null {
  // rest_id: `<rest_id>-follow` / `-unfollow` on the button (§5a; the prefix is numeric in real
  // DOM, not the username as one doc claims), so anything non-numeric is ignored.
  const testid = cell.querySelector(FOLLOW_BUTTON)?.getAttribute('data-testid') ?? '';
  const restId = /^(\d+)-(?:un)?follow$/.exec(testid)?.[1] ?? null;

  const bioEl =
    cell.querySelector('[data-testid="UserDescription"]') ??
    Array.from(cell.querySelectorAll('div[dir="auto"]')).find((d) => d.closest(NOT_BIO) === null);

  // Handle: the link whose text is "@<handle>" (not an @mention inside the bio); else the
  // avatar container's testid suffix.
  const links = Array.from(cell.querySelectorAll('a[href^="/"]')).filter(
    (a) => bioEl === undefined || !bioEl.contains(a),
  );
  const atLink = links.find((a) => a.textContent?.trim().startsWith('@'));
  const avatarBox = cell.querySelector(`[data-testid^="${X_AVATAR_TESTID}"]`);
  const avatarHandle = avatarBox?.getAttribute('data-testid')?.slice(X_AVATAR_TESTID.length);
  const handle =
    xHandleFromHref(atLink?.getAttribute('href') ?? null) ?? xHandleFromHref(`/${avatarHandle ?? ''}`) ?? null;
  if (restId === null && handle === null) return null;

  // Display name: the profile link without tabindex (the avatar and @handle links have one).
  const nameLink = links.find(
    (a) => handle !== null && a.getAttribute('href') === `/${handle}` && !a.hasAttribute('tabindex'),
  );
  return {
    platform: 'x',
    platformUserId: restId,
    handle,
    displayName: nameLink === undefined ? undefined : xVisibleText(nameLink),
    headline: bioEl === undefined ? undefined : xVisibleText(bioEl),
    avatarUrl: xText(cell.querySelector('img[src*="/profile_images/"]')?.getAttribute('src')),
    profileUrl: handle === null ? undefined : `https://x.com/${handle}`,
    // Present → true. Absent is not proof of false in a DOM row, so leave it unknown.
    verified: cell.querySelector('[data-testid="icon-verified"]') !== null || undefined,
    followsYou: cell.querySelector('[data-testid="userFollowIndicator"]') !== null || undefined,
  };
}

/**
 * People in the `[data-testid="UserCell"]` rows under `root` (platform-x.md §5a): the DOM
 * fallback for followers/following lists when no API response was seen. Cells with neither a
 * numeric rest_id nor a handle count as `invalid_user`. Never throws.
 */
export function readXFollowerCells(root: ParentNode): ParseResult {
  const result = emptyResult();
  // Don't pin the tag: div[role=button] in 2023, button in 2025+, li in one extension (§5a).
  for (const cell of Array.from(root.querySelectorAll('[data-testid="UserCell"]'))) {
    const person = readCell(cell);
    if (person === null) countSkip(result.skipped, 'invalid_user');
    else result.people.push(person);
  }
  return result;
}

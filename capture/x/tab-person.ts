import { xPageKind } from './page';
import type { CapturedPerson } from '../types';

/** Whether an X page can be about one person: a profile. */
export const xPersonPage = (url: URL): boolean => {
  const page = xPageKind(url);
  return page.kind === 'profile' && Boolean(page.handle);
};

/**
 * Who the current X page is about, for "Save as lead": the profile in the URL, with what its
 * `UserByScreenName` response said when it was seen, else what the profile header shows.
 * Only the profile header is read: names elsewhere on the page are never a lead.
 */
export function xTabPerson(url: URL, doc: Document, seen: ReadonlyMap<string, CapturedPerson>): CapturedPerson | null {
  const page = xPageKind(url);
  if (page.kind !== 'profile' || !page.handle) return null;
  const known = seen.get(page.handle.toLowerCase());
  if (known) return known;
  const header = doc.querySelector('[data-testid="UserName"]');
  const name = header?.querySelector('span')?.textContent?.trim();
  const id = /^(\d{1,25})-(?:un)?follow$/.exec(
    doc.querySelector('[data-testid$="-follow"], [data-testid$="-unfollow"]')?.getAttribute('data-testid') ?? '',
  )?.[1];
  return {
    platform: 'x',
    platformUserId: id ?? null,
    handle: page.handle,
    displayName: name || undefined,
    headline: doc.querySelector('[data-testid="UserDescription"]')?.textContent?.trim() || undefined,
    profileUrl: `https://x.com/${page.handle}`,
  };
}

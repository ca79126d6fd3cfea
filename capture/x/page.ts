/** What an x.com page URL shows, for choosing the DOM reader and the signal. */
export type XPageKind = 'followers' | 'verified_followers' | 'following' | 'notifications' | 'profile' | 'other';

/**
 * Top-level paths that are app pages, not handles. A handle is `[A-Za-z0-9_]`, so paths with
 * other characters never reach this list.
 */
export const X_RESERVED_PATHS: ReadonlySet<string> = new Set([
  'home',
  'explore',
  'i',
  'settings',
  'messages',
  'search',
  'compose',
  'notifications',
  'login',
  'logout',
  'signup',
  'account',
  'intent',
  'share',
  'hashtag',
  'tos',
  'privacy',
]);

const HANDLE = /^[A-Za-z0-9_]{1,15}$/;
// Profile tabs still show the profile header (and fire UserByScreenName, platform-x.md §3).
const PROFILE_TABS = new Set(['with_replies', 'media', 'likes', 'highlights', 'articles', 'superfollows']);
// "All" and "Verified" tabs list follow notifications; "Mentions" never does.
const NOTIFICATION_TABS = new Set(['', 'verified']);

/** True for x.com / twitter.com and their subdomains (mobile.x.com, www.x.com…). */
export function isXHost(hostname: string): boolean {
  return /(^|\.)(x|twitter)\.com$/i.test(hostname);
}

/** True when `value` looks like an X handle and is not a reserved top-level path. */
export function isXHandle(value: string): boolean {
  return HANDLE.test(value) && !X_RESERVED_PATHS.has(value.toLowerCase());
}

/**
 * Classify an x.com page URL: `/<h>/followers`, `/<h>/verified_followers`, `/<h>/following`,
 * `/notifications` (and its Verified tab), `/<handle>` (and its tabs); anything else is 'other'.
 * Whether `<h>` is the signed-in account is the caller's question (PRODUCT.md "Your own account").
 */
export function xPageKind(url: URL): { kind: XPageKind; handle?: string } {
  if (!isXHost(url.hostname)) return { kind: 'other' };
  // One trailing slash is the same page; any other empty segment ("//") is not a page we know.
  const [first = '', second, ...rest] = url.pathname.replace(/\/$/, '').split('/').slice(1);
  if (rest.length > 0) return { kind: 'other' };
  if (first === 'notifications') {
    return NOTIFICATION_TABS.has(second ?? '') ? { kind: 'notifications' } : { kind: 'other' };
  }
  if (!isXHandle(first)) return { kind: 'other' };
  if (second === undefined || PROFILE_TABS.has(second)) return { kind: 'profile', handle: first };
  if (second === 'followers') return { kind: 'followers', handle: first };
  if (second === 'verified_followers') return { kind: 'verified_followers', handle: first };
  if (second === 'following') return { kind: 'following', handle: first };
  return { kind: 'other' };
}

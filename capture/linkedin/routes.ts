import { parseLinkedInFollowers } from './followers';
import { parseLinkedInIdentity } from './identity';
import { parseLinkedInNotifications } from './notifications';
import { parseProfileViewsAnalytics } from './profile-views-analytics';
import { parseWvmpCards } from './profile-views';
import { routeLinkedIn } from './index';
import type { Observed, ParseResult, SignalKind, SignalSource } from '../types';
import { readFollowerCards } from './dom-followers';
import { readNotificationCards } from './dom-notifications';
import { readProfileViewRows } from './dom-profile-views';
import { linkedInPageKind } from './index';
import { linkedInListPage } from './list-page';

/*
 * LinkedIn's one route table (issue #11): each Voyager response Touchline reads (routeLinkedIn,
 * index.ts) with its surface, signal and parser; each page with a DOM reader. The hook's
 * pre-filter (hook-pattern.ts) matches exactly these responses (index.test.ts checks it).
 */

export interface LinkedInCapture {
  source: SignalSource;
  kind: SignalKind;
  result: ParseResult;
  /** For the followers list: its top and end, and the list's total (the visit numbers pages). */
  list?: ReturnType<typeof linkedInListPage>;
}

export type LinkedInObservation =
  { type: 'captures'; captures: LinkedInCapture[] } | { type: 'identity'; own: boolean; result: ParseResult } | null;

/**
 * What an observed Voyager response means. Viewers, followers and notifications are the
 * user's own by construction (they come from `/me/…`, `/mynetwork/…` and the notifications
 * feed); identity responses are not leads: `/me` names the user, a profile names the tab.
 */
export function linkedInObservation(observed: Observed, now: Date): LinkedInObservation {
  const { url, json } = observed;
  switch (routeLinkedIn(url)) {
    case 'profile_views_rest':
      return one('linkedin.profile_views', 'viewed_profile', parseWvmpCards(json, now));
    case 'profile_views_graphql':
      return one('linkedin.profile_views', 'viewed_profile', parseProfileViewsAnalytics(json, now));
    case 'followers':
      return {
        type: 'captures',
        captures: [
          {
            source: 'linkedin.followers',
            kind: 'followed',
            result: parseLinkedInFollowers(json),
            list: linkedInListPage(url, json),
          },
        ],
      };
    case 'notifications':
      return { type: 'captures', captures: splitByKind('linkedin.notifications', parseLinkedInNotifications(json)) };
    case 'identity_me':
      return { type: 'identity', own: true, result: parseLinkedInIdentity(json) };
    case 'identity_profile':
      return { type: 'identity', own: false, result: parseLinkedInIdentity(json) };
    default:
      return null;
  }
}

function one(source: SignalSource, kind: SignalKind, result: ParseResult): LinkedInObservation {
  return { type: 'captures', captures: [{ source, kind, result }] };
}

/** Notifications mix follows and views: one capture per signal kind (skips ride with the first). */
export function splitByKind(source: SignalSource, result: ParseResult): LinkedInCapture[] {
  const kinds: SignalKind[] = ['followed', 'viewed_profile'];
  return kinds.map((kind, i) => ({
    source,
    kind,
    result: {
      people: result.people.filter((p) => (p.kind ?? 'followed') === kind),
      skipped: i === 0 ? result.skipped : {},
    },
  }));
}

/** True for the identity responses (`/me`, a profile's own): they name people, they list nobody. */
export function isLinkedInIdentity(url: string): boolean {
  try {
    const route = routeLinkedIn(new URL(url, 'https://www.linkedin.com/'));
    return route === 'identity_me' || route === 'identity_profile';
  } catch {
    return false;
  }
}

export interface LinkedInPageRoute {
  source: SignalSource;
  kind: SignalKind;
  read: (root: ParentNode, now: Date) => ParseResult;
  /** DOM rows of the followers list arrive top first: each batch is a page of the list. */
  list: boolean;
}

/**
 * The DOM fallback of each LinkedIn list page, or null. Notification cards mix follows and
 * views; the fallback reports the follows (the notification a page mostly shows), as the API
 * path's first capture of splitByKind does.
 */
export function linkedInPageRoute(url: URL): LinkedInPageRoute | null {
  switch (linkedInPageKind(url).kind) {
    case 'profile_views':
      return { source: 'linkedin.profile_views', kind: 'viewed_profile', read: readProfileViewRows, list: false };
    case 'followers':
      return { source: 'linkedin.followers', kind: 'followed', read: readFollowerCards, list: true };
    case 'notifications':
      return {
        source: 'linkedin.notifications',
        kind: 'followed',
        read: (root, now) => {
          const [follows] = splitByKind('linkedin.notifications', readNotificationCards(root, now));
          return follows?.result ?? { people: [], skipped: {} };
        },
        list: false,
      };
    default:
      return null;
  }
}

/** The capture-health surface a Voyager URL belongs to, for responses that could not be read. */
export function linkedInSurface(url: string): SignalSource | null {
  let parsed: URL;
  try {
    parsed = new URL(url, 'https://www.linkedin.com/');
  } catch {
    return null;
  }
  const route = routeLinkedIn(parsed);
  if (route === 'profile_views_rest' || route === 'profile_views_graphql') return 'linkedin.profile_views';
  if (route === 'followers') return 'linkedin.followers';
  if (route === 'notifications') return 'linkedin.notifications';
  return null;
}

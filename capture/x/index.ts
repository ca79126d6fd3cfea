import { xOperation } from './followers';
import { isXHost } from './page';

export { parseXFollowers, xListOwner, xOperation } from './followers';
export { parseXNotificationsGraphql, parseXNotificationsRest } from './notifications';
export { parseXProfile } from './profile';
export { parseXUser } from './user';
export { readXFollowerCells } from './dom-followers';
export { readXFollowNotifications } from './dom-notifications';
export { xPageKind } from './page';
// The hook's pre-filter lives alone so the MAIN-world bundle imports nothing else; index.test.ts
// checks that it agrees with routeX.
export { X_HOOK_PATTERN } from './hook-pattern';

/** Which capture surface an intercepted X API response belongs to. */
export type XRoute = 'followers' | 'following' | 'notifications_graphql' | 'notifications_rest' | 'profile';

// Matched on the operation name, never the query id: ids change with every deploy (platform-x.md §1).
const OPERATIONS: ReadonlyMap<string, XRoute> = new Map([
  ['Followers', 'followers'],
  ['BlueVerifiedFollowers', 'followers'],
  ['Following', 'following'], // someone's Following list: never a follower signal (PRODUCT.md)
  ['NotificationsTimeline', 'notifications_graphql'], // §4a
  ['UserByScreenName', 'profile'], // §3
]);
const REST_NOTIFICATIONS = '/i/api/2/notifications/all.json'; // §4b

/**
 * Which surface an intercepted x.com API URL (GET or POST, §1) is, or null for anything else.
 * `/i/api/graphql/<queryId>/<Operation>` by operation name; the legacy REST notifications path.
 */
export function routeX(url: URL): XRoute | null {
  if (!isXHost(url.hostname)) return null;
  if (url.pathname === REST_NOTIFICATIONS) return 'notifications_rest';
  const operation = xOperation(url);
  return operation === null ? null : (OPERATIONS.get(operation) ?? null);
}

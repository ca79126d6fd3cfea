/**
 * RegExp source for the MAIN-world hook's cheap pre-filter on a full request URL: matches every
 * URL routeX routes and no other X operation (e.g. not `HomeTimeline`, `FollowersYouKnow`).
 * Its own file so the hook bundle carries nothing else.
 */
export const X_HOOK_PATTERN =
  '/i/api/(?:graphql/[^/?#]+/(?:BlueVerifiedFollowers|Followers|Following|NotificationsTimeline|UserByScreenName)/?|2/notifications/all\\.json)(?:[?#]|$)';

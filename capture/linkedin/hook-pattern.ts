/**
 * Cheap pre-filter (a RegExp source) the MAIN-world hook runs on every request URL before it
 * reads a body; routeLinkedIn makes the real decision. Not anchored: fetch URLs may be relative.
 * GraphQL is narrowed to our operations by the `queryId` prefix (the hash after the dot changes
 * with deploys, platform-linkedin.md §0). Its own file so the hook bundle carries nothing else.
 */
export const LINKEDIN_HOOK_PATTERN =
  '/voyager/api/(?:identity/wvmpCards|me(?:[?#]|$)|identity/dash/profiles|graphql\\?.*queryId=(?:voyagerPremiumDashAnalyticsObject|voyagerSearchDashClusters|voyagerIdentityDashNotificationCards)\\.)';

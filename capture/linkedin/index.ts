import { slugFromUrl } from './person';

/** The Voyager responses Touchline reads, one per parser. */
export type LinkedInRoute =
  'profile_views_rest' | 'profile_views_graphql' | 'followers' | 'notifications' | 'identity_me' | 'identity_profile';

/** The LinkedIn pages Touchline has a reader for; `profile` carries the `/in/<slug>` it shows. */
export type LinkedInPage =
  { kind: 'profile_views' | 'followers' | 'notifications' | 'other' } | { kind: 'profile'; slug: string };

export { LINKEDIN_HOOK_PATTERN } from './hook-pattern';

function isLinkedInHost(url: URL): boolean {
  return url.protocol === 'https:' && (url.hostname === 'linkedin.com' || url.hostname.endsWith('.linkedin.com'));
}

/**
 * Which parser a Voyager response URL goes to, or null. Matched on the path and on the GraphQL
 * `queryId` operation name (never its hash); followers only when the variables ask for
 * resultType FOLLOWERS (§3: both variables forms; `PEOPLE_FOLLOW` is people *you* follow).
 * The legacy REST `identity/notificationCards` is not routed: it now answers 404 (§4).
 */
export function routeLinkedIn(url: URL): LinkedInRoute | null {
  if (!isLinkedInHost(url)) return null;
  const path = url.pathname.replace(/\/+$/, '');
  if (path === '/voyager/api/me') return 'identity_me';
  if (path === '/voyager/api/identity/wvmpCards') return 'profile_views_rest';
  if (path === '/voyager/api/identity/dash/profiles') return 'identity_profile';
  if (path !== '/voyager/api/graphql') return null;
  const operation = (url.searchParams.get('queryId') ?? '').split('.')[0];
  if (operation === 'voyagerPremiumDashAnalyticsObject') return 'profile_views_graphql';
  if (operation === 'voyagerIdentityDashNotificationCards') return 'notifications';
  if (operation === 'voyagerSearchDashClusters') {
    const variables = url.searchParams.get('variables') ?? '';
    return /resultType\W[^)]*\bFOLLOWERS\b/.test(variables) ? 'followers' : null;
  }
  return null;
}

/** Which reader a LinkedIn page URL gets (PRODUCT.md "Capture"), by path only. */
export function linkedInPageKind(url: URL): LinkedInPage {
  if (!isLinkedInHost(url)) return { kind: 'other' };
  const path = url.pathname;
  if (/^\/(?:me|analytics)\/profile-views(?:\/|$)/.test(path)) return { kind: 'profile_views' };
  if (/^\/mynetwork\/network-manager\/people-follow\/followers(?:\/|$)/.test(path)) return { kind: 'followers' };
  if (/^\/notifications(?:\/|$)/.test(path)) return { kind: 'notifications' };
  const slug = slugFromUrl(url.href);
  return slug === null ? { kind: 'other' } : { kind: 'profile', slug: slug.toLowerCase() };
}

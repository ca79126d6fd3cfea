import { describe, expect, test } from 'vitest';
import { LINKEDIN_HOOK_PATTERN, linkedInPageKind, routeLinkedIn } from './index';

const V = 'https://www.linkedin.com/voyager/api';
const FOLLOWERS_VARS =
  '(start:0,count:10,origin:CurationHub,query:(flagshipSearchIntent:MYNETWORK_CURATION_HUB,includeFiltersInResponse:true,queryParameters:List((key:resultType,value:List(FOLLOWERS)))))';

const routed: [string, ReturnType<typeof routeLinkedIn>][] = [
  [`${V}/me`, 'identity_me'],
  [`${V}/identity/wvmpCards`, 'profile_views_rest'],
  [
    `${V}/identity/dash/profiles?q=memberIdentity&memberIdentity=harith-al-safi&decorationId=com.linkedin.voyager.dash.deco.identity.profile.WebTopCardCore-19`,
    'identity_profile',
  ],
  [
    `${V}/graphql?variables=(start:0)&queryId=voyagerPremiumDashAnalyticsObject.0123456789abcdef0123456789abcdef`,
    'profile_views_graphql',
  ],
  [
    `${V}/graphql?variables=${encodeURIComponent(FOLLOWERS_VARS)}&queryId=voyagerSearchDashClusters.aaaa1111bbbb2222cccc3333dddd4444`,
    'followers',
  ],
  // The older variables form (§3, StaffSpy), unencoded as the page sends it.
  [
    `${V}/graphql?variables=(start:50,count:50,query:(queryParameters:(resultType:List(FOLLOWERS))))&queryId=voyagerSearchDashClusters.ffff`,
    'followers',
  ],
  [`${V}/graphql?variables=(start:0,count:10)&queryId=voyagerIdentityDashNotificationCards.1234`, 'notifications'],
  // The bpr datalet's double "&&" (seen in the real page) still parses.
  [
    `${V}/graphql?includeWebMetadata=true&variables=()&&queryId=voyagerIdentityDashNotificationCards.5678`,
    'notifications',
  ],
];

const notRouted = [
  `${V}/graphql?variables=${encodeURIComponent('(query:(queryParameters:List((key:resultType,value:List(PEOPLE_FOLLOW)))))')}&queryId=voyagerSearchDashClusters.aaaa`,
  `${V}/graphql?variables=(keywords:followers)&queryId=voyagerSearchDashClusters.aaaa`, // a people search
  `${V}/graphql?queryId=voyagerFeedDashGlobalNavs.60b71bbf543884ca067e8712e82e8e7e`,
  `${V}/graphql#queryId=voyagerPremiumDashAnalyticsObject.x`, // the hash is never read
  `${V}/identity/notificationCards?start=0&count=10`, // legacy REST, 404 now (§4)
  `${V}/mefoo`,
  'https://evil.example/voyager/api/me',
  'http://www.linkedin.com/voyager/api/me',
];

describe('routeLinkedIn', () => {
  test.each(routed)('%s → %s', (url, route) => expect(routeLinkedIn(new URL(url))).toBe(route));
  test.each(notRouted)('%s → null', (url) => expect(routeLinkedIn(new URL(url))).toBeNull());
});

describe('LINKEDIN_HOOK_PATTERN', () => {
  const pattern = new RegExp(LINKEDIN_HOOK_PATTERN);
  test('lets every routed URL through, absolute or relative', () => {
    for (const [url] of routed) {
      expect(pattern.test(url)).toBe(true);
      expect(pattern.test(url.replace('https://www.linkedin.com', ''))).toBe(true);
    }
  });
  test('filters out common traffic', () => {
    for (const url of [
      `${V}/graphql?queryId=voyagerFeedDashGlobalNavs.1`,
      `${V}/feed/updatesV2?q=feed`,
      `${V}/messaging/conversations`,
      `${V}/mefoo`,
      'https://static.licdn.com/aero-v1/sc/h/app.js',
    ]) {
      expect(pattern.test(url)).toBe(false);
    }
  });
});

describe('linkedInPageKind', () => {
  test.each([
    ['https://www.linkedin.com/me/profile-views/', { kind: 'profile_views' }],
    ['https://www.linkedin.com/me/profile-views/urn:li:wvmp:summary/', { kind: 'profile_views' }],
    ['https://www.linkedin.com/analytics/profile-views/', { kind: 'profile_views' }],
    ['https://www.linkedin.com/mynetwork/network-manager/people-follow/followers/', { kind: 'followers' }],
    ['https://www.linkedin.com/mynetwork/network-manager/people-follow/following/', { kind: 'other' }],
    ['https://www.linkedin.com/notifications/?filter=all', { kind: 'notifications' }],
    ['https://www.linkedin.com/in/Harith-Al-Safi/details/education/', { kind: 'profile', slug: 'harith-al-safi' }],
    ['https://www.linkedin.com/in/tom%C3%A1s-%C3%A1lvarez', { kind: 'profile', slug: 'tomás-álvarez' }],
    ['https://www.linkedin.com/in/', { kind: 'other' }],
    ['https://www.linkedin.com/in/%E0%A4%A/', { kind: 'other' }], // bad percent-encoding
    ['https://www.linkedin.com/feed/#/in/someone/', { kind: 'other' }],
    ['https://example.com/in/someone/', { kind: 'other' }],
  ])('%s', (url, page) => expect(linkedInPageKind(new URL(url))).toEqual(page));
});

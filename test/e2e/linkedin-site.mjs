// A stand-in www.linkedin.com for the E2E suite: pages whose own script requests the Voyager
// responses the web app would, served from hand-built fixtures (platform-linkedin.md §2–§5).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FIXTURES, REAL_FIXTURES, routeSite } from './harness.mjs';

export const handLinkedIn = (name) => readFile(join(FIXTURES, 'linkedin', name), 'utf8');
export const realLinkedIn = (name) => readFile(join(REAL_FIXTURES, 'linkedin', name), 'utf8');

export const voyager = {
  wvmpCards: '/voyager/api/identity/wvmpCards',
  analytics:
    '/voyager/api/graphql?variables=(start:0,count:10)&queryId=voyagerPremiumDashAnalyticsObject.0f1e2d3c4b5a69788796a5b4c3d2e1f0',
  followers:
    '/voyager/api/graphql?variables=(start:0,count:10,origin:CurationHub,query:(flagshipSearchIntent:MYNETWORK_CURATION_HUB,includeFiltersInResponse:true,queryParameters:List((key:resultType,value:List(FOLLOWERS)))))&queryId=voyagerSearchDashClusters.9a8b7c6d5e4f30211203f4e5d6c7b8a9',
  notifications:
    '/voyager/api/graphql?variables=(start:0,count:10)&queryId=voyagerIdentityDashNotificationCards.1234567890abcdef1234567890abcdef',
  me: '/voyager/api/me',
};

/** Routes www.linkedin.com: `pages` maps a path to HTML; `api` maps a Voyager path to JSON text (or `(url) => text`). */
export async function routeLinkedIn(context, { pages = {}, api = {} }) {
  await routeSite(context, 'https://www.linkedin.com/**', (url) => {
    const key = Object.keys(api).find((k) => url.pathname + url.search === k || url.pathname === k);
    if (key) {
      const json = api[key];
      return { body: typeof json === 'function' ? json(url) : json, contentType: 'application/json' };
    }
    const html = pages[url.pathname];
    return html === undefined ? undefined : { body: html };
  });
}

import {
  parseXFollowers,
  parseXNotificationsGraphql,
  parseXNotificationsRest,
  parseXProfile,
  routeX,
  xListOwner,
} from './index';
import type { Observed, ParseResult, SignalKind, SignalSource } from '../types';
import type { ListPage } from '@/roster/classify';
import { xListPage } from './list-page';

export interface XCapture {
  source: SignalSource;
  kind: SignalKind;
  listOwner: string | null;
  result: ParseResult;
  /** For a followers list: whether this response is its top and its end (the visit numbers them). */
  list?: Omit<ListPage, 'index'>;
}

/**
 * What an observed X response means: which surface, which signal, whose list. A Following
 * list is recognised and deliberately yields nothing (it is who someone follows, not who
 * follows them); anything unrouted is not ours.
 */
export function xCapture(observed: Observed): XCapture | null {
  const { url, json, requestBody } = observed;
  switch (routeX(url)) {
    case 'followers': {
      const result = parseXFollowers(json);
      return {
        source: 'x.followers',
        kind: 'followed',
        listOwner: xListOwner(url, requestBody ?? undefined),
        result,
        list: xListPage(url, requestBody, json, result.people.length),
      };
    }
    case 'notifications_graphql':
      return { source: 'x.notifications', kind: 'followed', listOwner: null, result: parseXNotificationsGraphql(json) };
    case 'notifications_rest':
      return { source: 'x.notifications', kind: 'followed', listOwner: null, result: parseXNotificationsRest(json) };
    case 'profile':
      return { source: 'x.profile', kind: 'followed', listOwner: null, result: parseXProfile(json) };
    default:
      return null;
  }
}

/** The capture-health surface an X API URL belongs to, for responses that could not be read. */
export function xSurface(url: string): SignalSource | null {
  let parsed: URL;
  try {
    parsed = new URL(url, 'https://x.com/');
  } catch {
    return null;
  }
  const route = routeX(parsed);
  if (route === 'followers') return 'x.followers';
  if (route === 'notifications_graphql' || route === 'notifications_rest') return 'x.notifications';
  if (route === 'profile') return 'x.profile';
  return null;
}

import type { ListPage } from '@/roster/classify';
import type { Observed, ParseResult, SignalKind, SignalSource } from '../types';
import { readXFollowerCells } from './dom-followers';
import { readXFollowNotifications } from './dom-notifications';
import { parseXFollowers, xListOwner } from './followers';
import { routeX, type XRoute } from './index';
import { xListPage } from './list-page';
import { parseXNotificationsGraphql, parseXNotificationsRest } from './notifications';
import { xPageKind } from './page';
import { parseXProfile } from './profile';
import { xViewerHandle } from './viewer';

/**
 * X's one route table (issue #11): each API operation Touchline reads, with its capture surface,
 * signal and parser; each page with a DOM reader, with whose list it is. The hook's pre-filter
 * (hook-pattern.ts) matches exactly these operations (index.test.ts checks it).
 */

export interface XCapture {
  source: SignalSource;
  kind: SignalKind;
  listOwner: string | null;
  result: ParseResult;
  /** For a followers list: whether this response is its top and its end (the visit numbers them). */
  list?: Omit<ListPage, 'index'>;
}

type ApiRoute = { source: SignalSource; read: (o: Observed) => Omit<XCapture, 'source' | 'kind'> };

const fixed = (parse: (json: unknown) => ParseResult) => (o: Observed) => ({ listOwner: null, result: parse(o.json) });

const API: Record<XRoute, ApiRoute | null> = {
  followers: {
    source: 'x.followers',
    read: ({ url, json, requestBody }) => {
      const result = parseXFollowers(json);
      const listOwner = xListOwner(url, requestBody ?? undefined);
      return { listOwner, result, list: xListPage(url, requestBody, json, result.people.length) };
    },
  },
  // Who someone follows, not who follows them: recognised, and deliberately never a signal.
  following: null,
  notifications_graphql: { source: 'x.notifications', read: fixed(parseXNotificationsGraphql) },
  notifications_rest: { source: 'x.notifications', read: fixed(parseXNotificationsRest) },
  profile: { source: 'x.profile', read: fixed(parseXProfile) },
};

const routeOf = (url: URL) => {
  const route = routeX(url);
  return route ? API[route] : null;
};

/** What an observed X response means: which surface, which signal, whose list; null if not ours. */
export function xCapture(observed: Observed): XCapture | null {
  const route = routeOf(observed.url);
  return route ? { source: route.source, kind: 'followed', ...route.read(observed) } : null;
}

/** The capture-health surface an X API URL belongs to, for responses that could not be read. */
export function xSurface(url: string): SignalSource | null {
  try {
    return routeOf(new URL(url, 'https://x.com/'))?.source ?? null;
  } catch {
    return null;
  }
}

export interface XPageRoute {
  source: 'x.followers' | 'x.notifications';
  /** The DOM fallback's reader for this page. */
  read: (root: ParentNode) => ParseResult;
  /** Whose list this page shows: the signed-in account when the page is theirs, else `@<handle>`. */
  listOwner: (viewer: string | null) => string | null;
  /** DOM rows of a followers list arrive top first: each batch is a page of the list. */
  list: boolean;
}

/** The DOM reader of an x.com page, or null for a page Touchline reads nothing from. */
export function xPageRoute(url: URL, doc: ParentNode): XPageRoute | null {
  const page = xPageKind(url);
  if (page.kind === 'followers' || page.kind === 'verified_followers') {
    const own = page.handle?.toLowerCase() === xViewerHandle(doc)?.toLowerCase();
    const owner = `@${page.handle ?? ''}`;
    return { source: 'x.followers', read: readXFollowerCells, listOwner: (v) => (own ? v : owner), list: true };
  }
  if (page.kind === 'notifications')
    return { source: 'x.notifications', read: readXFollowNotifications, listOwner: () => null, list: false };
  return null;
}

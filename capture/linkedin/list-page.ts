import type { ListPage } from '@/roster/classify';
import { asArray, dig, finder } from './json';
import { resolve } from './normalized';

const count = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;

/**
 * Where a `voyagerSearchDashClusters` FOLLOWERS response stands in the list (issue #12): its
 * `paging.start` (or the request's `start:`) is 0 at the top; it ends the list once start plus
 * its items reach `metadata.totalResultCount` / `paging.total` (platform-linkedin.md §3), which
 * is also the account's follower count for coverage.
 */
export function linkedInListPage(url: URL, json: unknown): Omit<ListPage, 'index'> & { total?: number } {
  const clusters = finder(resolve(json), 'searchDashClustersByAll');
  const fromUrl = count(Number(/[(,]start:(\d+)/.exec(decodeURIComponent(url.search))?.[1]));
  const start = count(dig(clusters, 'paging', 'start')) ?? fromUrl ?? 0;
  const total = count(dig(clusters, 'metadata', 'totalResultCount')) ?? count(dig(clusters, 'paging', 'total'));
  const items = asArray(clusters?.['elements']).reduce<number>((n, c) => n + asArray(dig(c, 'items')).length, 0);
  const end = total !== undefined ? start + items >= total : items === 0;
  return { first: start === 0, end, ...(total !== undefined ? { total } : {}) };
}

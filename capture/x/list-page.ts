import type { ListPage } from '@/roster/classify';
import { xVariables } from './followers';
import { isRecord } from '../json';

type PageShape = Omit<ListPage, 'index'>;

/** The Bottom cursor's `value` of a Followers response (platform-x.md §1 "entries[j]"), if any. */
function bottomCursor(json: unknown): string | undefined {
  const timeline = ['data', 'user', 'result', 'timeline', 'timeline'].reduce<unknown>(
    (node, key) => (isRecord(node) ? node[key] : undefined),
    json,
  );
  const instructions = isRecord(timeline) ? timeline['instructions'] : undefined;
  if (!Array.isArray(instructions)) return undefined;
  for (const instruction of instructions) {
    const entries = isRecord(instruction) ? instruction['entries'] : undefined;
    for (const entry of Array.isArray(entries) ? entries : []) {
      const content = isRecord(entry) ? entry['content'] : undefined;
      if (!isRecord(content) || content['cursorType'] !== 'Bottom') continue;
      const value = content['value'];
      if (typeof value === 'string') return value;
    }
  }
  return undefined;
}

/**
 * Where an X Followers response stands in its list (issue #12): the top when the request has no
 * `variables.cursor`; the end when it brought nobody, has no Bottom cursor, or that cursor is
 * `0|…` (X's "nothing further", as the web app's own paging stops on it; not in our samples).
 */
export function xListPage(url: URL, body: string | null, json: unknown, people: number): PageShape {
  const cursor = xVariables(url, body ?? undefined)
    .map((v) => (v as Record<string, unknown>)['cursor'])
    .find((c) => typeof c === 'string' && c !== '');
  const bottom = bottomCursor(json);
  return { first: cursor === undefined, end: people === 0 || bottom === undefined || bottom.startsWith('0|') };
}

import { countSkip, type SkipCounts } from '../types';
import { isRecord } from '../json';

/** Which list an X archive file holds: `data/follower.js` or `data/following.js`. */
export type XArchiveList = 'follower' | 'following';

export interface XArchive {
  list: XArchiveList;
  /** rest_ids, in the file's order, without repeats. */
  ids: string[];
  skipped: SkipCounts;
}

const PART = /window\.YTD\.(follower|following|account)\.part\d+\s*=\s*/g;

/**
 * An X archive file (platform-x.md "Follower list order, and X's own archive"): one or more
 * `window.YTD.follower.partN = [ { "follower": { "accountId": "…", "userLink": "…" } }, … ]`
 * assignments (`following` likewise). Ids only. Returns null for a file that is neither; an entry
 * without a numeric `accountId` is counted, never guessed.
 */
export function parseXArchive(text: string): XArchive | null {
  const parts = [...text.matchAll(PART)];
  const list = parts[0]?.[1];
  if (list !== 'follower' && list !== 'following') return null;
  const ids = new Set<string>();
  const skipped: SkipCounts = {};
  parts.forEach((part, i) => {
    const start = (part.index ?? 0) + part[0].length;
    const end = parts[i + 1]?.index ?? text.length;
    let rows: unknown;
    try {
      rows = JSON.parse(text.slice(start, end).trim().replace(/;$/, ''));
    } catch {
      countSkip(skipped, 'unreadable_part');
      return;
    }
    for (const row of Array.isArray(rows) ? rows : []) {
      const item = isRecord(row) ? row[part[1] ?? ''] : undefined;
      const id = isRecord(item) ? item['accountId'] : undefined;
      if (typeof id === 'string' && /^\d{1,25}$/.test(id)) ids.add(id);
      else countSkip(skipped, 'no_account_id');
    }
  });
  return { list, ids: [...ids], skipped };
}

/** The archive owner's rest_id and handle, from `data/account.js`, or null. */
export function parseXArchiveAccount(text: string): { id: string; handle: string | null } | null {
  const at = /window\.YTD\.account\.part\d+\s*=\s*/.exec(text);
  if (!at) return null;
  const json = text.slice(at.index + at[0].length).trim();
  try {
    const rows: unknown = JSON.parse(json.replace(/;$/, ''));
    const account = Array.isArray(rows) && isRecord(rows[0]) ? rows[0]['account'] : undefined;
    if (!isRecord(account) || typeof account['accountId'] !== 'string' || !/^\d+$/.test(account['accountId']))
      return null;
    const handle = typeof account['username'] === 'string' ? account['username'] : null;
    return { id: account['accountId'], handle };
  } catch {
    return null;
  }
}

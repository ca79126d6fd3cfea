import { strFromU8, unzipSync } from 'fflate';
import { parseConnectionsCsv } from './linkedin/connections';
import { parseXArchive, parseXArchiveAccount, type XArchiveList } from './x/archive';
import type { SkipCounts } from './types';

/** What a platform export file holds, ready for `roster.import` once its account is known. */
export type PlatformExport =
  | {
      platform: 'x';
      lists: { list: XArchiveList; ids: string[] }[];
      /** From the archive's data/account.js, when the zip has it. */
      owner: { id: string; handle: string | null } | null;
      skipped: SkipCounts;
    }
  | {
      platform: 'linkedin';
      connections: { slug: string; name: string; connectedAt?: string }[];
      skipped: SkipCounts;
    };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Entries of an X archive or a LinkedIn export that say who follows whom. */
const WANTED = /(?:^|\/)(?:data\/(?:follower|following)(?:-part\d+)?\.js|data\/account\.js|Connections\.csv)$/;

const addSkips = (into: SkipCounts, from: SkipCounts) => {
  for (const [k, n] of Object.entries(from)) into[k] = (into[k] ?? 0) + n;
};

/**
 * Reads X's archive (the zip, or `data/follower.js` / `following.js` alone) or LinkedIn's
 * export (the zip, or `Connections.csv`) in the page. Throws an Error with a sentence for the user
 * when the file is none of them.
 */
export function readPlatformExport(bytes: Uint8Array): PlatformExport {
  const files: [string, string][] = ZIP.every((b, i) => bytes[i] === b)
    ? Object.entries(unzipSync(bytes, { filter: (f) => WANTED.test(f.name) })).map(([name, data]) => [
        name,
        strFromU8(data),
      ])
    : [['', strFromU8(bytes)]];
  const skipped: SkipCounts = {};
  const lists: { list: XArchiveList; ids: string[] }[] = [];
  let owner: { id: string; handle: string | null } | null = null;
  for (const [name, text] of files) {
    const connections = parseConnectionsCsv(text);
    if (connections) {
      addSkips(skipped, connections.skipped);
      return { platform: 'linkedin', connections: connections.connections, skipped };
    }
    if (name.endsWith('account.js')) {
      owner = parseXArchiveAccount(text);
      continue;
    }
    const archive = parseXArchive(text);
    if (!archive) continue;
    addSkips(skipped, archive.skipped);
    const same = lists.find((l) => l.list === archive.list);
    if (same) same.ids = [...new Set([...same.ids, ...archive.ids])];
    else lists.push({ list: archive.list, ids: archive.ids });
  }
  if (lists.length) return { platform: 'x', lists, owner, skipped };
  throw new Error(
    "This is not an X archive (data/follower.js, data/following.js or the archive's zip) nor LinkedIn's Connections.csv.",
  );
}

import { useCallback, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ListName } from '@/components/popup/list-tabs';
import type { LeadRowModel } from '@/components/popup/lead-rows';
import { db } from '@/storage/db';
import {
  LIST_LIMIT,
  LIST_MAX,
  popupDueLeads,
  popupNewCounts,
  popupNewLeads,
  recentLeads,
  SEARCH_LIMIT,
  searchLeads,
  type DueRow,
} from '@/storage/popup-queries';
import { newRow, row } from './rows';

export interface ListData {
  rows: LeadRowModel[] | undefined;
  count: number | string | undefined;
  /** Reads the next slice when the rep scrolls near the end of what was read. */
  more?: () => void;
  /** New only: how many of its leads triage calls likely false (hidden or not). */
  likelyFalse?: number;
}

function dueRow({ lead, status }: DueRow): LeadRowModel {
  if (status.state === 'last_attempt') return row(lead, 'last attempt — tell them', 'warn');
  return row(lead, `touch ${status.touchesUsed + 1} of ${status.touchesMax} due`);
}

/** How many rows each list reads: a small first slice paints fast, more as the rep scrolls. */
function useLimits() {
  const [limits, setLimits] = useState<Record<ListName, number>>({ new: LIST_LIMIT, due: LIST_LIMIT, all: LIST_LIMIT });
  const grow = useCallback(
    (name: ListName, read: number) =>
      setLimits((l) => (read < l[name] || l[name] >= LIST_MAX ? l : { ...l, [name]: l[name] + LIST_LIMIT * 4 })),
    [],
  );
  return { limits, grow };
}

/**
 * The three lists, live, and how many leads there are in all (`total`). New and Due read a
 * bounded slice through their indexes; All reads only while it is shown, the most recent leads
 * or the search results. The counts walk whole indexes (about 50 ms for 50,000 leads, linear in
 * the store), so they start once New's first rows are read: the rows never wait on a count.
 */
export function useLists(
  now: Date,
  query: string,
  allShown: boolean,
  { hide: hideFalse, showFit }: { hide: boolean; showFit: boolean },
) {
  const { limits, grow } = useLimits();
  const minute = Math.floor(now.getTime() / 60_000);
  const fresh = useLiveQuery(
    () => popupNewLeads(db(), limits.new, { hideLikelyFalse: hideFalse }),
    [limits.new, hideFalse],
  );
  const read = fresh !== undefined;
  const freshCounts = useLiveQuery(
    () => (read ? popupNewCounts(db(), { hideLikelyFalse: hideFalse }) : undefined),
    [read, hideFalse],
  );
  const total = useLiveQuery<number | undefined>(() => (read ? db().leads.count() : undefined), [read]);
  // Due counts its whole index range too (every lead with a touch is in it), and it is not the
  // first list shown: it waits for New's rows like the counts do.
  const due = useLiveQuery(
    () => (read ? popupDueLeads(db(), new Date(minute * 60_000), limits.due) : undefined),
    [read, minute, limits.due],
  );
  const searching = query.trim() !== '';
  const all = useLiveQuery(
    () => (allShown ? (searching ? searchLeads(db(), query) : recentLeads(db(), limits.all)) : undefined),
    [allShown, query, searching, limits.all],
  );
  const lists: Record<ListName, ListData> = {
    new: {
      rows: fresh?.rows.map((l) => newRow(l, now, showFit)),
      count: freshCounts?.count,
      likelyFalse: freshCounts?.likelyFalse,
      more: () => fresh && grow('new', fresh.read),
    },
    due: { rows: due?.rows.map(dueRow), count: due?.count, more: () => due && grow('due', due.read) },
    all: {
      rows: all?.map((l) => row(l, l.temperature ? `${l.stage} · ${l.temperature}` : l.stage, 'muted')),
      count: !searching ? total : all && (all.length >= SEARCH_LIMIT ? `${SEARCH_LIMIT}+` : all.length),
      more: () => all && !searching && grow('all', all.length),
    },
  };
  return { lists, total };
}

import type { StoredLead, TouchlineDb } from './db';

/**
 * The leads of an export a page at a time, so a worker never holds 100,000 of them (issue #17),
 * with the export's order and scope for a person's leads read from other pages.
 */
export interface LeadPages {
  pages: AsyncGenerator<StoredLead[]>;
  inScope(lead: StoredLead): boolean;
  compare(a: StoredLead, b: StoredLead): number;
}

/**
 * All leads oldest first (as the firstSeenAt index orders them: by time, then id), or the ids
 * given, in their order.
 */
export function leadPages(database: TouchlineDb, leadIds: readonly string[] | undefined, pageSize: number): LeadPages {
  if (!leadIds) return { pages: byFirstSeen(database, pageSize), inScope: () => true, compare: firstSeenThenId };
  const order = new Map(leadIds.map((id, i) => [id, i]));
  return {
    pages: byIds(database, leadIds, pageSize),
    inScope: (lead) => order.has(lead.id),
    compare: (a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
  };
}

const firstSeenThenId = (a: StoredLead, b: StoredLead) =>
  a.firstSeenAt === b.firstSeenAt ? cmp(a.id, b.id) : cmp(a.firstSeenAt, b.firstSeenAt);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Pages along the firstSeenAt index, each one `getAll` from where the last ended: a lead met in
 * one capture shares its time with the rest of the batch, so the page starts at that time and
 * skips the `ties` already read (the index orders equal times by id, so they come first).
 */
async function* byFirstSeen(database: TouchlineDb, pageSize: number): AsyncGenerator<StoredLead[]> {
  let from = '';
  let ties = 0;
  for (;;) {
    const read = await database.leads
      .where('firstSeenAt')
      .aboveOrEqual(from)
      .limit(ties + pageSize)
      .toArray();
    const page = read.slice(ties);
    if (page.length > 0) yield page;
    if (page.length < pageSize) return;
    const last = page.at(-1)?.firstSeenAt ?? from;
    ties = last === from ? ties + page.length : page.filter((l) => l.firstSeenAt === last).length;
    from = last;
  }
}

async function* byIds(database: TouchlineDb, ids: readonly string[], pageSize: number): AsyncGenerator<StoredLead[]> {
  for (let start = 0; start < ids.length; start += pageSize) {
    const page = (await database.leads.bulkGet(ids.slice(start, start + pageSize))).filter((l) => l !== undefined);
    if (page.length > 0) yield page;
  }
}

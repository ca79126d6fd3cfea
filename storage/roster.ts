import type { CapturedPerson } from '@/capture/types';
import { placePage, type ListPage, type Placement } from '@/roster/classify';
import { scanProvesAbsence } from '@/roster/lost';
import { captureCache, type CaptureCache } from './capture-cache';
import type { StoredRosterEntry, TouchlineDb } from './db';
import { leadIdFor, personKeys } from './identity';
import { rosterKeys } from './roster-keys';
import type { OwnAccount, Platform, RosterEvidence } from '@/model';

/** The roster's id of an own account: `x:<rest_id>`, `linkedin:<slug>`, `linkedin:?` (not yet known). */
export const ownAccountId = (platform: Platform, account: string | null): string => `${platform}:${account ?? '?'}`;

/** A known follower's `lastSeenAt` is refreshed at most this often: a scroll re-shows hundreds. */
const LAST_SEEN_STEP_MS = 6 * 60 * 60 * 1000;

const VISIT_TTL_MS = 2 * 24 * 60 * 60 * 1000;

const EVIDENCE: Record<Exclude<Placement, 'known'>, RosterEvidence> = {
  baseline: 'baseline',
  new: 'list_new',
  older: 'list_older',
};

export interface Placed {
  /** Where each captured person stands (by object identity). */
  placements: Map<CapturedPerson, Placement>;
  /** Lead ids of rostered followers a complete scan proved gone. */
  lost: string[];
}

/** The roster keys a capture of these people looks up (storage/capture.ts reads a batch's at once). */
export const rosterKeysOf = (account: string, people: readonly CapturedPerson[]): string[] =>
  people.flatMap((p) => personKeys(p).map((k) => `${account}|${k}`));

async function rosterEntriesFor(cache: CaptureCache, account: string, people: readonly CapturedPerson[]) {
  const entryOf = await cache.roster.find(rosterKeysOf(account, people));
  return (p: CapturedPerson) =>
    personKeys(p)
      .map((k) => entryOf(`${account}|${k}`))
      .find((e) => e !== undefined);
}

async function ownAccount(database: TouchlineDb, id: string, platform: Platform): Promise<OwnAccount> {
  return (await database.accounts.get(id)) ?? { id, platform, baselineAt: null };
}

/**
 * One page of an own followers list: places each person by the list's order (roster/classify.ts),
 * writes them to the account's roster, and after a complete scan marks the absent followers lost.
 */
export async function placeListPage(
  database: TouchlineDb,
  input: {
    account: string;
    platform: Platform;
    visitId: string;
    page: ListPage;
    people: CapturedPerson[];
    now: Date;
    cache?: CaptureCache;
  },
): Promise<Placed> {
  const { account, platform, page, people } = input;
  const cache = input.cache ?? captureCache(database);
  const now = input.now.toISOString();
  const visitKey = `${input.visitId}|${account}`;
  const [visit, own, entryOf] = await Promise.all([
    database.visits.get(visitKey),
    ownAccount(database, account, platform),
    rosterEntriesFor(cache, account, people),
  ]);
  // A visit lives as long as the tab shows the list; old ones are dropped when a new one starts.
  if (!visit)
    await database.visits
      .where('at')
      .below(new Date(input.now.getTime() - VISIT_TTL_MS).toISOString())
      .delete();
  const entries = people.map(entryOf);
  const known = entries.map((e) => e?.status === 'follower');
  const { placements: byOrder, state } = placePage(visit?.state ?? null, page, known, own.baselineAt === null);
  // Someone the user follows (X archive following.js) is never a new follower; nor an anchor.
  const placements = byOrder.map((p, i) => (p === 'new' && entries[i]?.status === 'following' ? 'older' : p));

  const writes: StoredRosterEntry[] = [];
  const seen = new Set(visit?.seen);
  const placed = new Map<CapturedPerson, Placement>();
  people.forEach((person, i) => {
    const placement = placements[i] as Placement;
    placed.set(person, placement);
    const entry = entries[i];
    const id = entry?.person ?? leadIdFor(person);
    if (!id) return;
    seen.add(id);
    if (placement === 'known' && entry) {
      if (Date.parse(now) - Date.parse(entry.lastSeenAt) >= LAST_SEEN_STEP_MS)
        writes.push({ ...entry, lastSeenAt: now });
      return;
    }
    const { lostAt: _lostAt, ...previous } = entry ?? { firstSeenAt: now };
    writes.push({
      ...previous,
      account,
      person: id,
      firstSeenAt: previous.firstSeenAt,
      lastSeenAt: now,
      evidence: EVIDENCE[placement as Exclude<Placement, 'known'>],
      status: 'follower',
      id: `${account}|${id}`,
      keys: rosterKeys(account, id, person.handle),
    });
  });
  if (placements.includes('baseline') && own.baselineAt === null) own.baselineAt = now;

  let lost: string[] = [];
  if (state.complete) {
    own.endReachedAt = now;
    if (scanProvesAbsence(seen.size, own.followersCount))
      lost = await markAbsentLost(database, cache, account, seen, now);
  }
  await database.roster.bulkPut(writes);
  cache.roster.wrote(writes);
  await database.accounts.put(own);
  await database.visits.put({ id: visitKey, account, at: now, state, seen: [...seen] });
  return { placements: placed, lost };
}

async function markAbsentLost(
  database: TouchlineDb,
  cache: CaptureCache,
  account: string,
  seen: Set<string>,
  now: string,
) {
  const gone = (await database.roster.where('[account+status]').equals([account, 'follower']).toArray()).filter(
    (e) => !seen.has(e.person),
  );
  const lost = gone.map((e) => ({ ...e, status: 'lost' as const, lostAt: now }));
  await database.roster.bulkPut(lost);
  cache.roster.wrote(lost);
  return gone.map((e) => e.person);
}

/**
 * People a notification or a profile says follow the account: rostered (with the notification's
 * time) and placed `new` unless already known as a follower.
 */
export async function rosterFollowers(
  database: TouchlineDb,
  input: {
    account: string;
    platform: Platform;
    people: CapturedPerson[];
    evidence: RosterEvidence;
    now: Date;
    cache?: CaptureCache;
  },
): Promise<Map<CapturedPerson, Placement>> {
  const { account, people, evidence } = input;
  const now = input.now.toISOString();
  const cache = input.cache ?? captureCache(database);
  const entryOf = await rosterEntriesFor(cache, account, people);
  const placed = new Map<CapturedPerson, Placement>();
  const writes: StoredRosterEntry[] = [];
  for (const person of people) {
    const entry = entryOf(person);
    const id = entry?.person ?? leadIdFor(person);
    // Followers already known, and people the user follows (archive following.js), are not news.
    if (entry?.status === 'follower' || entry?.status === 'following') placed.set(person, 'known');
    else placed.set(person, 'new');
    if (!id || entry?.status === 'follower') continue;
    writes.push({
      account,
      person: id,
      firstSeenAt: entry?.firstSeenAt ?? now,
      lastSeenAt: now,
      evidence,
      status: 'follower',
      ...(person.at ? { followedAt: person.at } : {}),
      id: `${account}|${id}`,
      keys: rosterKeys(account, id, person.handle),
    });
  }
  await database.roster.bulkPut(writes);
  cache.roster.wrote(writes);
  if (!(await database.accounts.get(account)))
    await database.accounts.put({ id: account, platform: input.platform, baselineAt: null });
  return placed;
}

/** A profile saying these rostered followers no longer follow the account: marked lost. */
export async function rosterUnfollowed(
  database: TouchlineDb,
  account: string,
  people: CapturedPerson[],
  now: Date,
  cache = captureCache(database),
): Promise<string[]> {
  const entryOf = await rosterEntriesFor(cache, account, people);
  const gone = people.map(entryOf).filter((e) => e?.status === 'follower') as StoredRosterEntry[];
  const lost = gone.map((e) => ({ ...e, status: 'lost' as const, lostAt: now.toISOString() }));
  await database.roster.bulkPut(lost);
  cache.roster.wrote(lost);
  return gone.map((e) => e.person);
}

/** The platform's follower count of an own account, as its profile or list showed it. */
export async function recordFollowersCount(
  database: TouchlineDb,
  account: string,
  platform: Platform,
  count: number,
  now: Date,
  handle?: string | null,
): Promise<void> {
  const own = await ownAccount(database, account, platform);
  const named = handle ? { handle } : {};
  await database.accounts.put({ ...own, ...named, followersCount: count, followersCountAt: now.toISOString() });
}

/**
 * LinkedIn's followers page is the member's own by its URL, so its roster starts as `linkedin:?`
 * when the page never said who the member is (no `/voyager/api/me` seen). Once a capture names
 * the member, that roster, its account record and its visits become theirs (true when they did).
 */
export async function joinUnknownLinkedIn(database: TouchlineDb, viewer: string): Promise<boolean> {
  const from = ownAccountId('linkedin', null);
  const unknown = await database.accounts.get(from);
  if (!unknown) return false;
  const to = ownAccountId('linkedin', viewer);
  const known = await database.accounts.get(to);
  const rekey = (e: StoredRosterEntry): StoredRosterEntry => ({
    ...e,
    account: to,
    id: `${to}|${e.person}`,
    keys: e.keys.map((k) => k.replace(`${from}|`, `${to}|`)),
  });
  const entries = await database.roster.where('account').equals(from).toArray();
  const already = new Set((await database.roster.bulkGet(entries.map((e) => `${to}|${e.person}`))).map((e) => e?.id));
  await database.roster.bulkPut(entries.map(rekey).filter((e) => !already.has(e.id)));
  await database.roster.where('account').equals(from).delete();
  const earliest = [known?.baselineAt, unknown.baselineAt].filter((t): t is string => !!t).sort()[0] ?? null;
  await database.accounts.put({ ...unknown, ...known, id: to, baselineAt: earliest });
  await database.accounts.delete(from);
  // Visits are few (one per list visit) and short-lived: a scan is cheaper than another index.
  const moved = (await database.visits.toArray()).filter((v) => v.account === from);
  await database.visits.bulkPut(moved.map((v) => ({ ...v, id: v.id.replace(`|${from}`, `|${to}`), account: to })));
  await database.visits.bulkDelete(moved.map((v) => v.id));
  return true;
}

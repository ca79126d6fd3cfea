import type { CapturedPerson } from '@/capture/types';
import type { Placement } from '@/roster/classify';
import type { Payload } from '@/messaging/table';
import { captureCache, type CaptureCache } from './capture-cache';
import type { TouchlineDb } from './db';
import { HealthTally } from './health';
import { personKeys } from './identity';
import type { CaptureSignal } from './merge';
import { addUnfollowed } from './unfollowed';
import {
  joinUnknownLinkedIn,
  ownAccountId,
  placeListPage,
  recordFollowersCount,
  rosterFollowers,
  rosterKeysOf,
  rosterUnfollowed,
} from './roster';
import { getSettings } from './settings';
import { upsertCaptured, type UpsertResult } from './upsert';

type CaptureMessage = Payload<'capture.people'>;

/** The tables a capture may write. */
export const captureTables = (d: TouchlineDb) => [
  d.leads,
  d.touches,
  d.accounts,
  d.roster,
  d.visits,
  d.health,
  d.settings,
];

/**
 * Several captures stored in one transaction (one IndexedDB commit instead of one each). `check`
 * sees each result before the commit; throwing from it undoes the whole batch (storage/held.ts).
 */
export async function ingestCaptures(
  database: TouchlineDb,
  msgs: readonly CaptureMessage[],
  now: Date,
  check?: (index: number, result: IngestResult) => void,
): Promise<IngestResult[]> {
  return database.transaction('rw', captureTables(database), async () => {
    const results: IngestResult[] = [];
    // Each surface's health record is written once for the batch, not once per capture.
    const health = new HealthTally();
    const cache = await readAhead(database, msgs);
    for (const msg of msgs) {
      const result = await applyCapture(database, msg, now, { health, cache });
      check?.(results.length, result);
      results.push(result);
    }
    await health.record(database, now);
    return results;
  });
}

/** One capture, in its own transaction. */
export async function ingestCapture(database: TouchlineDb, msg: CaptureMessage, now: Date): Promise<IngestResult> {
  return (await ingestCaptures(database, [msg], now))[0] as IngestResult;
}

export type IngestResult = UpsertResult & { dropped: string | null; lost: string[] };

const LISTS = new Set(['x.followers', 'linkedin.followers']);

/**
 * Applies PRODUCT.md's capture rules to a batch a content script saw, stores it, and records
 * capture health. Someone else's followers list is counted and dropped; an own list is placed
 * against the account's follower roster by its order; a profile page only enriches known leads,
 * and tells whether a rostered follower still follows.
 */
/** The leads, roster entries and touches every capture of the batch will look up, in one read each. */
async function readAhead(database: TouchlineDb, msgs: readonly CaptureMessage[]): Promise<CaptureCache> {
  const cache = captureCache(database);
  const people = msgs.flatMap((m) => m.people);
  const [leadOf] = await Promise.all([
    cache.leads.find(people.flatMap(personKeys)),
    cache.roster.find(msgs.flatMap((m) => rosterKeysOf(rosterIdOf(m), m.people))),
  ]);
  const known = people.flatMap((p) => personKeys(p).map(leadOf)).filter((l) => l !== undefined);
  await cache.touches.of(known.map((l) => l.id));
  return cache;
}

const platformOf = (msg: CaptureMessage) => (msg.source.startsWith('x.') ? 'x' : 'linkedin');
/** The own account whose follower roster a capture is placed against. */
const rosterIdOf = (msg: CaptureMessage) => ownAccountId(platformOf(msg), msg.listOwner ?? msg.viewer);

async function applyCapture(
  database: TouchlineDb,
  msg: CaptureMessage,
  now: Date,
  { health, cache }: { health: HealthTally; cache: CaptureCache },
): Promise<IngestResult> {
  const skipped = { ...msg.skipped };
  const people = msg.people.map((p) => clampTime(p, now));
  let dropped: string | null = null;
  let result: UpsertResult = { created: [], resurfaced: [], updated: 0, unkeyed: 0, inbox: 0 };
  let lost: string[] = [];
  const account = msg.listOwner ?? msg.viewer;
  const platform = platformOf(msg);
  const rosterId = rosterIdOf(msg);
  // Joining re-keys the roster: what the batch read of it is read again.
  if (platform === 'linkedin' && msg.viewer && (await joinUnknownLinkedIn(database, msg.viewer))) cache.roster.forget();
  // On X a followers list names its owner; LinkedIn's followers page is only ever the user's own.
  if (msg.source === 'x.followers') {
    const own = await isOwnAccount(database, msg.listOwner ?? null, msg.viewer);
    if (!own) dropped = 'not_own_list';
  }
  if (dropped) {
    skipped[dropped] = (skipped[dropped] ?? 0) + msg.people.length;
  } else if (msg.source === 'x.profile') {
    ({ result, lost } = await ingestProfile(database, people, msg.viewer, now, cache));
  } else {
    const signal: CaptureSignal = { kind: msg.kind, source: msg.source, account };
    let placements: Map<CapturedPerson, Placement> | undefined;
    if (LISTS.has(msg.source) && msg.visitId) {
      const page = msg.list ?? { index: 0, first: false, end: false };
      if (msg.listTotal !== undefined) await recordFollowersCount(database, rosterId, platform, msg.listTotal, now);
      const placed = await placeListPage(database, {
        account: rosterId,
        platform,
        visitId: msg.visitId,
        page,
        people,
        now,
        cache,
      });
      placements = placed.placements;
      lost = placed.lost;
    } else if (msg.kind === 'followed' && !LISTS.has(msg.source)) {
      placements = await rosterFollowers(database, {
        account: rosterId,
        platform,
        people,
        evidence: 'notification',
        now,
        cache,
      });
    }
    result = await upsertCaptured(database, people, signal, { now, placements, cache });
  }
  if (lost.length)
    cache.leads.wrote(await addUnfollowed(database, lost, { at: now.toISOString(), source: msg.source, account }));
  const kept = dropped ? 0 : msg.people.length - result.unkeyed;
  if (result.unkeyed) skipped.no_identity = (skipped.no_identity ?? 0) + result.unkeyed;
  health.add(msg.source, { responses: 1, people: kept, skipped });
  return { ...result, dropped, lost };
}

async function isOwnAccount(database: TouchlineDb, listOwner: string | null, viewer: string | null) {
  if (!listOwner) return false;
  if (listOwner === viewer) return true;
  return ((await getSettings(database)).ownAccounts ?? []).includes(listOwner);
}

/**
 * A profile response: known leads are enriched; a person who follows the user is rostered; a
 * rostered follower whose profile says they no longer do is lost; the user's own profile gives
 * the account's follower count (coverage).
 */
async function ingestProfile(
  database: TouchlineDb,
  people: readonly CapturedPerson[],
  viewer: string | null,
  now: Date,
  cache: CaptureCache,
): Promise<{ result: UpsertResult; lost: string[] }> {
  const account = ownAccountId('x', viewer);
  const self = people.filter((p) => viewer !== null && p.platformUserId === viewer);
  for (const p of self)
    if (p.followersCount !== undefined)
      await recordFollowersCount(database, account, 'x', p.followersCount, now, p.handle);
  const others = people.filter((p) => !self.includes(p));
  const follows = others.filter((p) => p.followsYou);
  const signal: CaptureSignal = { kind: 'followed', source: 'x.profile', account: viewer };
  const placements = viewer
    ? await rosterFollowers(database, { account, platform: 'x', people: follows, evidence: 'profile', now, cache })
    : undefined;
  const a = await upsertCaptured(database, follows, signal, { now, enrichOnly: true, placements, cache });
  const b = await upsertCaptured(
    database,
    others.filter((p) => !p.followsYou),
    null,
    { now, enrichOnly: true, cache },
  );
  const lost = viewer
    ? await rosterUnfollowed(
        database,
        account,
        others.filter((p) => p.followsYou === false),
        now,
        cache,
      )
    : [];
  return {
    result: {
      created: [],
      resurfaced: [...a.resurfaced, ...b.resurfaced],
      updated: a.updated + b.updated,
      unkeyed: a.unkeyed + b.unkeyed,
      inbox: a.inbox + b.inbox,
    },
    lost,
  };
}

/**
 * A signal time comes from the page, which any script can forge: one in the future would pin a
 * lead to the top of every list forever, so it becomes "now".
 */
function clampTime(person: CapturedPerson, now: Date): CapturedPerson {
  if (!person.at || Date.parse(person.at) <= now.getTime()) return person;
  return { ...person, at: now.toISOString() };
}

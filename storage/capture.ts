import type { CapturedPerson } from '@/capture/types';
import type { TouchlineDb } from './db';
import { recordHealth } from './health';
import type { CaptureSignal } from './merge';
import type { Payload } from '@/messaging/table';
import { getSettings } from './settings';
import { upsertCaptured, type UpsertResult } from './upsert';

/** Several captures stored in one transaction (one IndexedDB commit instead of one each). */
export async function ingestCaptures(
  database: TouchlineDb,
  msgs: readonly Payload<'capture.people'>[],
  now: Date,
): Promise<IngestResult[]> {
  const tables = [database.leads, database.touches, database.accounts, database.health, database.settings];
  return database.transaction('rw', tables, async () => {
    const results: IngestResult[] = [];
    for (const msg of msgs) results.push(await ingestCapture(database, msg, now));
    return results;
  });
}

export type IngestResult = UpsertResult & { dropped: string | null };

/**
 * Applies PRODUCT.md's capture rules to a batch a content script saw, stores it, and records
 * capture health. Someone else's followers list is counted and dropped; a profile page only
 * enriches known leads, adding `followed` when it says the person follows the user.
 */
export async function ingestCapture(
  database: TouchlineDb,
  msg: Payload<'capture.people'>,
  now: Date,
): Promise<IngestResult> {
  const skipped = { ...msg.skipped };
  const people = msg.people.map((p) => clampTime(p, now));
  let dropped: string | null = null;
  let result: UpsertResult = { created: [], resurfaced: [], updated: 0, unkeyed: 0 };
  const account = msg.listOwner ?? msg.viewer;
  // On X a followers list names its owner; LinkedIn's followers page is only ever the user's own.
  if (msg.source === 'x.followers') {
    const own = await isOwnAccount(database, msg.listOwner ?? null, msg.viewer);
    if (!own) dropped = 'not_own_list';
  }
  if (dropped) {
    skipped[dropped] = (skipped[dropped] ?? 0) + msg.people.length;
  } else if (msg.source === 'x.profile') {
    result = await ingestProfile(database, people, account, now);
  } else {
    const signal: CaptureSignal = { kind: msg.kind, source: msg.source, account };
    result = await upsertCaptured(database, people, signal, { now, visitId: msg.visitId });
  }
  const kept = dropped ? 0 : msg.people.length - result.unkeyed;
  if (result.unkeyed) skipped.no_identity = (skipped.no_identity ?? 0) + result.unkeyed;
  await recordHealth(database, msg.source, { responses: 1, people: kept, skipped }, now);
  return { ...result, dropped };
}

async function isOwnAccount(database: TouchlineDb, listOwner: string | null, viewer: string | null) {
  if (!listOwner) return false;
  if (listOwner === viewer) return true;
  return ((await getSettings(database)).ownAccounts ?? []).includes(listOwner);
}

async function ingestProfile(
  database: TouchlineDb,
  people: readonly CapturedPerson[],
  account: string | null,
  now: Date,
): Promise<UpsertResult> {
  const follows = people.filter((p) => p.followsYou);
  const others = people.filter((p) => !p.followsYou);
  const signal: CaptureSignal = { kind: 'followed', source: 'x.profile', account };
  const a = await upsertCaptured(database, follows, signal, { now, enrichOnly: true });
  const b = await upsertCaptured(database, others, null, { now, enrichOnly: true });
  return {
    created: [],
    resurfaced: [...a.resurfaced, ...b.resurfaced],
    updated: a.updated + b.updated,
    unkeyed: a.unkeyed + b.unkeyed,
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

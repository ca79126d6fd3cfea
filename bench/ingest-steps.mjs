// 3. Ingest, continued: where the background's time goes (details.ingest.breakdown, no figure).
// Runs inside an extension page holding the bench bundle (globalThis.TLB) and the parsed batches
// (globalThis.__batches, set by bench/ingest.mjs); passed to page.evaluate, so self-contained.

/**
 * The background's steps, timed one by one against a scratch database (same code:
 * messaging/table.ts, storage/upsert.ts, health.ts, queries.ts).
 */
export async function backgroundSteps() {
  const TLB = globalThis.TLB;
  const parts = { validate: 0, upsert: 0, health: 0, badge: 0 };
  const scratch = new TLB.TouchlineDb(`bench-profile-${Math.random()}`);
  const schema = TLB.messageTable['capture.people'];
  const t0 = performance.now();
  for (const people of globalThis.__batches) {
    const now = new Date();
    let t = performance.now();
    const msg = schema.parse({ kind: 'followed', source: 'x.notifications', viewer: '1', listOwner: null, people });
    parts.validate += performance.now() - t;
    t = performance.now();
    await TLB.upsertCaptured(
      scratch,
      msg.people,
      { kind: 'followed', source: 'x.notifications', account: '1' },
      { now },
    );
    parts.upsert += performance.now() - t;
    t = performance.now();
    await TLB.recordHealth(scratch, 'x.notifications', { responses: 1, people: people.length }, now);
    parts.health += performance.now() - t;
    t = performance.now();
    await TLB.badgeCount(scratch, now);
    parts.badge += performance.now() - t;
  }
  const sequentialTotal = performance.now() - t0;
  await scratch.delete();
  // upsertCaptured's pieces, on another scratch database.
  const db2 = new TLB.TouchlineDb(`bench-profile2-${Math.random()}`);
  const split = { keysLookup: 0, mergeCompute: 0, bulkPut: 0, txOverhead: 0 };
  const signal = { kind: 'followed', source: 'x.notifications', account: '1' };
  for (const people of globalThis.__batches) {
    const t = performance.now();
    await db2.transaction('rw', [db2.leads, db2.touches, db2.accounts], async () => {
      const a = performance.now();
      await db2.leads.where('keys').anyOf(people.flatMap(TLB.personKeys)).toArray();
      const b = performance.now();
      const now = new Date().toISOString();
      const recs = people.map((p) =>
        TLB.stored(TLB.newLead(`x:${p.platformUserId}`, p, signal, { now, baseline: false })),
      );
      const c = performance.now();
      await db2.leads.bulkPut(recs);
      const d = performance.now();
      split.keysLookup += b - a;
      split.mergeCompute += c - b;
      split.bulkPut += d - c;
    });
    split.txOverhead += performance.now() - t;
  }
  split.txOverhead -= split.keysLookup + split.mergeCompute + split.bulkPut;
  await db2.delete();
  // Dexie, one bulkPut of all 10,000 in one transaction (what the raw baseline does).
  const db3 = new TLB.TouchlineDb(`bench-profile3-${Math.random()}`);
  await db3.open();
  const now = new Date().toISOString();
  const all = globalThis.__batches
    .flat()
    .map((p) => TLB.stored(TLB.newLead(`x:${p.platformUserId}`, p, signal, { now, baseline: false })));
  const t3 = performance.now();
  await db3.leads.bulkPut(all);
  const dexieOneBulkPut = performance.now() - t3;
  await db3.delete();
  return { sequentialTotal, parts, upsertSplit: split, dexieOneBulkPut };
}

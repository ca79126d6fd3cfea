import { beforeEach, describe, expect, test } from 'vitest';
import type { CapturedPerson } from '@/capture/types';
import { TouchlineDb } from './db';
import { upsertCaptured } from './upsert';
import type { CaptureSignal } from './merge';
import { captured, captureSignal, touch } from '@/test/factories';

const followersOf = (account: string): CaptureSignal =>
  captureSignal({ kind: 'followed', source: 'x.followers', account });
const T1 = new Date('2026-11-01T10:00:00Z');
const T2 = new Date('2026-11-02T10:00:00Z');

function xPerson(id: string, handle: string, extra: Partial<CapturedPerson> = {}): CapturedPerson {
  return captured({ platform: 'x', platformUserId: id, handle, displayName: `Name ${handle}`, ...extra });
}

let database: TouchlineDb;
beforeEach(async () => {
  database = new TouchlineDb(`test-${Math.random()}`);
  await database.open();
});

describe('upsertCaptured', () => {
  test('a renamed X account stays one lead and keeps its old handle as an alias', async () => {
    await upsertCaptured(database, [xPerson('7', 'oldname')], followersOf('99'), { now: T1 });
    await upsertCaptured(database, [xPerson('7', 'NewName', { displayName: '' })], followersOf('99'), { now: T2 });
    const leads = await database.leads.toArray();
    expect(leads).toHaveLength(1);
    expect(leads[0]?.handle).toBe('NewName');
    expect(leads[0]?.aliases).toEqual(['oldname']);
    // An empty field in the newer capture does not erase the known name.
    expect(leads[0]?.displayName).toBe('Name oldname');
    // The old handle still finds the lead.
    expect(await database.leads.where('keys').equals('x:h:oldname').count()).toBe(1);
  });

  test('two tabs capturing the same people at the same moment make no duplicates', async () => {
    const batch = Array.from({ length: 50 }, (_, i) => xPerson(String(100 + i), `p${i}`));
    const note: CaptureSignal = { kind: 'followed', source: 'x.notifications', account: '99' };
    await Promise.all([
      upsertCaptured(database, batch, note, { now: T1 }),
      upsertCaptured(database, [...batch].reverse(), note, { now: T1 }),
    ]);
    expect(await database.leads.count()).toBe(50);
    const lead = await database.leads.get('x:100');
    expect(lead?.signals).toHaveLength(1);
  });

  test('a disqualified lead stays disqualified when captured again', async () => {
    const note: CaptureSignal = { kind: 'followed', source: 'x.notifications', account: '99' };
    await upsertCaptured(database, [xPerson('5', 'spam')], note, { now: T1 });
    await database.leads.update('x:5', { stage: 'disqualified' });
    const view: CaptureSignal = { kind: 'viewed_profile', source: 'x.profile', account: '99' };
    const again = await upsertCaptured(database, [xPerson('5', 'spam', { at: T2.toISOString() })], view, { now: T2 });
    expect((await database.leads.get('x:5'))?.stage).toBe('disqualified');
    expect(again.resurfaced).toEqual([]);
  });

  test('a known lead with a fresh signal is re-surfaced as new, not duplicated', async () => {
    await upsertCaptured(database, [xPerson('8', 'eve')], followersOf('99'), { now: T1 });
    // An untouched lead: the one stage a capture may return to New (issue #13).
    await database.leads.update('x:8', { stage: 'lead' });
    const view: CaptureSignal = { kind: 'viewed_profile', source: 'linkedin.profile_views', account: null };
    const r = await upsertCaptured(database, [xPerson('8', 'eve', { at: T2.toISOString() })], view, { now: T2 });
    const lead = await database.leads.get('x:8');
    expect(r.resurfaced).toEqual(['x:8']);
    expect(lead?.stage).toBe('new');
    expect(lead?.lastSignalAt).toBe(T2.toISOString());
    // Back in the inbox, waiting since the fresh signal, not since first seen.
    expect(lead?.waitingSince).toBe(T2.toISOString());
    expect(await database.leads.count()).toBe(1);
  });

  test('a fresh signal on a lead that has touches marks it but does not put it back in New', async () => {
    await upsertCaptured(database, [xPerson('8', 'eve')], followersOf('99'), { now: T1 });
    await database.leads.update('x:8', { stage: 'nurture' });
    await database.touches.put(touch({ id: 't8', leadId: 'x:8', at: T1.toISOString() }));
    const view: CaptureSignal = { kind: 'viewed_profile', source: 'linkedin.profile_views', account: null };
    const r = await upsertCaptured(database, [xPerson('8', 'eve', { at: T2.toISOString() })], view, { now: T2 });
    const lead = await database.leads.get('x:8');
    expect(r.resurfaced).toEqual(['x:8']);
    expect(lead?.stage).toBe('nurture');
    expect(lead?.resurfacedAt).toBe(T2.toISOString());
  });

  test('a lead known only by handle takes its rest_id id once seen, and keeps its touches', async () => {
    const note: CaptureSignal = { kind: 'followed', source: 'x.notifications', account: '99' };
    await upsertCaptured(database, [captured({ platform: 'x', platformUserId: null, handle: 'Gus' })], note, {
      now: T1,
    });
    await database.touches.put(touch({ id: 't1', leadId: 'x:@gus', at: T1.toISOString() }));
    await upsertCaptured(database, [xPerson('42', 'gus')], followersOf('99'), { now: T2 });
    expect((await database.leads.toArray()).map((l) => l.id)).toEqual(['x:42']);
    expect((await database.touches.get('t1'))?.leadId).toBe('x:42');
  });

  test('a profile page enriches a known lead but creates nobody', async () => {
    const profile: CaptureSignal = { kind: 'followed', source: 'x.profile', account: '99' };
    const r = await upsertCaptured(database, [xPerson('50', 'hal', { followsYou: true })], profile, {
      now: T1,
      enrichOnly: true,
    });
    expect(r.created).toEqual([]);
    expect(await database.leads.count()).toBe(0);
  });

  test('people without any id or handle are counted, not stored', async () => {
    const note: CaptureSignal = { kind: 'followed', source: 'x.notifications', account: '99' };
    const r = await upsertCaptured(database, [captured({ platform: 'x', platformUserId: null, handle: null })], note, {
      now: T1,
    });
    expect(r.unkeyed).toBe(1);
    expect(await database.leads.count()).toBe(0);
  });
});

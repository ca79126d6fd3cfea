import { beforeEach, describe, expect, test } from 'vitest';
import { TouchlineDb } from './db';
import type { Lead, Touch } from '@/model';
import {
  leadForPerson,
  leadTouches,
  popupDueLeads,
  popupNewCounts,
  popupNewLeads,
  recentLeads,
  searchLeads,
} from './popup-queries';
import { stored } from './stored';
import * as make from '@/test/factories';

const NOW = new Date('2026-11-22T12:00:00Z');

// Several people share the table here, so each lead's identity follows its id (x:7 → rest_id 7,
// handle h7, "Name 7"), with no headline, URLs or avatar, first seen 20 Nov 2026 10:00 UTC. A
// `dueAt` is kept as the cadence sync would have stored it.
function lead(id: string, extra: Partial<Lead> & { dueAt?: string } = {}): Lead & { dueAt?: string } {
  const [platform = 'x', rest = ''] = id.split(':');
  const { dueAt, ...fields } = extra;
  const built = make.lead({
    id,
    platform: platform === 'x' ? 'x' : 'linkedin',
    platformUserId: platform === 'x' ? rest : null,
    handle: `h${rest}`,
    displayName: `Name ${rest}`,
    headline: '',
    profileUrl: '',
    avatarUrl: '',
    firstSeenAt: '2026-11-20T10:00:00.000Z',
    lastSignalAt: '2026-11-20T10:00:00.000Z',
    ...fields,
  });
  return dueAt === undefined ? built : { ...built, dueAt };
}

const touch = (leadId: string, at: string): Touch => make.touch({ leadId, at, channel: 'x_dm' });

let database: TouchlineDb;
beforeEach(async () => {
  database = new TouchlineDb(`popup-${Math.random()}`);
  await database.open();
});

describe('popupNewLeads', () => {
  test('lists new leads, the longest waiting first, and counts them', async () => {
    await database.leads.bulkPut([
      stored(lead('x:1', { firstSeenAt: '2026-11-21T10:00:00.000Z' })),
      stored(lead('x:2', { firstSeenAt: '2026-11-19T10:00:00.000Z' })),
      stored(lead('x:3', { stage: 'lead' })),
      // First seen long ago, re-surfaced by a fresh signal today: waiting since today, so last.
      stored(lead('x:4', { firstSeenAt: '2026-11-01T10:00:00.000Z', resurfacedAt: '2026-11-22T09:00:00.000Z' })),
    ]);
    const { rows } = await popupNewLeads(database);
    expect(rows.map((l) => l.id)).toEqual(['x:2', 'x:1', 'x:4']);
    expect((await popupNewCounts(database)).count).toBe(3);
  });

  test('reads only up to the limit, while the count covers them all', async () => {
    await database.leads.bulkPut(
      Array.from({ length: 30 }, (_, i) =>
        stored(lead(`x:${i + 1}`, { firstSeenAt: `2026-11-${String(i + 1).padStart(2, '0')}T00:00:00.000Z` })),
      ),
    );
    const { rows } = await popupNewLeads(database, 10);
    expect(rows).toHaveLength(10);
    expect(rows[0]?.id).toBe('x:1');
    expect((await popupNewCounts(database)).count).toBe(30);
  });
});

describe('popupDueLeads', () => {
  test('lists due leads with their cadence, marking the last attempt, and leaves out do-not-contact', async () => {
    const days = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();
    await database.leads.bulkPut([
      stored(lead('x:1', { stage: 'lead', dueAt: days(0) })),
      stored(lead('x:2', { stage: 'lead', dueAt: days(1) })),
      stored(lead('x:3', { stage: 'lead', dueAt: days(-1) })),
      stored(lead('x:4', { stage: 'lead', dueAt: days(1), doNotContact: true })),
    ]);
    await database.touches.bulkAdd([
      touch('x:1', days(2)),
      ...[9, 7, 5, 3].map((d) => touch('x:2', days(d))),
      touch('x:3', days(1)),
    ]);
    const { rows, count } = await popupDueLeads(database, NOW);
    expect(rows.map((r) => [r.lead.id, r.status.state])).toEqual([
      ['x:2', 'last_attempt'],
      ['x:1', 'active'],
    ]);
    expect(count).toBe(2);
  });
});

describe('searchLeads', () => {
  beforeEach(async () => {
    await database.leads.bulkPut([
      stored(lead('x:1', { displayName: 'Ada Lovelace', headline: 'Analytical engines' })),
      stored(lead('x:2', { displayName: 'Grace Hopper', headline: 'Compilers and the Navy' })),
      stored(lead('x:3', { displayName: 'Alan Turing', handle: 'alan_t', headline: 'Engines of logic' })),
    ]);
  });

  test('finds by a word start of name, handle or headline, every query word must match', async () => {
    expect((await searchLeads(database, 'ada')).map((l) => l.id)).toEqual(['x:1']);
    expect((await searchLeads(database, '@alan_t')).map((l) => l.id)).toEqual(['x:3']);
    expect((await searchLeads(database, 'engine')).map((l) => l.id)).toEqual(['x:1', 'x:3']);
    expect((await searchLeads(database, 'engines tur')).map((l) => l.id)).toEqual(['x:3']);
    expect(await searchLeads(database, 'nobody')).toEqual([]);
  });

  test('an empty query lists the most recent leads first', async () => {
    await database.leads.update('x:2', { lastSignalAt: '2026-11-22T10:00:00.000Z' });
    expect((await searchLeads(database, '  ')).map((l) => l.id)[0]).toBe('x:2');
    expect(await recentLeads(database, 2)).toHaveLength(2);
  });
});

describe('leadForPerson and leadTouches', () => {
  test('finds a lead by rest_id or by an old handle, and lists its touches oldest first', async () => {
    await database.leads.put(stored(lead('x:7', { handle: 'NewName', aliases: ['OldName'] })));
    expect((await leadForPerson(database, { platform: 'x', platformUserId: '7', handle: null }))?.id).toBe('x:7');
    expect((await leadForPerson(database, { platform: 'x', platformUserId: null, handle: 'oldname' }))?.id).toBe('x:7');
    expect(await leadForPerson(database, { platform: 'linkedin', platformUserId: null, handle: 'oldname' })).toBeNull();
    await database.touches.bulkAdd([
      touch('x:7', '2026-11-10T00:00:00.000Z'),
      touch('x:7', '2026-11-08T00:00:00.000Z'),
    ]);
    expect((await leadTouches(database, 'x:7')).map((t) => t.at)).toEqual([
      '2026-11-08T00:00:00.000Z',
      '2026-11-10T00:00:00.000Z',
    ]);
  });
});

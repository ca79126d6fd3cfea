import { describe, expect, it } from 'vitest';
import type { HealthRecord } from '@/model';
import type { Lead, Touch } from '@/model';
import {
  cadenceStates,
  filterLeads,
  findPerson,
  funnel,
  mayHaveChangedFormat,
  medianOf,
  sortLeads,
  speedToLead,
  type CadenceStates,
} from '@/lists';
import * as make from '@/test/factories';

// Hand-built leads (PRODUCT.md "Backup format"); only the fields a test is about differ. Each is
// named by its id (handle: the id's rest; no rest_id, headline, URLs or avatar), first seen
// 10 Nov 2026 with one follow on that day.
function lead(id: string, o: Partial<Lead> = {}): Lead {
  return make.lead({
    id,
    platform: id.startsWith('x:') ? 'x' : 'linkedin',
    platformUserId: null,
    handle: id.split(':')[1] ?? null,
    displayName: id,
    headline: '',
    profileUrl: '',
    avatarUrl: '',
    firstSeenAt: '2026-11-10T00:00:00.000Z',
    lastSignalAt: '2026-11-10T00:00:00.000Z',
    signals: [make.signal({ kind: 'followed', at: '2026-11-10T00:00:00.000Z', source: 'x.followers', account: null })],
    ...o,
  });
}

function touch(leadId: string, at: string, o: Partial<Touch> = {}): Touch {
  return make.touch({ leadId, at, channel: 'email', ...o });
}

const none: CadenceStates = new Map();
const ids = (leads: readonly Lead[]) => leads.map((l) => l.id);

const ann = lead('x:1', { displayName: 'Ann Lee', handle: 'annlee', stage: 'lead', temperature: 'hot' });
const bob = lead('linkedin:bob', {
  displayName: 'Bob Stone',
  headline: 'Founder at ACME',
  firstSeenAt: '2026-11-12T08:00:00Z',
  signals: [{ kind: 'viewed_profile', at: '2026-11-12T08:00:00Z', source: 'linkedin.profile_views', account: null }],
});
const cyd = lead('x:3', {
  displayName: 'Cyd',
  stage: 'lead',
  temperature: 'cold',
  firstSeenAt: '2026-11-14T23:59:59Z',
});
const all = [ann, bob, cyd];

describe('filterLeads', () => {
  it('narrows by platform, stage, temperature and signal kind', () => {
    expect(ids(filterLeads(all, { platform: 'x' }, none))).toEqual(['x:1', 'x:3']);
    expect(ids(filterLeads(all, { stage: 'lead' }, none))).toEqual(['x:1', 'x:3']);
    expect(ids(filterLeads(all, { temperature: 'cold' }, none))).toEqual(['x:3']);
    expect(ids(filterLeads(all, { temperature: 'none' }, none))).toEqual(['linkedin:bob']);
    expect(ids(filterLeads(all, { signal: 'viewed_profile' }, none))).toEqual(['linkedin:bob']);
    expect(ids(filterLeads(all, { stage: 'lead', temperature: 'hot' }, none))).toEqual(['x:1']);
    expect(ids(filterLeads(all, {}, none))).toEqual(['x:1', 'linkedin:bob', 'x:3']);
  });

  it('narrows by cadence state; leads without touches are not_started', () => {
    const states = new Map([['x:3', 'active' as const]]);
    expect(ids(filterLeads(all, { cadence: 'active' }, states))).toEqual(['x:3']);
    expect(ids(filterLeads(all, { cadence: 'not_started' }, states))).toEqual(['x:1', 'linkedin:bob']);
  });

  it('bounds first seen: from inclusive, before exclusive', () => {
    const from = Date.parse('2026-11-12T08:00:00Z');
    const before = Date.parse('2026-11-15T00:00:00Z');
    expect(ids(filterLeads(all, { firstSeenFrom: from }, none))).toEqual(['linkedin:bob', 'x:3']);
    expect(ids(filterLeads(all, { firstSeenBefore: from }, none))).toEqual(['x:1']);
    expect(ids(filterLeads(all, { firstSeenFrom: from, firstSeenBefore: before }, none))).toEqual([
      'linkedin:bob',
      'x:3',
    ]);
    expect(ids(filterLeads(all, { firstSeenBefore: Date.parse('2026-11-14T23:59:59Z') }, none))).toEqual([
      'x:1',
      'linkedin:bob',
    ]);
  });

  it('searches name, handle and headline, case-insensitively, and nothing else', () => {
    expect(ids(filterLeads(all, { text: 'LEE' }, none))).toEqual(['x:1']);
    expect(ids(filterLeads(all, { text: 'annl' }, none))).toEqual(['x:1']);
    expect(ids(filterLeads(all, { text: 'acme' }, none))).toEqual(['linkedin:bob']);
    expect(ids(filterLeads(all, { text: '  ' }, none))).toHaveLength(3);
    expect(ids(filterLeads([lead('x:9', { notes: 'acme' })], { text: 'acme' }, none))).toEqual([]);
  });
});

describe('sortLeads', () => {
  it('sorts by name both ways, case-insensitively', () => {
    const b = lead('x:4', { displayName: 'bea' });
    expect(ids(sortLeads([...all, b], { key: 'name', dir: 'asc' }, none))).toEqual([
      'x:1',
      'x:4',
      'linkedin:bob',
      'x:3',
    ]);
    expect(ids(sortLeads([...all, b], { key: 'name', dir: 'desc' }, none))).toEqual([
      'x:3',
      'linkedin:bob',
      'x:4',
      'x:1',
    ]);
  });

  it('sorts times as instants, not as text', () => {
    // '…00Z' sorts after '…00.500Z' as text, but is earlier in time.
    const early = lead('x:5', { firstSeenAt: '2026-11-20T10:00:00Z' });
    const late = lead('x:6', { firstSeenAt: '2026-11-20T10:00:00.500Z' });
    expect(ids(sortLeads([late, early], { key: 'firstSeenAt', dir: 'asc' }, none))).toEqual(['x:5', 'x:6']);
    expect(ids(sortLeads(all, { key: 'firstSeenAt', dir: 'desc' }, none))).toEqual(['x:3', 'linkedin:bob', 'x:1']);
  });

  it('sorts stages in pipeline order and temperatures hot → cold → none; ties newest first', () => {
    expect(ids(sortLeads(all, { key: 'stage', dir: 'asc' }, none))).toEqual(['linkedin:bob', 'x:3', 'x:1']);
    expect(ids(sortLeads(all, { key: 'temperature', dir: 'asc' }, none))).toEqual(['x:1', 'x:3', 'linkedin:bob']);
  });

  it('sorts by cadence state', () => {
    const states = new Map([
      ['x:1', 'replied' as const],
      ['x:3', 'active' as const],
    ]);
    expect(ids(sortLeads(all, { key: 'cadence', dir: 'asc' }, states))).toEqual(['linkedin:bob', 'x:3', 'x:1']);
  });
});

describe('funnel', () => {
  it('counts every stage, zeros included, in pipeline order', () => {
    const out = funnel([...all, lead('x:7', { stage: 'client' })]);
    expect(out).toEqual([
      { stage: 'new', count: 1 },
      { stage: 'lead', count: 2 },
      { stage: 'contact', count: 0 },
      { stage: 'opportunity', count: 0 },
      { stage: 'client', count: 1 },
      { stage: 'nurture', count: 0 },
      { stage: 'disqualified', count: 0 },
    ]);
  });
});

describe('medianOf', () => {
  it('takes the middle of an odd count and the mean of the two middles of an even count', () => {
    expect(medianOf([])).toBeNull();
    expect(medianOf([7])).toBe(7);
    expect(medianOf([9, 1, 5])).toBe(5);
    expect(medianOf([10, 1, 4, 2])).toBe(3);
  });
});

describe('speedToLead', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  const seen = (id: string, at: string) =>
    lead(id, { firstSeenAt: at, signals: [{ kind: 'followed', at, source: 'x.followers', account: null }] });
  const H = 3600_000;

  it('is the median from first signal to first touch, odd count', () => {
    const leads = [
      seen('x:1', '2026-11-20T00:00:00Z'),
      seen('x:2', '2026-11-21T00:00:00Z'),
      seen('x:3', '2026-11-22T00:00:00Z'),
    ];
    const touches = [
      touch('x:1', '2026-11-20T01:00:00Z'),
      touch('x:1', '2026-11-20T00:30:00Z'), // the first touch counts, not the first logged
      touch('x:2', '2026-11-21T05:00:00Z'),
      touch('x:3', '2026-11-23T00:00:00Z'),
    ];
    expect(speedToLead(leads, touches, now)).toEqual({ medianMs: 5 * H, leads: 3 });
  });

  it('averages the two middles of an even count and leaves out leads without touches', () => {
    const leads = [
      seen('x:1', '2026-11-20T00:00:00Z'),
      seen('x:2', '2026-11-21T00:00:00Z'),
      seen('x:3', '2026-11-22T00:00:00Z'),
    ];
    const touches = [touch('x:1', '2026-11-20T02:00:00Z'), touch('x:2', '2026-11-21T06:00:00Z')];
    expect(speedToLead(leads, touches, now)).toEqual({ medianMs: 4 * H, leads: 2 });
  });

  it('uses the earliest signal, and counts a touch before it as zero', () => {
    const l = lead('x:1', {
      firstSeenAt: '2026-11-20T00:00:00Z',
      signals: [
        { kind: 'viewed_profile', at: '2026-11-20T03:00:00Z', source: 'linkedin.profile_views', account: null },
        { kind: 'followed', at: '2026-11-19T22:00:00Z', source: 'x.followers', account: null },
      ],
    });
    expect(speedToLead([l], [touch('x:1', '2026-11-20T00:00:00Z')], now)).toEqual({ medianMs: 2 * H, leads: 1 });
    expect(speedToLead([l], [touch('x:1', '2026-11-19T00:00:00Z')], now)).toEqual({ medianMs: 0, leads: 1 });
  });

  it('takes leads first seen exactly 30 days ago, not a millisecond earlier', () => {
    const edge = seen('x:1', '2026-11-01T00:00:00.000Z');
    const outside = seen('x:2', '2026-10-31T23:59:59.999Z');
    const touches = [touch('x:1', '2026-11-01T01:00:00Z'), touch('x:2', '2026-11-01T09:00:00Z')];
    expect(speedToLead([edge, outside], touches, now)).toEqual({ medianMs: H, leads: 1 });
    expect(speedToLead([outside], touches, now)).toBeNull();
  });

  it('is null with no leads or no touches', () => {
    expect(speedToLead([], [], now)).toBeNull();
    expect(speedToLead([seen('x:1', '2026-11-20T00:00:00Z')], [], now)).toBeNull();
  });
});

describe('cadenceStates', () => {
  it('computes only touched leads, under the policy', () => {
    const policy = { maxTouches: 2, maxDays: 35, minGapHours: 48 };
    const now = new Date('2026-11-20T00:00:00Z');
    const touches = [
      touch('x:1', '2026-11-10T00:00:00Z'),
      touch('x:1', '2026-11-13T00:00:00Z'),
      touch('x:3', '2026-11-15T00:00:00Z', { outcome: 'replied' }),
    ];
    const states = cadenceStates(all, touches, policy, now);
    expect([...states.entries()]).toEqual([
      ['x:1', 'ended'],
      ['x:3', 'replied'],
    ]);
  });
});

describe('mayHaveChangedFormat', () => {
  const h = (o: Partial<HealthRecord>): HealthRecord => ({
    surface: 'x.followers',
    responsesSeen: 3,
    peopleExtracted: 0,
    emptyResponses: 3,
    failures: 0,
    skipped: {},
    lastSeenAt: '2026-11-20T00:00:00Z',
    lastSuccessAt: null,
    lastError: null,
    ...o,
  });
  it('warns when responses arrive and nobody was ever extracted, or not for over a week', () => {
    expect(mayHaveChangedFormat(h({}))).toBe(true);
    expect(mayHaveChangedFormat(h({ responsesSeen: 0, lastSeenAt: null }))).toBe(false);
    expect(mayHaveChangedFormat(h({ peopleExtracted: 5, lastSuccessAt: '2026-11-19T00:00:00Z' }))).toBe(false);
    expect(mayHaveChangedFormat(h({ peopleExtracted: 5, lastSuccessAt: '2026-11-12T23:59:59Z' }))).toBe(true);
  });
});

describe('findPerson', () => {
  const twin = lead('linkedin:annlee', { handle: 'annlee' });
  it('finds by id, @handle, alias and profile URL, case-insensitively', () => {
    const leads = [ann, bob, lead('x:8', { handle: 'newname', aliases: ['OldName'] })];
    expect(findPerson(leads, 'x:1')?.id).toBe('x:1');
    expect(findPerson(leads, '@AnnLee')?.id).toBe('x:1');
    expect(findPerson(leads, 'oldname')?.id).toBe('x:8');
    expect(findPerson(leads, 'https://x.com/annlee?s=20')?.id).toBe('x:1');
    expect(findPerson(leads, 'https://www.linkedin.com/in/Bob/')?.id).toBe('linkedin:bob');
    expect(findPerson(leads, 'nobody')).toBeNull();
    expect(findPerson(leads, '   ')).toBeNull();
  });
  it('refuses an ambiguous handle unless the URL names the platform', () => {
    expect(findPerson([ann, twin], 'annlee')).toBeNull();
    expect(findPerson([ann, twin], 'linkedin.com/in/annlee')?.id).toBe('linkedin:annlee');
    expect(findPerson([ann, twin], 'x.com/annlee')?.id).toBe('x:1');
  });
});

import { describe, expect, it } from 'vitest';
import type { Lead } from '@/model';
import { cadenceStates, filterLeads, findPerson, sortLeads, type CadenceStates } from '@/lists';
import { all, ann, bob, lead, touch } from '@/test/lists-test-helpers';

const none: CadenceStates = new Map();
const ids = (leads: readonly Lead[]) => leads.map((l) => l.id);

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

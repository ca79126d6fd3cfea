import { describe, expect, it } from 'vitest';
import type { HealthRecord } from '@/model';
import { funnel, mayHaveChangedFormat, medianOf, speedToLead } from '@/lists';
import { all, lead, touch } from '@/test/lists-test-helpers';

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

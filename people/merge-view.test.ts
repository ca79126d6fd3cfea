import { describe, expect, it } from 'vitest';
import type { Lead, Signal, Stage, Temperature } from '@/model';
import { mergeView } from './merge-view';
import { linkedInLead, xLead } from './test-helpers';

const signal = (at: string, source: Signal['source']): Signal => ({ kind: 'followed', at, source, account: null });
const x = (extra: Partial<Lead> = {}) => xLead('jane', 'Payments.', 'Jane', extra);
const li = (extra: Partial<Lead> = {}) => linkedInLead('jane-doe', 'Payments at Acme', 'Jane Doe', extra);

describe('mergeView: the person shown once', () => {
  it.each<{ name: string; stages: [Stage, Stage]; want: Stage; disqualified: boolean }>([
    { name: 'the furthest along wins', stages: ['lead', 'opportunity'], want: 'opportunity', disqualified: false },
    { name: 'either order', stages: ['contact', 'new'], want: 'contact', disqualified: false },
    {
      name: 'a client in nurture elsewhere is a client',
      stages: ['nurture', 'client'],
      want: 'client',
      disqualified: false,
    },
    { name: 'nurture is past lead', stages: ['lead', 'nurture'], want: 'nurture', disqualified: false },
    { name: 'nurture is before contact', stages: ['contact', 'nurture'], want: 'contact', disqualified: false },
    {
      name: 'disqualified on one: flagged, stage from the other',
      stages: ['disqualified', 'lead'],
      want: 'lead',
      disqualified: true,
    },
    {
      name: 'disqualified on both',
      stages: ['disqualified', 'disqualified'],
      want: 'disqualified',
      disqualified: true,
    },
  ])('stage: $name', ({ stages, want, disqualified }) => {
    const view = mergeView([x({ stage: stages[0] }), li({ stage: stages[1] })]);
    expect(view).toMatchObject({ stage: want, disqualified });
  });

  it.each<{ temps: [Temperature | null, Temperature | null]; want: Temperature | null }>([
    { temps: ['cold', 'hot'], want: 'hot' },
    { temps: ['warm', 'cold'], want: 'warm' },
    { temps: [null, 'cold'], want: 'cold' },
    { temps: [null, null], want: null },
  ])('temperature: $temps → $want', ({ temps, want }) => {
    expect(mergeView([x({ temperature: temps[0] }), li({ temperature: temps[1] })])?.temperature).toBe(want);
  });

  it.each([
    { dnc: [false, false], want: false },
    { dnc: [true, false], want: true },
    { dnc: [false, true], want: true },
  ])('do not contact: $dnc → $want', ({ dnc, want }) => {
    expect(mergeView([x({ doNotContact: dnc[0] }), li({ doNotContact: dnc[1] })])?.doNotContact).toBe(want);
  });

  it('shows both profiles, X first, and both leads’ signals oldest first', () => {
    const view = mergeView([
      li({ signals: [signal('2026-11-02T10:00:00.000Z', 'linkedin.profile_views')] }),
      x({
        signals: [signal('2026-11-03T08:00:00.000Z', 'x.followers'), signal('2026-11-01T08:00:00.000Z', 'x.profile')],
      }),
    ]);
    expect(view?.leadIds).toEqual(['linkedin:jane-doe', 'x:@jane']);
    expect(view?.profiles.map((p) => [p.platform, p.profileUrl])).toEqual([
      ['x', 'https://x.com/jane'],
      ['linkedin', 'https://www.linkedin.com/in/jane-doe/'],
    ]);
    expect(view?.signals.map((s) => [s.at.slice(0, 10), s.source, s.leadId])).toEqual([
      ['2026-11-01', 'x.profile', 'x:@jane'],
      ['2026-11-02', 'linkedin.profile_views', 'linkedin:jane-doe'],
      ['2026-11-03', 'x.followers', 'x:@jane'],
    ]);
  });

  it('first seen is the earliest, last signal the latest, the name the most recent lead’s', () => {
    const view = mergeView([
      x({ firstSeenAt: '2026-10-20T00:00:00.000Z', lastSignalAt: '2026-11-05T00:00:00.000Z' }),
      li({ firstSeenAt: '2026-10-01T00:00:00.000Z', lastSignalAt: '2026-11-09T00:00:00.000Z' }),
    ]);
    expect(view).toMatchObject({
      firstSeenAt: '2026-10-01T00:00:00.000Z',
      lastSignalAt: '2026-11-09T00:00:00.000Z',
      displayName: 'Jane Doe',
    });
  });

  it('times compare as times, not as strings (with and without milliseconds)', () => {
    const view = mergeView([
      x({ firstSeenAt: '2026-10-01T00:00:00.500Z', lastSignalAt: '2026-11-01T00:00:00Z' }),
      li({ firstSeenAt: '2026-10-01T00:00:00Z', lastSignalAt: '2026-11-01T00:00:00.500Z' }),
    ]);
    expect(view).toMatchObject({ firstSeenAt: '2026-10-01T00:00:00Z', lastSignalAt: '2026-11-01T00:00:00.500Z' });
  });

  it('a lead without a name lends it none; with no name anywhere, the first handle', () => {
    const later = '2026-12-01T00:00:00.000Z';
    expect(mergeView([x(), li({ displayName: ' ', lastSignalAt: later })])?.displayName).toBe('Jane');
    expect(mergeView([x({ displayName: '' }), li({ displayName: '' })])?.displayName).toBe('jane');
  });

  it('tags are the union, once each', () => {
    expect(mergeView([x({ tags: ['founder', 'fintech'] }), li({ tags: ['fintech', 'paris'] })])?.tags).toEqual([
      'founder',
      'fintech',
      'paris',
    ]);
  });

  it('no leads, no person', () => {
    expect(mergeView([])).toBeNull();
  });
});

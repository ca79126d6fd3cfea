import { describe, expect, test } from 'vitest';
import { coverageText, followerChanges } from './coverage';

describe('coverageText', () => {
  test.each([
    [
      { platform: 'x' as const, known: 312, followersCount: 4812, endReached: false },
      'Touchline knows 312 of your 4,812 X followers; new-follower detection is exact above them; scroll to the end of your followers list once, or import your X archive.',
    ],
    [
      { platform: 'x' as const, known: 312, endReached: false },
      'Touchline knows 312 of your X followers; new-follower detection is exact above them; scroll to the end of your followers list once, or import your X archive. Open your own X profile once so Touchline learns how many you have.',
    ],
    [
      { platform: 'linkedin' as const, known: 40, followersCount: 90, endReached: true },
      "Touchline knows 40 of your 90 LinkedIn followers; new-follower detection is exact above them; or import LinkedIn's Connections.csv.",
    ],
    [
      { platform: 'x' as const, known: 70, followersCount: 70, endReached: true },
      'Touchline knows all 70 of your X followers; new-follower detection is exact.',
    ],
  ])('%o', (coverage, text) => {
    expect(coverageText(coverage)).toBe(text);
  });
});

test('followerChanges: arrivals Touchline saw, and losses, over 7 and 30 days', () => {
  const now = new Date('2026-12-01T00:00:00.000Z');
  const entries = [
    { evidence: 'list_new', firstSeenAt: '2026-11-30T00:00:00.000Z' }, // 1 day ago
    { evidence: 'notification', firstSeenAt: '2026-11-20T00:00:00.000Z' }, // 11 days
    { evidence: 'baseline', firstSeenAt: '2026-11-30T00:00:00.000Z' }, // not an arrival
    { evidence: 'x_archive', firstSeenAt: '2026-11-30T00:00:00.000Z' }, // not an arrival
    { evidence: 'baseline', firstSeenAt: '2026-10-01T00:00:00.000Z', lostAt: '2026-11-28T00:00:00.000Z' },
    { evidence: 'list_new', firstSeenAt: '2026-09-01T00:00:00.000Z', lostAt: '2026-10-01T00:00:00.000Z' }, // too old
  ];
  expect(followerChanges(entries, now)).toEqual({ gained7: 1, lost7: 1, gained30: 2, lost30: 1 });
});

import { describe, expect, test } from 'vitest';
import { triageSchema } from '@/model';
import { lead, signal, touch } from '@/test/factories';
import { realX, realXLeads } from '@/test/triage-test-helpers';
import { triage } from '.';

const NOW = new Date('2026-12-02T12:00:00.000Z');
const icp = { include: ['founder'], exclude: ['giveaway'] };

describe('triage', () => {
  test('puts the three answers together in the stored shape', () => {
    const t = triage(lead({ followersCount: 2000, signals: [signal()] }), { icp, now: NOW });
    expect(t).toEqual({
      likelyFalse: false,
      reasons: [],
      fit: 80, // "Founder": 60, plus band 100 scaled to 20
      suggestedTemperature: 'cold',
      matched: ['founder'],
      excluded: [],
      temperatureReason: 'followed only',
    });
    expect(triageSchema.parse(t)).toEqual(t);
  });

  test('touches and the cross-platform link reach the temperature', () => {
    const l = lead({ signals: [signal()] });
    expect(triage(l, { icp, now: NOW, linked: true }).suggestedTemperature).toBe('warm');
    expect(triage(l, { icp, now: NOW, touches: [touch({ outcome: 'replied' })] })).toMatchObject({
      suggestedTemperature: 'hot',
      temperatureReason: 'replied',
    });
  });

  test('a bot and a founder from the 2026-08 fixture, with the include word "founder"', () => {
    const leads = realXLeads('Followers.2026-08-07.json');
    const now = new Date('2026-08-07T12:00:00.000Z');
    const words = { include: ['founder', 'investing', 'venture capital'], exclude: [] };
    // @jimihendrixlive "Jim Breyer": "…Austin TX, venture capital/investing/venture …", 24,099.
    const founder = triage(realX(leads, 'jimihendrixlive'), { icp: words, now });
    const bot = triage(realX(leads, 'calvin738'), { icp: words, now });
    expect(founder).toMatchObject({ likelyFalse: false, fit: 86, matched: ['investing', 'venture capital'] });
    expect(bot).toMatchObject({ likelyFalse: true, fit: 2 }); // no bio, 0 followers: band 10 → 2
    expect(triageSchema.safeParse(bot).success).toBe(true);
  });

  test('hostile leads still give a schema-valid triage', () => {
    const hostile = [
      lead({ displayName: '😀'.repeat(2000), headline: 'a'.repeat(100_000) }),
      lead({ displayName: 'javascript:alert(1)', avatarUrl: '', headline: '' }),
      { ...lead(), followersCount: Number.NaN, followingCount: -3 },
    ];
    for (const l of hostile) {
      const t = triage(l, { icp: { include: ['.*', '(', '\\'], exclude: ['[', ''] }, now: NOW });
      expect(triageSchema.safeParse(t).success).toBe(true);
    }
  });
});

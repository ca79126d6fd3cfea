import { describe, expect, test } from 'vitest';
import { lead } from '@/test/factories';
import { icpSchema, leadSchema, triageSchema } from '.';

describe('triageSchema', () => {
  test("the issue's four-field shape is enough", () => {
    const t = { likelyFalse: true, reasons: ['default avatar'], fit: 0, suggestedTemperature: null };
    expect(triageSchema.parse(t)).toEqual(t);
  });

  test.each([
    ['fit above 100', { fit: 101 }],
    ['fractional fit', { fit: 50.5 }],
    ['NaN fit', { fit: Number.NaN }],
    ['an unknown temperature', { suggestedTemperature: 'lukewarm' }],
  ])('%s is refused', (_, bad) => {
    const t = { likelyFalse: false, reasons: [], fit: 10, suggestedTemperature: 'warm', ...bad };
    expect(triageSchema.safeParse(t).success).toBe(false);
  });
});

describe('icpSchema', () => {
  test('bounded: a backup cannot carry a megabyte word or ten thousand words', () => {
    expect(icpSchema.safeParse({ include: ['founder', 'crypto signals'], exclude: [] }).success).toBe(true);
    expect(icpSchema.safeParse({ include: ['x'.repeat(101)], exclude: [] }).success).toBe(false);
    expect(icpSchema.safeParse({ include: [], exclude: Array(201).fill('a') }).success).toBe(false);
  });
});

describe('lead fields triage reads', () => {
  test('optional: a lead without them (an old backup) still parses', () => {
    const old = lead();
    expect(old).not.toHaveProperty('followingCount');
    expect(leadSchema.safeParse(old).success).toBe(true);
  });

  test('kept when valid, refused when not', () => {
    const ok = { followingCount: 3814, accountCreatedAt: '2011-01-10T02:06:34.000Z', protected: true };
    expect(leadSchema.parse({ ...lead(), ...ok })).toMatchObject(ok);
    for (const bad of [{ followingCount: -1 }, { followingCount: 1.5 }, { accountCreatedAt: 'Mon Jan 10 2011' }]) {
      expect(leadSchema.safeParse({ ...lead(), ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

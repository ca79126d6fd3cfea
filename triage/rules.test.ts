import { describe, expect, test } from 'vitest';
import type { Lead } from '@/model';
import { lead } from '@/test/factories';
import { FALSE_LEAD_RULES, type RuleId } from './rules';

const NOW = new Date('2026-12-02T12:00:00.000Z');
const DEFAULT_AVATAR = 'https://abs.twimg.com/sticky/default_profile_images/default_profile_normal.png';

function check(id: RuleId, overrides: Partial<Lead>, now = NOW): string | null {
  const rule = FALSE_LEAD_RULES.find((r) => r.id === id);
  if (rule === undefined) throw new Error(id);
  // Spread, not lead(): hostile values (NaN, -5) must reach the rule unvalidated.
  return rule.check({ ...lead(), ...overrides }, now);
}

// Each row: rule, lead fields, the reason expected (null: the rule must not fire).
const CASES: [RuleId, Partial<Lead>, string | null][] = [
  ['default-avatar', { avatarUrl: DEFAULT_AVATAR }, 'default avatar'],
  ['default-avatar', { avatarUrl: '' }, 'default avatar'],
  ['default-avatar', { avatarUrl: '   ' }, 'default avatar'],
  ['default-avatar', { avatarUrl: 'https://pbs.twimg.com/profile_images/1/a_normal.jpg' }, null],
  ['default-avatar', { platform: 'linkedin', id: 'linkedin:ann', avatarUrl: '' }, null],

  ['empty-bio', { headline: '' }, 'empty bio'],
  ['empty-bio', { headline: ' \n\t ' }, 'empty bio'],
  ['empty-bio', { headline: 'Founder' }, null],
  ['empty-bio', { platform: 'linkedin', id: 'linkedin:ann', headline: '' }, null],

  ['digit-handle', { handle: 'B58326087' }, 'handle ends in 8 digits'], // real, 2025-03
  ['digit-handle', { handle: 'dasfadfsad75089' }, 'handle ends in 5 digits'], // real, 2025-03
  ['digit-handle', { handle: 'fer_211716' }, 'handle ends in 6 digits'], // real, 2025-03
  ['digit-handle', { handle: 'wildeagle1972' }, null], // a year is not a bot's suffix
  ['digit-handle', { handle: '12345678' }, null], // no letters
  ['digit-handle', { handle: 'i1rcfx13149' }, null], // digits inside: not the pattern
  ['digit-handle', { handle: null }, null],
  ['digit-handle', { platform: 'linkedin', id: 'linkedin:jane-doe-123456', handle: 'jane-doe-123456' }, null],

  ['follows-far-more', { followingCount: 4200, followersCount: 3 }, 'follows 4,200, followed by 3'],
  ['follows-far-more', { followingCount: 53, followersCount: 0 }, 'follows 53, followed by 0'],
  ['follows-far-more', { followingCount: 50, followersCount: 5 }, 'follows 50, followed by 5'], // both edges
  ['follows-far-more', { followingCount: 49, followersCount: 0 }, null], // under the minimum
  ['follows-far-more', { followingCount: 6749, followersCount: 1067 }, null], // 6.3×: real, glitch010110
  ['follows-far-more', { followingCount: 1_000_000, followersCount: 100_001 }, null],
  ['follows-far-more', { followingCount: 4200 }, null], // followers unknown
  ['follows-far-more', { followingCount: Number.NaN, followersCount: 0 }, null],
  ['follows-far-more', { followingCount: 500, followersCount: -5 }, null],
  ['follows-far-more', { followingCount: Infinity, followersCount: 0 }, null],

  ['new-account', { accountCreatedAt: '2026-11-28T12:00:00.000Z' }, 'account 4 days old'],
  ['new-account', { accountCreatedAt: '2026-12-01T11:00:00.000Z' }, 'account 1 day old'],
  ['new-account', { accountCreatedAt: '2026-12-02T11:59:00.000Z' }, 'account 0 days old'],
  ['new-account', { accountCreatedAt: '2026-12-02T20:00:00.000Z' }, 'account 0 days old'], // skew
  ['new-account', { accountCreatedAt: '2026-11-02T12:00:01.000Z' }, 'account 29 days old'],
  ['new-account', { accountCreatedAt: '2026-11-02T12:00:00.000Z' }, null], // exactly 30 days
  ['new-account', { accountCreatedAt: '2011-01-10T02:06:34.000Z' }, null],
  ['new-account', { accountCreatedAt: '2026-12-04T12:00:00.000Z' }, null], // future: bad data
  ['new-account', { accountCreatedAt: 'not a date' }, null],
  ['new-account', {}, null],

  ['protected-no-followers', { protected: true, followersCount: 0 }, 'protected, no followers'],
  ['protected-no-followers', { protected: true, followersCount: 3 }, null], // real: HOUSEHEHH
  ['protected-no-followers', { protected: true }, null], // count unknown
  ['protected-no-followers', { protected: false, followersCount: 0 }, null],
  ['protected-no-followers', { protected: true, followersCount: Number.NaN }, null],

  ['name-only-emoji-or-link', { displayName: '🚀🚀🚀' }, 'name is only emoji or symbols'],
  ['name-only-emoji-or-link', { displayName: '👩🏾‍💻 ✨' }, 'name is only emoji or symbols'],
  ['name-only-emoji-or-link', { displayName: '\u200B\u202E' }, 'name is only emoji or symbols'],
  ['name-only-emoji-or-link', { displayName: '.-_-.' }, 'name is only emoji or symbols'],
  ['name-only-emoji-or-link', { displayName: 'javascript:alert(1)' }, 'name is a link'],
  ['name-only-emoji-or-link', { displayName: 'JavaScript:void(0)' }, 'name is a link'],
  ['name-only-emoji-or-link', { displayName: 'https://t.co/abc' }, 'name is a link'],
  ['name-only-emoji-or-link', { displayName: 'www.example.org' }, 'name is a link'],
  ['name-only-emoji-or-link', { displayName: 'kozmos.tips' }, 'name is a link'], // real, 2025-03
  ['name-only-emoji-or-link', { displayName: 'shankarpakira0@gmail.com' }, 'name is a link'], // real, 2026-08
  ['name-only-emoji-or-link', { displayName: 'Seraphina.Jankauskas' }, null], // real: a name with a dot
  ['name-only-emoji-or-link', { displayName: 'Victor 🦋' }, null], // real
  ['name-only-emoji-or-link', { displayName: 'バッジョ' }, null], // real: letters, just not Latin
  ['name-only-emoji-or-link', { displayName: 'R2-D2' }, null],
  ['name-only-emoji-or-link', { displayName: '' }, null], // unknown
  ['name-only-emoji-or-link', { displayName: 'Ann: founder' }, null], // a colon after a space

  ['linkedin-generic-card', { ...li(), displayName: '1 person with the job title Recruiter' }, GENERIC()],
  ['linkedin-generic-card', { ...li(), displayName: '12 people with the job title Founder' }, GENERIC()],
  ['linkedin-generic-card', { ...li(), displayName: 'People with the job title CTO' }, GENERIC()],
  ['linkedin-generic-card', { ...li(), displayName: 'Someone at Acme Corp' }, GENERIC()],
  ['linkedin-generic-card', { ...li(), displayName: 'Someone in private mode' }, GENERIC()],
  ['linkedin-generic-card', { ...li(), displayName: 'LinkedIn Member' }, GENERIC()],
  ['linkedin-generic-card', { ...li(), handle: null, displayName: 'Ann Lee' }, GENERIC()],
  ['linkedin-generic-card', { ...li(), displayName: 'Ann Lee' }, null],
  ['linkedin-generic-card', { ...li(), displayName: 'Someoneat Acme' }, null],
  ['linkedin-generic-card', { displayName: 'Someone at Acme Corp' }, null], // an X name: not a card
];
function li(): Partial<Lead> {
  return { platform: 'linkedin', id: 'linkedin:ann-lee', handle: 'ann-lee', avatarUrl: '', headline: '' };
}
function GENERIC(): string {
  return 'LinkedIn generic card, not a person';
}

describe('each false-lead rule', () => {
  test.each(CASES)('%s %j → %j', (id, overrides, reason) => {
    expect(check(id, overrides)).toBe(reason);
  });

  test('every rule has rows that fire and rows that do not', () => {
    for (const rule of FALSE_LEAD_RULES) {
      const rows = CASES.filter(([id]) => id === rule.id);
      expect(
        rows.some(([, , r]) => r !== null),
        rule.id,
      ).toBe(true);
      expect(
        rows.some(([, , r]) => r === null),
        rule.id,
      ).toBe(true);
    }
  });

  test('the default lead (a founder with a photo and a bio) fires none', () => {
    expect(FALSE_LEAD_RULES.map((r) => r.check(lead(), NOW))).toEqual(FALSE_LEAD_RULES.map(() => null));
  });

  test('ids are unique and each names the fields it reads', () => {
    expect(new Set(FALSE_LEAD_RULES.map((r) => r.id)).size).toBe(FALSE_LEAD_RULES.length);
    for (const rule of FALSE_LEAD_RULES) expect(rule.fields.length, rule.id).toBeGreaterThan(0);
  });
});

describe('hostile sizes stay fast', () => {
  test.each([
    ['a 100 KB name of emoji', { displayName: '😀'.repeat(50_000) }],
    ['a 100 KB name of dots', { displayName: 'a.'.repeat(50_000) + '!' }],
    ['a 100 KB e-mail-like name', { displayName: 'a@' + 'b'.repeat(100_000) + '!' }],
    ['a 100 KB handle', { handle: 'a'.repeat(100_000) + '!' }],
    ['a 100 KB LinkedIn name', { ...li(), displayName: 'Someone '.repeat(12_500) }],
  ])('%s', (_, overrides) => {
    const started = process.hrtime.bigint();
    for (const rule of FALSE_LEAD_RULES) rule.check({ ...lead(), ...overrides }, NOW);
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(200);
  });
});

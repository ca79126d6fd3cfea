import { describe, expect, it } from 'vitest';
import type { Lead } from '@/model';
import { pairKey, suggestLinks, type SuggestOptions } from './suggest';
import { linkedInLead as li, xLead as x } from './test-helpers';

/** Each suggestion as "strength x-id linkedin-id", the easiest to read in a table. */
const run = (leads: Lead[], options?: SuggestOptions) =>
  suggestLinks(leads, options).map((s) => `${s.strength} ${s.leadIds[0]} ${s.leadIds[1]}`);

const jane = li('jane-doe', 'Payments at Acme', 'Jane Doe');
const strongJane = ['strong x:@jane linkedin:jane-doe'];

describe('suggestLinks: one row per rule', () => {
  it.each([
    // Strong, from the X side: the bio or profile link names the LinkedIn profile.
    ['X bio names the LinkedIn URL', [x('jane', 'Building. https://www.linkedin.com/in/jane-doe'), jane], strongJane],
    [
      'trailing slash and query string',
      [x('jane', 'linkedin.com/in/jane-doe/?originalSubdomain=uk'), jane],
      strongJane,
    ],
    ['fragment, no scheme, a full stop after it', [x('jane', 'see linkedin.com/in/jane-doe#about.'), jane], strongJane],
    ['the URL in capitals', [x('jane', 'HTTPS://LinkedIn.com/in/Jane-Doe'), jane], strongJane],
    ['a country subdomain', [x('jane', 'uk.linkedin.com/in/jane-doe'), jane], strongJane],
    [
      'a percent-encoded Unicode slug',
      [x('jose', 'linkedin.com/in/jos%C3%A9-garc%C3%ADa/'), li('josé-garcía')],
      ['strong x:@jose linkedin:josé-garcía'],
    ],
    [
      'the same profile named five times is one link',
      [x('jane', 'in/jane-doe '.repeat(5).replace(/in\//g, 'linkedin.com/in/')), jane],
      strongJane,
    ],
    ['a look-alike host names nothing', [x('jane', 'notlinkedin.com/in/jane-doe'), jane], []],
    ['a company page is not a person', [x('jane', 'linkedin.com/company/jane-doe'), jane], []],
    // Strong, from the LinkedIn side: the headline names the X handle.
    ['headline names x.com/<handle>', [x('jane'), li('jane-doe', 'Writing at x.com/jane')], strongJane],
    ['headline names twitter.com/<Handle>', [x('jane'), li('jane-doe', 'https://twitter.com/Jane/')], strongJane],
    ['headline names x.com/@handle', [x('jane'), li('jane-doe', 'x.com/@jane')], strongJane],
    [
      '@handle, names sharing a word',
      [x('jane', '', 'Jane'), li('jane-doe', 'Say hi: @jane.', 'Jane Doe')],
      strongJane,
    ],
    ['an email address is no @handle', [x('acme', '', 'Jane'), li('jane-doe', 'jane@acme.com', 'Jane Doe')], []],
    ['@acme.com is no @handle', [x('acme', '', 'Jane'), li('jane-doe', 'Reach me @acme.com', 'Jane Doe')], []],
    ['x.com/i/… is an app page', [x('i'), li('jane-doe', 'x.com/i/status/1')], []],
    ['a handle over 15 characters names nobody', [x('abcdefghijklmno'), li('jane-doe', '@abcdefghijklmnop')], []],
    // Weak.
    [
      '@acme whose names share no word: maybe the employer',
      [x('acme', '', 'Acme Inc'), li('jane-doe', 'CFO @acme', 'Jane Doe')],
      ['weak x:@acme linkedin:jane-doe'],
    ],
    [
      'same name, two shared words',
      [x('jd', 'Payments infra at Acme', 'Jane Doe'), li('jane-doe', 'Acme | payments', 'Jane Doe')],
      ['weak x:@jd linkedin:jane-doe'],
    ],
    [
      'same name after NFKC, case and spaces',
      [x('jd', 'acme payments', 'Ｊａｎｅ  DOE'), li('jane-doe', 'Acme payments', ' jane doe ')],
      ['weak x:@jd linkedin:jane-doe'],
    ],
    ['same name, one shared word', [x('jd', 'Acme', 'Jane Doe'), li('jane-doe', 'Acme', 'Jane Doe')], []],
    [
      'same name, only stopwords and titles shared',
      [
        x('jd', 'Founder & CEO, building the future', 'Jane Doe'),
        li('jane-doe', 'CEO and founder. Building.', 'Jane Doe'),
      ],
      [],
    ],
    [
      'the name’s own words and numbers do not count',
      [x('jd', 'Jane Doe 2024 podcast', 'Jane Doe'), li('jane-doe', 'jane doe podcast 2024', 'Jane Doe')],
      [],
    ],
    ['a very short name is no evidence', [x('jo', 'acme payments', 'Jo'), li('jo', 'acme payments', 'Jo')], []],
    [
      'different names, same words',
      [x('jd', 'acme payments', 'Jane Doe'), li('jane-doe', 'acme payments', 'Jane Roe')],
      [],
    ],
    ['nothing in common', [x('jane', 'Coffee.'), li('someone-else', 'Tea.')], []],
  ])('%s', (_name, leads, want) => {
    expect(run(leads)).toEqual(want);
  });

  it('a pair found both ways is one strong suggestion carrying both reasons', () => {
    const found = suggestLinks([x('jane', 'linkedin.com/in/jane-doe'), li('jane-doe', 'x.com/jane')]);
    expect(found).toEqual([
      {
        leadIds: ['x:@jane', 'linkedin:jane-doe'],
        strength: 'strong',
        reason: "@jane's bio names linkedin.com/in/jane-doe; in/jane-doe's headline names x.com/jane",
      },
    ]);
  });

  it('says why: the profile link, the employer caveat, the shared words', () => {
    const reasons = suggestLinks([
      x('jane', '', '', { profileUrl: 'https://www.linkedin.com/in/jane-doe' }),
      jane,
      x('acme', '', 'Acme'),
      li('bob', 'VP Sales @acme', 'Bob Roe'),
      x('jd', 'payments acme', 'Jane Doe'),
    ]).map((s) => s.reason);
    expect(reasons).toEqual([
      "@jane's profile link names linkedin.com/in/jane-doe",
      "in/bob's headline names @acme (the names share no word: it may be an employer)",
      'Same name "jane doe"; bio and headline share "acme", "payments"',
    ]);
  });
});

describe('suggestLinks: hostile bios and what the rep already decided', () => {
  const profiles = (n: number) => Array.from({ length: n }, (_, i) => `linkedin.com/in/p${i}`).join(' ');
  const many = (n: number) => Array.from({ length: n }, (_, i) => li(`p${i}`));

  it.each([
    ['a bio naming 3 profiles: each known one counts', 3, 3],
    ['a bio naming 4 profiles: none counts', 4, 0],
  ])('%s', (_name, named, suggested) => {
    expect(run([x('list', profiles(named)), ...many(named)])).toHaveLength(suggested);
  });

  it('a headline naming 4 X handles contributes nothing', () => {
    const handles = ['a1', 'b2', 'c3', 'jane'];
    const leads = [...handles.map((h) => x(h)), li('jane-doe', handles.map((h) => `x.com/${h}`).join(' '))];
    expect(run(leads)).toEqual([]);
    expect(run([...leads.slice(1, 4), li('jane-doe', 'x.com/b2 x.com/c3 x.com/jane')])).toHaveLength(3);
  });

  it.each([
    ['3 X bios claiming one LinkedIn profile: all shown', 3, 3],
    ['4 X bios claiming one LinkedIn profile: none', 4, 0],
  ])('%s', (_name, claims, suggested) => {
    const claimants = Array.from({ length: claims }, (_, i) => x(`fan${i}`, 'linkedin.com/in/jane-doe'));
    expect(run([...claimants, jane])).toHaveLength(suggested);
  });

  it('a name shared by 4 leads on one side is too common to match', () => {
    const smiths = Array.from({ length: 4 }, (_, i) => x(`js${i}`, 'acme payments', 'John Smith'));
    expect(run([...smiths, li('john-smith', 'acme payments', 'John Smith')])).toEqual([]);
    expect(run([...smiths.slice(1), li('john-smith', 'acme payments', 'John Smith')])).toHaveLength(3);
  });

  it('a dismissed pair is not suggested again, in either order of its key', () => {
    const leads = [x('jane', 'linkedin.com/in/jane-doe linkedin.com/in/other'), jane, li('other')];
    expect(run(leads, { dismissed: new Set([pairKey('linkedin:jane-doe', 'x:@jane')]) })).toEqual([
      'strong x:@jane linkedin:other',
    ]);
    expect(pairKey('x:@jane', 'linkedin:jane-doe')).toBe(pairKey('linkedin:jane-doe', 'x:@jane'));
  });

  it('a lead already linked to a person is not suggested', () => {
    const leads = [x('jane', 'linkedin.com/in/jane-doe'), jane];
    expect(run(leads, { linkedOf: (id) => (id === 'linkedin:jane-doe' ? 'person-1' : null) })).toEqual([]);
    expect(run(leads, { linkedOf: () => null })).toEqual(strongJane);
  });
});

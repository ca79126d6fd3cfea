import { describe, expect, it } from 'vitest';
import { suggestLinks } from './suggest';
import { linkedInLead as li, xLead as x } from './test-helpers';

// 101,000 leads: the suggestions must come from indexes, not from comparing every pair (that would
// be 2.5 billion comparisons). The test asserts the result; vitest's timeout catches a slow one.
describe('suggestLinks over 100,000 leads', () => {
  it('finds every strong and weak pair, and none in a crowd of one name', () => {
    const leads = [];
    for (let i = 0; i < 50_000; i++) {
      const even = i % 2 === 0;
      // Even: the X bio links the LinkedIn profile. Odd: same name and two shared words.
      leads.push(x(`u${i}`, even ? `me: linkedin.com/in/p${i}/` : `Acme payments ${i}`, `Person ${i}`));
      leads.push(li(`p${i}`, 'Acme payments', even ? `Other ${i}` : `Person ${i}`));
    }
    for (let i = 0; i < 500; i++) {
      leads.push(x(`smith${i}`, 'Acme payments', 'John Smith'));
      leads.push(li(`john-smith-${i}`, 'Acme payments', 'John Smith'));
    }

    const found = suggestLinks(leads);

    expect(found.filter((s) => s.strength === 'strong')).toHaveLength(25_000);
    expect(found.filter((s) => s.strength === 'weak')).toHaveLength(25_000);
    expect(found.every((s) => s.leadIds[1] === `linkedin:p${s.leadIds[0].slice('x:@u'.length)}`)).toBe(true);
  });
});

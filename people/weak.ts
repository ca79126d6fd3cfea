import type { Lead } from '@/model';
import { meaningfulWords, nameKey, nameWords } from './words';

/** Bio and headline must share this many meaningful words (see `meaningfulWords`). */
export const MIN_SHARED_WORDS = 2;
/**
 * A name held by more leads than this on one platform is common ("John Smith") or mass-produced
 * (bots share names): matching it is no evidence, and comparing every pair would be quadratic.
 */
export const MAX_SAME_NAME = 3;

export interface WeakMatch {
  x: Lead;
  linkedin: Lead;
  reason: string;
}

/**
 * The weak evidence: display names equal after NFKC, case folding and collapsing whitespace
 * (names under `MIN_NAME_LENGTH` characters are ignored), and the X bio and the LinkedIn headline
 * share at least `MIN_SHARED_WORDS` meaningful words, the name's own words not counted. Leads are
 * grouped by name first, so only leads of one name are ever compared.
 */
export function weakByName(xs: readonly Lead[], linkedins: readonly Lead[]): WeakMatch[] {
  const groups = new Map<string, { xs: Lead[]; linkedins: Lead[] }>();
  const group = (key: string) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { xs: [], linkedins: [] }));
    return g;
  };
  for (const lead of xs) {
    const key = nameKey(lead.displayName);
    if (key !== null) group(key).xs.push(lead);
  }
  for (const lead of linkedins) {
    const key = nameKey(lead.displayName);
    if (key !== null) group(key).linkedins.push(lead);
  }
  const matches: WeakMatch[] = [];
  for (const [name, g] of groups) {
    if (g.xs.length === 0 || g.linkedins.length === 0) continue;
    if (g.xs.length > MAX_SAME_NAME || g.linkedins.length > MAX_SAME_NAME) continue;
    const exclude = nameWords(name);
    for (const x of g.xs) {
      const bio = meaningfulWords(x.headline, exclude);
      for (const linkedin of g.linkedins) {
        const shared = [...meaningfulWords(linkedin.headline, exclude)].filter((w) => bio.has(w)).sort();
        if (shared.length < MIN_SHARED_WORDS) continue;
        const words = shared.map((w) => `"${w}"`).join(', ');
        matches.push({ x, linkedin, reason: `Same name "${name}"; bio and headline share ${words}` });
      }
    }
  }
  return matches;
}

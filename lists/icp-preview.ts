import { ICP_MAX_WORD_LENGTH, ICP_MAX_WORDS, type Icp, type Lead } from '@/model';
import { scoreFit } from '@/triage';

/**
 * The ideal-customer words as the rep types them, "founder, CTO; fintech" or one per line, as the
 * list settings store: trimmed, blanks and repeats (any case) dropped, within the schema's caps.
 */
export function parseWords(text: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const raw of text.split(/[,;\n]/)) {
    const word = raw.trim().slice(0, ICP_MAX_WORD_LENGTH);
    const key = word.toLowerCase();
    if (!word || seen.has(key)) continue;
    seen.add(key);
    words.push(word);
    if (words.length === ICP_MAX_WORDS) break;
  }
  return words;
}

export interface IcpPreview {
  /** Leads an include word matches and no exclude word does. */
  matched: number;
  /** Leads an exclude word matches (their fit is 0). */
  excluded: number;
}

/** How many leads the words would match, before they are saved (the settings' live preview). */
export function icpPreview(leads: readonly Lead[], icp: Icp): IcpPreview {
  let matched = 0;
  let excluded = 0;
  if (icp.include.length === 0 && icp.exclude.length === 0) return { matched, excluded };
  for (const lead of leads) {
    const fit = scoreFit(lead, icp);
    if (fit.excluded.length) excluded++;
    else if (fit.matched.length) matched++;
  }
  return { matched, excluded };
}

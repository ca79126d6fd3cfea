/**
 * Search words of a lead: lower-cased word starts of name, handle and headline, stored as a
 * multi-entry index so a prefix query reads a handful of index entries instead of scanning
 * every lead (the popup's All list must answer within 100 ms at 50,000 leads).
 */
const MAX_WORDS = 24;

export function searchWords(...texts: (string | null | undefined)[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const word of text
      .toLowerCase()
      .normalize('NFKC')
      .split(/[^\p{L}\p{N}_]+/u)) {
      if (word.length > 0) words.add(word.slice(0, 32));
      if (words.size >= MAX_WORDS) return [...words];
    }
  }
  return [...words];
}

// The text rules behind a weak suggestion: when two display names are "the same", and which words
// of a bio or headline are evidence rather than filler.

/** Names shorter than this (in characters, spaces left out) say too little: "Jo", "AI", "王伟". */
export const MIN_NAME_LENGTH = 4;
/** Words shorter than this are mostly particles and initials ("of", "at", "ml"). */
const MIN_WORD_LENGTH = 3;

/**
 * Words that any bio may carry, so sharing them says nothing about identity: function words, the
 * web's furniture (what is left of a URL once it is split), profile boilerplate, and the job titles
 * most of the people who follow a founder share. The company, the field and the city are evidence.
 */
const STOPWORDS: ReadonlySet<string> = new Set(
  [
    'the and for with from into over about that this you your our are was not but all any its his her',
    'their they them who what how why when where here there has have had been just more most very can',
    'will also out get one two new now day days year years time life love like make makes made',
    'http https www com org net html linkedin twitter profile link links bio',
    'views opinions own mine personal account official tweets posts dm dms follow followers',
    'founder cofounder ceo cto coo cfo chief head lead building helping working work',
  ]
    .join(' ')
    .split(' '),
);

/** Unicode NFKC, lower-cased, whitespace collapsed: "Ｊａｎｅ  DOE" and "jane doe" are one name. */
export function normalizeText(text: string): string {
  // Printable ASCII is already NFKC, and most names and bios are: at 100,000 leads this matters.
  const nfkc = /^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFKC');
  return nfkc.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The key two display names must share for a weak suggestion, or null when the name is too short
 * (or empty) to be evidence at all.
 */
export function nameKey(displayName: string): string | null {
  const key = normalizeText(displayName);
  return atLeast(key.replace(/ /g, ''), MIN_NAME_LENGTH) ? key : null;
}

/** The words of a display name, three characters or more: "Jane van Doe" → jane, van, doe. */
export function nameWords(displayName: string): Set<string> {
  return new Set(splitWords(normalizeText(displayName)).filter((w) => atLeast(w, MIN_WORD_LENGTH)));
}

/**
 * The meaningful words of `text`: letters (with their marks) and digits split on everything else
 * (so a URL falls apart into its parts, which are stopwords), at least three characters, not all
 * digits (years and counts are common to everyone), not a stopword, and not one of `exclude` (the
 * words of the name, already matched: "Jane Doe's newsletter" is no further evidence that two Jane
 * Does are one).
 */
export function meaningfulWords(text: string, exclude: ReadonlySet<string> = new Set()): Set<string> {
  const words = new Set<string>();
  for (const word of splitWords(normalizeText(text))) {
    if (!atLeast(word, MIN_WORD_LENGTH) || /^\p{N}+$/u.test(word)) continue;
    if (!STOPWORDS.has(word) && !exclude.has(word)) words.add(word);
  }
  return words;
}

function splitWords(normalized: string): string[] {
  return /^[\x20-\x7e]*$/.test(normalized) ? normalized.split(/[^a-z0-9]+/) : normalized.split(/[^\p{L}\p{M}\p{N}]+/u);
}

/** Whether `s` has at least `n` characters (code points, not UTF-16 units: "𝕏" is one). */
function atLeast(s: string, n: number): boolean {
  // A code point is one or two units, so only lengths in between need counting.
  if (s.length < n) return false;
  return s.length >= 2 * n || [...s].length >= n;
}

import type { Icp, Lead } from '@/model';
import { ICP_MAX_WORD_LENGTH, ICP_MAX_WORDS } from '@/model';

/**
 * Follower-count bands, 0–100 each: real, reachable people (1,000–9,999) score highest; tiny
 * accounts rarely buy, huge ones rarely answer. No count known → neutral.
 */
export const FOLLOWER_BANDS: readonly { min: number; points: number }[] = [
  { min: 100_000, points: 50 },
  { min: 10_000, points: 80 },
  { min: 1_000, points: 100 },
  { min: 100, points: 60 },
  { min: 10, points: 30 },
  { min: 0, points: 10 },
];
export const UNKNOWN_BAND_POINTS = 50;
/** The first include word that matches is worth this much… */
export const FIRST_MATCH_POINTS = 60;
/** …each further one this much more, up to this many further words. */
export const MORE_MATCH_POINTS = 10;
export const MORE_MATCHES_COUNTED = 2;
/** With include words set, the band adds at most this (its points scaled down). */
export const BAND_SHARE_WITH_WORDS = 20;
/** Text read per field: capture keeps 5,000 characters, so this bounds only unvalidated input. */
export const MAX_SCANNED = 6_000;

export interface Fit {
  /** 0–100, an integer. */
  score: number;
  /** Include words that matched, as the user wrote them. */
  matched: string[];
  /** Exclude words that matched: any one sets the score to 0. */
  excluded: string[];
}

interface Word {
  word: string;
  /** The folded first token: a plain substring test skips the regex for most words and leads. */
  probe: string;
  source: string;
  /** Built on first need: a `u` regex with \p{…} classes costs ~1 ms to build (200 words: 0.2 s). */
  pattern?: RegExp | null;
}

function matches(w: Word, text: string): boolean {
  if (!text.includes(w.probe)) return false;
  if (w.pattern === undefined) {
    try {
      w.pattern = new RegExp(w.source, 'u');
    } catch {
      w.pattern = null; // every syntax character is escaped, so this is only a guard
    }
  }
  return w.pattern?.test(text) ?? false;
}

// Lower-cased compatibility form: "𝚂𝚘𝚏𝚝𝚠𝚊𝚛𝚎" (maths letters, a real 2025 bio) reads as "software".
const fold = (s: string): string => s.normalize('NFKC').toLowerCase();
// Escape what is syntax in a `u` regex; escaping anything else (e.g. "-") is an error in `u` mode.
const escape = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** One word or phrase → a whole-word pattern; its words may be split by any whitespace. */
function compileWords(words: readonly string[]): Word[] {
  const seen = new Set<string>();
  const out: Word[] = [];
  for (const raw of words.slice(0, ICP_MAX_WORDS)) {
    if (typeof raw !== 'string') continue;
    const word = raw.trim();
    const folded = fold(word);
    if (word === '' || word.length > ICP_MAX_WORD_LENGTH || seen.has(folded)) continue;
    seen.add(folded);
    const tokens = folded.split(/\s+/);
    const body = tokens.map(escape).join('\\s+');
    // A word boundary that knows Unicode: no letter, digit or mark on either side.
    out.push({
      word,
      probe: tokens[0] ?? folded,
      source: `(?<![\\p{L}\\p{N}\\p{M}_])${body}(?![\\p{L}\\p{N}\\p{M}_])`,
    });
  }
  return out;
}

// Recomputing 100,000 leads reuses one ICP object: prepare its words once per object.
const compiled = new WeakMap<Icp, { include: Word[]; exclude: Word[] }>();
function patternsOf(icp: Icp): { include: Word[]; exclude: Word[] } {
  let p = compiled.get(icp);
  if (p === undefined) {
    p = { include: compileWords(icp.include), exclude: compileWords(icp.exclude) };
    compiled.set(icp, p);
  }
  return p;
}

/** The band points of a follower count (unknown, negative or NaN → {@link UNKNOWN_BAND_POINTS}). */
export function bandPoints(followers: number | undefined): number {
  if (typeof followers !== 'number' || !Number.isFinite(followers) || followers < 0) return UNKNOWN_BAND_POINTS;
  return FOLLOWER_BANDS.find((b) => followers >= b.min)?.points ?? UNKNOWN_BAND_POINTS;
}

/**
 * How well a lead fits the user's ideal customer, 0–100. Include and exclude words match whole
 * words, case- and compatibility-insensitively, in the bio/headline and the location. Any
 * exclude word → 0. With include words: none matched → the band alone, scaled to 0–20; one →
 * 60, two → 70, three or more → 80, plus the band scaled to 0–20. No include words → as none
 * matched: the band scaled, so a word that matches always raises fit. Input words are the user's: regex characters are literal, empty
 * ones ignored; compiled patterns are cached per `icp` object.
 */
export function scoreFit(lead: Lead, icp: Icp): Fit {
  const { include, exclude } = patternsOf(icp);
  const text = [lead.headline, lead.location ?? ''].map((s) => fold(s.slice(0, MAX_SCANNED))).join('\n');
  const hits = (words: Word[]) => words.filter((w) => matches(w, text)).map((w) => w.word);
  const excluded = hits(exclude);
  const matched = hits(include);
  const band = bandPoints(lead.followersCount);
  if (excluded.length > 0) return { score: 0, matched, excluded };
  const words =
    matched.length === 0
      ? 0
      : FIRST_MATCH_POINTS + MORE_MATCH_POINTS * Math.min(matched.length - 1, MORE_MATCHES_COUNTED);
  const score = Math.min(100, words + Math.round((band * BAND_SHARE_WITH_WORDS) / 100));
  return { score, matched, excluded };
}

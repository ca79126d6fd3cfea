import type { SignalKind } from '../types';
import { cleanText, LINKEDIN_MAX_TEXT } from './person';

/** What a notification sentence says: the signal and the actor's name as written. */
export interface NotificationText {
  kind: Extract<SignalKind, 'followed' | 'viewed_profile'>;
  actorName?: string;
}

// English only (platform-linkedin.md §4: the card carries the sentence, not a type we could
// key on). Other locales fall through to `not_a_follow_or_view`, which capture health shows.
const PATTERNS: [RegExp, NotificationText['kind']][] = [
  [/\s+(?:viewed|looked at) your profile\b/i, 'viewed_profile'],
  [/\s+(?:started following|is now following|followed) you\b/i, 'followed'],
];

/**
 * Classifies a notification sentence ("Dana Reyes started following you", "Sam Ortiz viewed
 * your profile"). The actor's name is the text before the verb, without "and 2 others".
 * Null for any other notification (likes, comments, job alerts) or another language.
 */
export function classifyNotification(sentence: unknown): NotificationText | null {
  if (typeof sentence !== 'string') return null;
  // Classify before capping: a 10,000-char name must not cut "started following you" off.
  const s = sentence
    .slice(0, 4 * LINKEDIN_MAX_TEXT)
    .replace(/\s+/g, ' ')
    .trim();
  for (const [pattern, kind] of PATTERNS) {
    const match = pattern.exec(s);
    if (match === null) continue;
    const before = s.slice(0, match.index).replace(/,?\s+and\s+\d+\s+others?$/i, '');
    // "Your profile was viewed by …" / "5 people viewed your profile": no single actor name.
    const actorName = /^\d+\s+(?:people|others)$/i.test(before) ? undefined : cleanText(before);
    return actorName === undefined ? { kind } : { kind, actorName };
  }
  return null;
}

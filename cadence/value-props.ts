import { compareAsc, parseISO } from 'date-fns';
import type { Touch } from '@/model';

/** The seed articles' questions, as short starters the touch form offers for a value proposition. */
export const VALUE_PROP_STARTERS = [
  'Saves them money',
  'Saves them time',
  'Improves their business',
  'Keeps people safe',
  'Makes people happy',
  'Makes the world a better place',
] as const;

type ValuePropTouch = Pick<Touch, 'at' | 'valueProp'>;

/** Compare key: reps retype the same idea with different case and stray spaces. */
function keyOf(valueProp: string): string {
  return valueProp.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The value propositions already used with a lead, each once, in order of first use (by touch
 * time, not insertion order), trimmed, spelled as first used. Empty ones are left out.
 */
export function usedValueProps(touches: readonly ValuePropTouch[]): string[] {
  const seen = new Map<string, string>();
  const byTime = [...touches].sort((a, b) => compareAsc(parseISO(a.at), parseISO(b.at)));
  for (const { valueProp } of byTime) {
    const key = keyOf(valueProp);
    if (key !== '' && !seen.has(key)) seen.set(key, valueProp.trim());
  }
  return [...seen.values()];
}

/**
 * The earlier spelling of a value proposition that `candidate` repeats (same words, any case or
 * spacing), or null when it is new, so the form can say what it repeats.
 */
export function findUsedValueProp(touches: readonly Pick<Touch, 'valueProp'>[], candidate: string): string | null {
  const key = keyOf(candidate);
  if (key === '') return null;
  const match = touches.find((t) => keyOf(t.valueProp) === key);
  return match ? match.valueProp.trim() : null;
}

/** Whether `candidate` repeats a value proposition already used (same words, any case or spacing). */
export function isRepeatValueProp(touches: readonly Pick<Touch, 'valueProp'>[], candidate: string): boolean {
  return findUsedValueProp(touches, candidate) !== null;
}

import { format, isValid, parseISO, set, subDays, subHours } from 'date-fns';
import type { TouchDraft } from '@/components/popup/touch-form';

/** A touch time as the rep reads it, in their own zone: "Tue 17 Nov, 14:05". */
export const touchTime = (iso: string) => format(parseISO(iso), 'EEE d MMM, HH:mm');

/** A fresh form: now, with "earlier today" an hour ago and the specific time at now. */
export function freshTimes(now: Date): Pick<TouchDraft, 'when' | 'time' | 'at'> {
  return { when: 'now', time: format(subHours(now, 1), 'HH:mm'), at: format(now, "yyyy-MM-dd'T'HH:mm") };
}

/**
 * When the touch happened, in the rep's own zone (the form's fields are local), or null when
 * the fields do not make a time yet.
 */
export function draftTime(draft: Pick<TouchDraft, 'when' | 'time' | 'at'>, now: Date): Date | null {
  if (draft.when === 'now') return now;
  if (draft.when === 'at') {
    const at = parseISO(draft.at);
    return isValid(at) ? at : null;
  }
  const match = /^(\d{2}):(\d{2})$/.exec(draft.time);
  if (!match) return null;
  const day = set(now, { hours: Number(match[1]), minutes: Number(match[2]), seconds: 0, milliseconds: 0 });
  return draft.when === 'yesterday' ? subDays(day, 1) : day;
}

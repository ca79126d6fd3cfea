import { format, formatDistanceStrict } from 'date-fns';

/** "1 hour", "48 hours": reasons are read by a sales rep, so the grammar should hold. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A day the rep recognises, e.g. "6 Dec 2026" (in the browser's time zone: it is display only). */
export function calendarDay(date: Date): string {
  return format(date, 'd MMM yyyy');
}

/**
 * A gap in whole hours (whole minutes under an hour), rounded down so "47 hours" never reads as
 * meeting a 48-hour rule. date-fns alone would switch to days past 24 hours ("1 day" for 47 h),
 * which hides how far from the rule the rep is.
 */
export function gapWording(from: Date, to: Date): string {
  const ms = Math.abs(to.getTime() - from.getTime());
  const unit = ms >= 60 * 60 * 1000 ? 'hour' : 'minute';
  return formatDistanceStrict(from, to, { unit, roundingMethod: 'floor' });
}

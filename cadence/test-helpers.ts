// Hand-built timeline helpers for the cadence tests (not shipped: only the *.test.ts files use it).
import { addHours } from 'date-fns';
import type { CadencePolicy, Channel, Outcome } from '@/model';
import type { CadenceTouch } from './timeline';

/** Sunday 1 Nov 2026, 09:00 UTC: the first touch of most scenarios. */
export const t0 = new Date('2026-11-01T09:00:00Z');

/** The PRODUCT.md defaults: 5 touches within 35 days, 48 hours apart. */
export const policy: CadencePolicy = { maxTouches: 5, maxDays: 35, minGapHours: 48 };

/** `t0` plus a number of days (fractions allowed), as a Date. */
export function day(days: number): Date {
  return addHours(t0, days * 24);
}

/** A touch on day `days` after `t0`. */
export function touchOn(
  days: number,
  outcome: Outcome = 'no_reply',
  channel: Channel = 'email',
  valueProp = '',
): CadenceTouch {
  return { at: day(days).toISOString(), outcome, channel, valueProp };
}

/** Touches on each of the given days. */
export function touchesOn(...days: number[]): CadenceTouch[] {
  return days.map((d) => touchOn(d));
}

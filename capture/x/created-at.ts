const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// X's own format (platform-x.md §2 created_at): "Wed Oct 10 20:19:24 +0000 2018". Read by hand,
// not by `new Date(string)`: engines disagree on non-ISO strings, and Firefox runs this too.
const X_DATE = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/;

/**
 * An X `created_at` ("Wed Oct 10 20:19:24 +0000 2018", in `legacy` ≤ 2025-05 and in `core`
 * after) as an ISO UTC time, or undefined for anything else (a wrong type, another format, an
 * impossible date such as Feb 30). Never throws.
 */
export function xCreatedAt(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = X_DATE.exec(value.trim());
  if (m === null) return undefined;
  const [, mon, day, hh, mm, ss, sign, oh, om, year] = m.map(String);
  const month = MONTHS.indexOf(mon ?? '');
  const d = Number(day);
  const ms = Date.UTC(Number(year), month, d, Number(hh), Number(mm), Number(ss));
  const check = new Date(ms);
  // Date.UTC rolls Feb 30 over into March and 25:00 into the next day: refuse instead.
  const badClock = Number(mm) > 59 || Number(ss) > 59 || Number(oh) > 14 || Number(om) > 59;
  if (month < 0 || badClock || check.getUTCDate() !== d || check.getUTCHours() !== Number(hh)) return undefined;
  const offsetMinutes = (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  return new Date(ms - offsetMinutes * 60_000).toISOString();
}

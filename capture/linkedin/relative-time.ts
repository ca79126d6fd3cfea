const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// LinkedIn's short forms ("3h", "2d", "1w", "5mo", "1yr") and spelled-out ones ("3 hours ago").
// "m" alone is minutes on LinkedIn; months are "mo". Month and year are approximate (30 d, 365 d).
const UNITS: [RegExp, number][] = [
  [/^(?:s|secs?|seconds?)$/, 1000],
  [/^(?:m|mins?|minutes?)$/, MINUTE],
  [/^(?:h|hrs?|hours?)$/, HOUR],
  [/^(?:d|days?)$/, DAY],
  [/^(?:w|wks?|weeks?)$/, 7 * DAY],
  [/^(?:mos?|months?)$/, 30 * DAY],
  [/^(?:y|yrs?|years?)$/, 365 * DAY],
];

/**
 * The ISO time a relative caption like "Viewed 3h ago", "2d" or "1 week ago" points to,
 * counted back from `now`; "just now"/"today" → now. Undefined when no English time is found:
 * the wording is locale-dependent (platform-linkedin.md §2b caption, §2c, §4 time text), so
 * other languages simply yield no time rather than a wrong one.
 */
export function timeAgo(caption: unknown, now: Date): string | undefined {
  if (typeof caption !== 'string' || Number.isNaN(now.getTime())) return undefined;
  const s = caption.slice(0, 200).toLowerCase();
  if (/\b(?:just now|today|now)\b/.test(s)) return now.toISOString();
  const match = /(\d{1,4})\s*([a-z]{1,7})\b/.exec(s);
  if (!match?.[1] || !match[2]) return undefined;
  const unit = UNITS.find(([pattern]) => pattern.test(match[2] ?? ''));
  if (unit === undefined) return undefined;
  const at = new Date(now.getTime() - Number(match[1]) * unit[1]);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}

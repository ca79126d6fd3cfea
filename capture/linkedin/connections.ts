import { parse } from 'csv-parse/browser/esm/sync';
import { countSkip, type SkipCounts } from '../types';
import { slugFromUrl } from './person';

export interface LinkedInConnection {
  /** The public identifier, lower-cased: the lead id's part (`linkedin:<slug>`). */
  slug: string;
  name: string;
  /** `Connected On` as an ISO time, when it could be read. */
  connectedAt?: string;
}

const HEADER = /^\uFEFF?"?First Name"?,/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `15 Mar 2024` (the exports described), or an ISO date, as midnight UTC; else undefined. */
function connectedOn(value: string | undefined): string | undefined {
  const text = (value ?? '').trim();
  const dmy = /^(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})$/.exec(text);
  if (dmy) {
    const month = MONTHS.indexOf((dmy[2] ?? '').toLowerCase());
    if (month >= 0) return new Date(Date.UTC(Number(dmy[3]), month, Number(dmy[1]))).toISOString();
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return `${text}T00:00:00.000Z`;
  return undefined;
}

/**
 * LinkedIn's `Connections.csv` (platform-linkedin.md "LinkedIn's own export"): a few `Notes:` lines
 * before the header `First Name,Last Name,URL,Email Address,Company,Position,Connected On`. Returns
 * null when no such header is found; rows without a profile URL (older exports) are counted.
 */
export function parseConnectionsCsv(text: string): { connections: LinkedInConnection[]; skipped: SkipCounts } | null {
  const lines = text.split(/\r?\n/);
  const headerAt = lines.findIndex((l) => HEADER.test(l));
  if (headerAt < 0) return null;
  const rows = parse(lines.slice(headerAt).join('\n'), {
    columns: (header: string[]) => header.map((h) => h.replace(/^\uFEFF/, '').trim()),
    skip_empty_lines: true,
    relax_column_count: true,
  }) as Record<string, string | undefined>[];
  const skipped: SkipCounts = {};
  const seen = new Map<string, LinkedInConnection>();
  for (const row of rows) {
    const slug = row['URL'] ? slugFromUrl(row['URL']) : null;
    if (!slug) {
      countSkip(skipped, 'no_profile_url');
      continue;
    }
    const name = [row['First Name'], row['Last Name']]
      .map((s) => (s ?? '').trim())
      .filter(Boolean)
      .join(' ');
    const at = connectedOn(row['Connected On']);
    seen.set(slug.toLowerCase(), {
      slug: slug.toLowerCase(),
      name: name.slice(0, 500),
      ...(at ? { connectedAt: at } : {}),
    });
  }
  return { connections: [...seen.values()], skipped };
}

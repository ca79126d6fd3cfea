// The browser build of the sync API: `csv-stringify/sync` resolves to lib/, which calls the global
// `Buffer.from` at module load and throws in an extension service worker (checked by bundling both
// with rolldown for the browser and evaluating them in a bare context, November 2026).
import { stringify } from 'csv-stringify/browser/esm/sync';
import { COLUMNS } from './csv-columns';
import type { CsvLeadRow, CsvPreset } from '@/model';

export type { CsvLeadRow, CsvPreset };

const BOM = '\uFEFF';
const CRLF = '\r\n';

// Explicit `record_delimiter` turns `quote_record_delimiter` off by default, which would leave a
// lone LF or CR inside a field unquoted; RFC 4180 needs those fields quoted, so it is set again.
const STRINGIFY_OPTIONS = { record_delimiter: CRLF, quote_record_delimiter: true, eof: true } as const;

/**
 * Characters that make a spreadsheet read a cell as a formula when they come first (OWASP CSV
 * injection): `=` `+` `-` `@`, tab, CR, and their full-width and small forms.
 */
export const FORMULA_TRIGGERS = [
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\uFF1D',
  '\uFF0B',
  '\uFF0D',
  '\uFF20', // full-width ＝ ＋ － ＠
  '\uFE66',
  '\uFE62',
  '\uFE63',
  '\uFE6B', // small ﹦ ﹢ ﹣ ﹫
] as const;

/**
 * What a spreadsheet may skip before the first character it reads (issue #13): spaces of every
 * width, LF, NBSP, the zero-width characters, the BOM, and the direction marks. Documented with
 * each code point in docs/csv.md.
 */
export const INVISIBLE_LEAD = [
  ' ',
  '\n',
  '\u000B',
  '\u000C',
  '\u0085',
  '\u00A0',
  '\u00AD',
  '\u1680',
  '\u180E',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200A',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u200E',
  '\u200F',
  '\u2028',
  '\u2029',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u202F',
  '\u205F',
  '\u2060',
  '\u2061',
  '\u2062',
  '\u2063',
  '\u2064',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u3000',
  '\uFEFF',
] as const;

const TRIGGERS: ReadonlySet<string> = new Set(FORMULA_TRIGGERS);
const INVISIBLE: ReadonlySet<string> = new Set(INVISIBLE_LEAD);

/**
 * Formula-injection guard: a value whose first visible character is a trigger gets a leading `'`
 * (before anything invisible in front of it), so spreadsheets show it as text.
 */
export function guardCell(value: string): string {
  for (const c of value) {
    if (INVISIBLE.has(c)) continue;
    return TRIGGERS.has(c) ? `'${value}` : value;
  }
  return value;
}

function records(batch: readonly CsvLeadRow[], preset: CsvPreset): string[][] {
  const columns = COLUMNS[preset];
  return batch.map((row) => columns.map((column) => guardCell(column.cell(row))));
}

/**
 * The CSV text in chunks of at most `chunkSize` records, so a caller can yield to the event loop
 * between chunks. The first chunk starts with the UTF-8 BOM and the header row (not when `header`
 * is false: a later page of a paged export); every record ends with CRLF, fields are quoted per
 * RFC 4180 and every cell passes `guardCell`.
 */
export function* csvChunks(
  rows: Iterable<CsvLeadRow>,
  preset: CsvPreset,
  chunkSize = 2000,
  header = true,
): Generator<string> {
  if (!Number.isInteger(chunkSize) || chunkSize < 1) {
    throw new RangeError(`chunkSize must be a positive integer, got ${chunkSize}`);
  }
  let head = header ? BOM + stringify([COLUMNS[preset].map((column) => column.header)], STRINGIFY_OPTIONS) : '';
  let batch: CsvLeadRow[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === chunkSize) {
      yield head + stringify(records(batch, preset), STRINGIFY_OPTIONS);
      head = '';
      batch = [];
    }
  }
  if (batch.length > 0 || head !== '') yield head + stringify(records(batch, preset), STRINGIFY_OPTIONS);
}

/** The whole CSV export as one string: `csvChunks` joined. */
export function leadsToCsv(rows: Iterable<CsvLeadRow>, preset: CsvPreset): string {
  let out = '';
  for (const chunk of csvChunks(rows, preset)) out += chunk;
  return out;
}

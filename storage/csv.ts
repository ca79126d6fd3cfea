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

/** First characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_STARTS = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/**
 * Formula-injection guard: a value whose first character is `=`, `+`, `-`, `@`, tab, CR or one of
 * the full-width `＝ ＋ － ＠` gets a leading `'`, so spreadsheets show it as text.
 */
export function guardCell(value: string): string {
  const first = value[0];
  return first !== undefined && FORMULA_STARTS.has(first) ? `'${value}` : value;
}

function records(batch: readonly CsvLeadRow[], preset: CsvPreset): string[][] {
  const columns = COLUMNS[preset];
  return batch.map((row) => columns.map((column) => guardCell(column.cell(row))));
}

/**
 * The CSV text in chunks of at most `chunkSize` records, so a caller can yield to the event loop
 * between chunks. The first chunk starts with the UTF-8 BOM and the header row; every record ends
 * with CRLF, fields are quoted per RFC 4180 and every cell passes `guardCell`.
 */
export function* csvChunks(rows: Iterable<CsvLeadRow>, preset: CsvPreset, chunkSize = 2000): Generator<string> {
  if (!Number.isInteger(chunkSize) || chunkSize < 1) {
    throw new RangeError(`chunkSize must be a positive integer, got ${chunkSize}`);
  }
  let head = BOM + stringify([COLUMNS[preset].map((column) => column.header)], STRINGIFY_OPTIONS);
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

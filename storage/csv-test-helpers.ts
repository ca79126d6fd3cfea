// What the CSV tests share (not shipped: only *.test.ts files import it).
import { parse } from 'csv-parse/sync';
import { expect } from 'vitest';
import type { CsvLeadRow } from './csv';
import type { Lead } from '@/model';

// Leads in the CSV tests are the factory's default lead (test/factories.ts): the expected cells are its fields.
export function row(lead: Lead, extra: Partial<Omit<CsvLeadRow, 'lead'>> = {}): CsvLeadRow {
  return { lead, touchesUsed: 0, lastTouchAt: null, cadenceState: 'not_started', ...extra };
}

/** Parses the way the brief's importer would: BOM stripped, every record the header's width. */
export function parseCsv(csv: string): string[][] {
  return parse(csv, { bom: true, relax_column_count: false });
}

/** The default-preset cells of the single lead in `csv`, by header name. */
export function onlyRecord(csv: string): Record<string, string | undefined> {
  const [header, record, ...rest] = parseCsv(csv);
  expect(rest).toEqual([]);
  return Object.fromEntries((header ?? []).map((name, i) => [name, record?.[i]]));
}

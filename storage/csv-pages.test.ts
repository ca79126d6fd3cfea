import { beforeEach, describe, expect, it } from 'vitest';
import * as make from '@/test/factories';
import { TouchlineDb } from './db';
import { parseCsv } from './csv-test-helpers';
import { csvExport, exportCsv } from './export-csv';
import { stored } from './stored';

// The CSV is read a page of leads at a time (issue #17: the worker never holds 100,000 leads). A
// page boundary must not show in the file: one header, the export's order, and a person whose
// leads fall on different pages still one row with both profiles' touches.
const NOW = new Date('2026-11-10T10:00:00Z');
const day = (d: number) => `2026-11-0${d}T10:00:00.000Z`;
const solo = (n: number, d: number) =>
  make.lead({ id: `x:${n}`, platformUserId: `${n}`, handle: `h${n}`, firstSeenAt: day(d), lastSignalAt: day(d) });
const leads = [
  solo(1, 1),
  make.lead({
    id: 'linkedin:jane-doe',
    platform: 'linkedin',
    platformUserId: null,
    handle: 'jane-doe',
    profileUrl: 'https://www.linkedin.com/in/jane-doe',
    personId: 'x:3',
    firstSeenAt: day(2),
    lastSignalAt: day(2),
  }),
  solo(2, 3),
  { ...solo(3, 4), personId: 'x:3', changedAt: day(6) },
  solo(4, 5),
];
const touches = [
  make.touch({ id: 't1', leadId: 'x:3', channel: 'x_dm', at: day(7) }),
  make.touch({ id: 't2', leadId: 'linkedin:jane-doe', channel: 'linkedin_message', at: day(8) }),
];

let database: TouchlineDb;
beforeEach(async () => {
  database = new TouchlineDb(`csv-pages-${Math.random()}`);
  await database.open();
  await database.leads.bulkPut(leads.map(stored));
  await database.touches.bulkPut(touches);
});

async function paged(pageSize: number, opts: Parameters<typeof csvExport>[1] = {}): Promise<string> {
  let out = '';
  for await (const part of csvExport(database, opts, NOW, pageSize).parts) out += part;
  return out;
}

/** The cells of `column` in each record, checking no header row repeats among them. */
function cells(csv: string, column: string): string[] {
  const [header, ...rows] = parseCsv(csv);
  expect(rows.some((r) => r[0] === header?.[0])).toBe(false);
  return rows.map((r) => r[header?.indexOf(column) ?? -1] ?? '');
}

describe('the paged CSV export', () => {
  it('is the same file at any page size, the person once where its first lead falls', async () => {
    const whole = (await exportCsv(database, {}, NOW)).content;
    expect(cells(whole, 'id')).toEqual(['x:1', 'x:3', 'x:2', 'x:4']);
    expect(cells(whole, 'touches_used')).toEqual(['0', '2', '0', '0']);
    expect(cells(whole, 'other_profile_urls')[1]).toBe('https://www.linkedin.com/in/jane-doe');
    expect(await paged(1)).toBe(whole);
    expect(await paged(2)).toBe(whole);
  });

  it('changed-since leaves out an unchanged lead of a person, across pages too', async () => {
    const since = { changedSince: day(5) };
    const whole = (await exportCsv(database, since, NOW)).content;
    // Only x:3 changed after the 5th: its row alone, its own touch alone (the LinkedIn lead is not in scope).
    expect(cells(whole, 'id')).toEqual(['x:3']);
    expect(cells(whole, 'touches_used')).toEqual(['1']);
    expect(await paged(1, since)).toBe(whole);
  });

  it('the dashboard filter keeps its order and its scope', async () => {
    const scoped = { leadIds: ['x:4', 'linkedin:jane-doe', 'x:1'] };
    expect(cells(await paged(1, scoped), 'id')).toEqual(['x:4', 'linkedin:jane-doe', 'x:1']);
    expect(await paged(2, scoped)).toBe((await exportCsv(database, scoped, NOW)).content);
  });

  it('leads met in one capture (one time) are each read once, in id order, across pages', async () => {
    await database.leads.clear();
    const batch = ['x:15', 'x:11', 'x:14', 'x:12', 'x:13'].map((id) => ({ ...solo(Number(id.slice(2)), 2), id }));
    await database.leads.bulkPut([solo(1, 1), ...batch, solo(9, 3)].map(stored));
    const want = ['x:1', 'x:11', 'x:12', 'x:13', 'x:14', 'x:15', 'x:9'];
    for (const size of [1, 2, 3, 500]) expect(cells(await paged(size), 'id')).toEqual(want);
  });

  it('an empty store is the header alone', async () => {
    await database.leads.clear();
    expect(parseCsv(await paged(2))).toHaveLength(1);
  });
});

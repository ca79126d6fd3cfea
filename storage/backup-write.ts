import type { EntityTable } from 'dexie';
import type { StoredRosterEntry, TouchlineDb } from './db';
import type { RosterEntry } from '@/model';
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup-schema';
import { getSettings } from './settings';
import { unstored } from './stored';

/** Rows read and serialized at a time: small enough that a page of long bios stays a few MB. */
const PAGE = 2_000;

const unstoredEntry = ({ id: _id, keys: _keys, ...entry }: StoredRosterEntry): RosterEntry => entry;

/**
 * Writes the whole database as one compact backup document (docs/backup.md), in pieces: `sink`
 * gets the JSON text a page of rows at a time, so 250,000 leads never exist as one string or one
 * array in memory (issue #13: a 100,000-lead backup built whole peaked at 642 MB and exceeded the
 * 64 MiB message limit). One read transaction, so the pieces are one consistent snapshot. `sink`
 * is called synchronously inside it (an await on anything but the database would end it);
 * throwing from `sink` stops the export. Returns the number of characters written.
 */
export async function writeBackup(database: TouchlineDb, now: Date, sink: (text: string) => void): Promise<number> {
  const tables = [database.leads, database.touches, database.settings, database.accounts, database.roster];
  let chars = 0;
  const write = (text: string) => {
    chars += text.length;
    sink(text);
  };
  await database.transaction('r', tables, async () => {
    const head = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString() };
    write(JSON.stringify(head).slice(0, -1));
    // Every lead says which person it is part of, null for its own (issue #15's contract).
    await writeArray(database.leads, 'leads', (l) => ({ ...unstored(l), personId: l.personId ?? null }), write);
    await writeArray(database.touches, 'touches', (t) => t, write);
    write(`,"settings":${JSON.stringify(await getSettings(database))}`);
    await writeArray(database.accounts, 'accounts', (a) => a, write);
    await writeArray(database.roster, 'roster', unstoredEntry, write);
    write('}');
  });
  return chars;
}

/** `,"<name>":[…]` from a table read in primary-key pages. */
async function writeArray<Row extends { id: string }>(
  table: EntityTable<Row, 'id'>,
  name: string,
  toJson: (row: Row) => unknown,
  write: (text: string) => void,
): Promise<void> {
  write(`,"${name}":[`);
  let last: string | undefined;
  let first = true;
  for (;;) {
    const rows = await (last === undefined ? table.toCollection() : table.where(':id').above(last))
      .limit(PAGE)
      .toArray();
    if (rows.length === 0) break;
    const text = rows.map((row) => JSON.stringify(toJson(row))).join(',');
    write(first ? text : `,${text}`);
    first = false;
    last = rows[rows.length - 1]?.id;
  }
  write(']');
}

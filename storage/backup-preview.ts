import type { TouchlineDb } from './db';
import { parseBackup } from './backup-schema';
import { stored } from './stored';

export type Preview = { ok: true; leads: number; touches: number; alreadyHere: number } | { ok: false; error: string };

/** What a restore would do ("412 leads, 37 touches; 12 already here will be merged"), writing nothing. */
export async function previewBackup(database: TouchlineDb, input: unknown): Promise<Preview> {
  const ids = new Set((await database.leads.toCollection().primaryKeys()).map(String));
  const parsed = parseBackup(input, (id) => ids.has(id));
  if (!parsed.ok) return parsed;
  const keys = parsed.backup.leads.flatMap((l) => stored(l).keys);
  const matches = await database.leads.where('keys').anyOf(keys).primaryKeys();
  return {
    ok: true,
    leads: parsed.backup.leads.length,
    touches: parsed.backup.touches.length,
    alreadyHere: new Set(matches).size,
  };
}

import type { TouchlineDb } from './db';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '@/model';

const KEY = 'settings';

// Built once, on the first read: `.partial()` makes a new schema each call, about ten times the
// cost of the parse, and every capture batch reads the settings (issue #17's triage figure).
let storedShape: ReturnType<typeof settingsSchema.partial> | undefined;

/** The user's settings; defaults fill what was never set (or what an old version lacked). */
export async function getSettings(database: TouchlineDb): Promise<Settings> {
  const row = await database.settings.get(KEY);
  const parsed = (storedShape ??= settingsSchema.partial()).safeParse(row?.value ?? {});
  return { ...DEFAULT_SETTINGS, ...(parsed.success ? parsed.data : {}) };
}

export async function putSettings(database: TouchlineDb, settings: Settings): Promise<void> {
  await database.settings.put({ key: KEY, value: settingsSchema.parse(settings) });
}

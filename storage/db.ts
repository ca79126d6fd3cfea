import { Dexie, type EntityTable } from 'dexie';
import type { Lead, Touch } from './model';

/**
 * A stored lead is the backup's lead plus two derived index arrays (see identity.ts, words.ts):
 * `keys` finds a person by any id they have had, `words` serves prefix search, and `dueAt` (set
 * only while a cadence touch is due or upcoming) serves the Due list without computing every
 * lead's cadence. `waitingSince` (re-surfaced, else first seen) orders the New list.
 */
export type StoredLead = Lead & { keys: string[]; words: string[]; waitingSince: string; dueAt?: string };

/** Capture health per surface (`x.followers`, `linkedin.profile_views`, …). */
export interface HealthRecord {
  surface: string;
  responsesSeen: number;
  peopleExtracted: number;
  emptyResponses: number;
  failures: number;
  skipped: Record<string, number>;
  lastSeenAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
}

/** One own account's followers-list state: its first visit is the baseline. */
export interface AccountRecord {
  id: string;
  baselineVisit: string;
  baselineAt: string;
}

export interface KeyValue {
  key: string;
  value: unknown;
}

export class TouchlineDb extends Dexie {
  leads!: EntityTable<StoredLead, 'id'>;
  touches!: EntityTable<Touch, 'id'>;
  settings!: EntityTable<KeyValue, 'key'>;
  health!: EntityTable<HealthRecord, 'surface'>;
  accounts!: EntityTable<AccountRecord, 'id'>;

  constructor(name = 'touchline') {
    super(name);
    // Version history, oldest first. Never edit a released version that has an upgrader.
    this.version(1).stores({
      leads: 'id, stage, platform, firstSeenAt, lastSignalAt, handle, *keys, *words, dueAt, [stage+waitingSince]',
      touches: 'id, leadId, at',
      settings: 'key',
      health: 'surface',
      accounts: 'id',
    });
  }
}

let instance: TouchlineDb | undefined;

/** The one database of the extension (background and extension pages share it). */
export function db(): TouchlineDb {
  instance ??= new TouchlineDb();
  return instance;
}

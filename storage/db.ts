import { Dexie, type EntityTable } from 'dexie';
import type { HealthRecord, Lead, OwnAccount, RosterEntry, Touch } from '@/model';

export type { HealthRecord };
import { VERSIONS } from './migrations';
import type { VisitState } from '@/roster/classify';
import type { Payload } from '@/messaging/table';

/**
 * A stored lead is the backup's lead plus two derived index arrays (see identity.ts, words.ts):
 * `keys` finds a person by any id they have had, `words` serves prefix search, and `dueAt` (set
 * only while a cadence touch is due or upcoming) serves the Due list without computing every
 * lead's cadence. `waitingSince` (re-surfaced, else first seen) orders the New list; `queue`
 * (stored.ts) tells likely false leads in New apart.
 */
export type StoredLead = Lead & {
  keys: string[];
  words: string[];
  waitingSince: string;
  queue: string;
  dueAt?: string;
};

/** A roster entry as stored: keyed `<account>|<person>`, found by any identity of the person. */
export type StoredRosterEntry = RosterEntry & { id: string; keys: string[] };

/** One visit of one own account's followers list (`<visitId>|<account>`): what order-aware capture knows. */
export interface VisitRecord {
  id: string;
  account: string;
  at: string;
  state: VisitState;
  /** Rostered people this visit has shown, for lost followers after a scan that reached the end. */
  seen: string[];
}

/**
 * A capture held for review (issue #13), as the content script sent it. `group` is one burst: the
 * tab and when the hold began; the dashboard shows each group once ("1,240 people arrived…").
 */
export interface HeldCapture {
  id?: number;
  group: string;
  at: string;
  /** The page it came from, as the browser reported the sender (origin and path only). */
  page: string;
  message: Payload<'capture.people'>;
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
  accounts!: EntityTable<OwnAccount, 'id'>;
  roster!: EntityTable<StoredRosterEntry, 'id'>;
  visits!: EntityTable<VisitRecord, 'id'>;
  held!: EntityTable<HeldCapture, 'id'>;

  constructor(name = 'touchline') {
    super(name);
    // Version history, oldest first. Never edit a released version that has an upgrader.
    // Each version's stores and upgrader live in migrations/, one file each.
    for (const { version, stores, upgrade } of VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

let instance: TouchlineDb | undefined;

/** The one database of the extension (background and extension pages share it). */
export function db(): TouchlineDb {
  instance ??= new TouchlineDb();
  return instance;
}

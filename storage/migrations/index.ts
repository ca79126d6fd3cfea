import type { Transaction } from 'dexie';
import { V1_STORES } from './v1';
import { upgradeToV2, V2_STORES } from './v2-roster';
import { V3_STORES } from './v3-held';
import { upgradeToV4, V4_STORES } from './v4-triage';
import { V5_STORES } from './v5-people';

/**
 * Every Dexie version of the database, oldest first: its store changes and its upgrader. Never
 * edit a released version that has an upgrader; add the next one (STYLE.md "Dexie as its docs
 * advise"). db.ts declares them in order; the migration tests open each earlier one.
 */
export const VERSIONS: readonly {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}[] = [
  { version: 1, stores: V1_STORES },
  { version: 2, stores: V2_STORES, upgrade: upgradeToV2 },
  { version: 3, stores: V3_STORES },
  { version: 4, stores: V4_STORES, upgrade: upgradeToV4 },
  { version: 5, stores: V5_STORES },
];

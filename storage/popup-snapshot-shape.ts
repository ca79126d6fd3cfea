// Imports nothing at run time: the popup's first script reads this before anything else loads.
import type { StoredLead } from './db';

/** Where the background keeps the snapshot, in `storage.session` (memory only, extension pages only). */
export const POPUP_SNAPSHOT_KEY = 'popupSnapshot';

/** Rows enough to fill the 600 px popup (52 px each) under its header and tabs. */
export const SNAPSHOT_ROWS = 10;

/** Only what a New row shows: names, handle, platform, waiting time, triage's verdict. */
export type SnapshotLead = Pick<
  StoredLead,
  'id' | 'platform' | 'handle' | 'displayName' | 'firstSeenAt' | 'resurfacedAt' | 'triage'
>;

/**
 * What the popup shows first (New's first rows and the counts over them), read by the background
 * whenever the store settles, so the popup can paint it before its 500 KB of scripts have loaded.
 * The popup's own queries then take over (entrypoints/popup/snapshot.ts).
 */
export interface PopupSnapshot {
  total: number;
  count: number;
  likelyFalse: number;
  hide: boolean;
  showFit: boolean;
  rows: SnapshotLead[];
}

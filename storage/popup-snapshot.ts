import type { TouchlineDb } from './db';
import { popupNewCounts, popupNewLeads } from './popup-queries';
import { SNAPSHOT_ROWS, type PopupSnapshot } from './popup-snapshot-shape';
import { getSettings } from './settings';

/** The popup's first paint as the store stands (storage/popup-snapshot-shape.ts). */
export async function popupSnapshot(database: TouchlineDb): Promise<PopupSnapshot> {
  const settings = await getSettings(database);
  const hide = settings.hideLikelyFalse ?? false;
  const [fresh, counts, total] = await Promise.all([
    popupNewLeads(database, SNAPSHOT_ROWS, { hideLikelyFalse: hide }),
    popupNewCounts(database, { hideLikelyFalse: hide }),
    database.leads.count(),
  ]);
  const rows = fresh.rows.map(({ id, platform, handle, displayName, firstSeenAt, resurfacedAt, triage }) => ({
    id,
    platform,
    handle,
    displayName,
    firstSeenAt,
    resurfacedAt,
    triage,
  }));
  return { total, ...counts, hide, showFit: (settings.icp?.include.length ?? 0) > 0, rows };
}

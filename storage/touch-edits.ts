import type { TouchlineDb } from './db';
import type { Outcome } from '@/model';
import { syncCadence } from './cadence-sync';
import { Refused } from './refused';

/** Deletes a touch logged by mistake; the cadence is recomputed without it. */
export async function deleteTouch(database: TouchlineDb, touchId: string, now: Date): Promise<void> {
  await database.transaction('rw', [database.leads, database.touches, database.settings], async () => {
    const touch = await database.touches.get(touchId);
    if (!touch) throw new Refused('That touch is already gone.');
    await database.touches.delete(touchId);
    await syncCadence(database, [touch.leadId], now);
  });
}

/** Records a reply (or bounce) that came in after the touch was logged. */
export async function setTouchOutcome(database: TouchlineDb, touchId: string, outcome: Outcome, now: Date) {
  await database.transaction('rw', [database.leads, database.touches, database.settings], async () => {
    const touch = await database.touches.get(touchId);
    if (!touch) throw new Refused('That touch no longer exists.');
    await database.touches.update(touchId, { outcome });
    await syncCadence(database, [touch.leadId], now);
  });
}

/** An explicit, recorded restart: touches before it stop counting (PRODUCT.md "Cadence"). */
export async function restartCadence(database: TouchlineDb, leadId: string, reason: string, now: Date) {
  await database.transaction('rw', [database.leads, database.touches, database.settings], async () => {
    const lead = await database.leads.get(leadId);
    if (!lead) throw new Refused(`No lead "${leadId}".`);
    if (lead.doNotContact || lead.stage === 'disqualified')
      throw new Refused('A disqualified or do-not-contact lead cannot be contacted again.');
    const restarts = [...(lead.cadenceRestarts ?? []), { at: now.toISOString(), reason }];
    await database.leads.update(leadId, {
      cadenceRestarts: restarts,
      stage: 'lead',
      temperature: lead.temperature === 'cold' ? null : lead.temperature,
    });
    await syncCadence(database, [leadId], now);
  });
}

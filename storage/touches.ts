import { cadenceStatus, checkTouch, restartedAt, type CadenceStatus } from '@/cadence';
import type { TouchlineDb } from './db';
import type { Payload } from '@/messaging/table';
import type { Touch } from '@/model';
import { syncCadence } from './cadence-sync';
import { getSettings } from './settings';

/** A refusal the user can act on; its message is shown as is. */
export class Refused extends Error {}

/**
 * Logs one outreach touch if the cadence policy allows it; the refusal reasons come from the
 * pure rules, so the popup can explain before sending and the background still enforces.
 */
export async function logTouch(
  database: TouchlineDb,
  req: Payload<'touch.log'>,
  now: Date,
  newId: () => string,
): Promise<{ touch: Touch; cadence: CadenceStatus }> {
  return database.transaction('rw', [database.leads, database.touches, database.settings], async () => {
    const lead = await database.leads.get(req.leadId);
    if (!lead) throw new Refused(`No lead "${req.leadId}": it may have been deleted.`);
    if (lead.doNotContact) throw new Refused(`${lead.displayName || lead.id} is marked do-not-contact.`);
    if (lead.stage === 'disqualified') throw new Refused(`${lead.displayName || lead.id} is disqualified.`);
    const { cadence: policy } = await getSettings(database);
    const touches = await database.touches.where('leadId').equals(lead.id).toArray();
    const at = req.at ? new Date(req.at) : now;
    const since = restartedAt(lead);
    const check = checkTouch(policy, touches, { at }, now, { confirmEarly: req.confirmEarly, restartedAt: since });
    if (!check.ok) throw new Refused(check.reason);
    const touch: Touch = {
      id: newId(),
      leadId: lead.id,
      channel: req.channel,
      at: at.toISOString(),
      note: req.note ?? '',
      valueProp: req.valueProp?.trim() ?? '',
      outcome: req.outcome ?? 'no_reply',
      lastAttempt: check.lastAttempt,
    };
    await database.touches.add(touch);
    await syncCadence(database, [lead.id], now);
    return { touch, cadence: cadenceStatus(policy, [...touches, touch], now, since) };
  });
}

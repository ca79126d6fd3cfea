import type { CadenceStatus } from '@/cadence';
import { checkPersonTouch, personCadenceStatus } from '@/people';
import type { TouchlineDb } from './db';
import type { Payload } from '@/messaging/table';
import type { Touch } from '@/model';
import { syncCadence } from './cadence-sync';
import { getSettings } from './settings';
import { touchesByLead } from './lead-touches';
import { personLeads } from './person-leads';
import { Refused } from './refused';

/**
 * Logs one outreach touch if the cadence policy allows it (the person's, for a linked lead); the
 * refusal reasons come from the pure rules, so the popup can explain before sending and the
 * background still enforces.
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
    // A linked lead's policy is its person's (issue #15): one cap, window and gap over all leads.
    const person = await personLeads(database, lead);
    if (person.some((l) => l.doNotContact))
      throw new Refused(`${lead.displayName || lead.id} is marked do-not-contact.`);
    if (person.some((l) => l.stage === 'disqualified'))
      throw new Refused(`${lead.displayName || lead.id} is disqualified.`);
    const { cadence: policy } = await getSettings(database);
    const byLead = await touchesByLead(
      database,
      person.map((l) => l.id),
    );
    const at = req.at ? new Date(req.at) : now;
    const check = checkPersonTouch(policy, byLead, person, { at }, now, { confirmEarly: req.confirmEarly });
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
    byLead.set(lead.id, [...(byLead.get(lead.id) ?? []), touch]);
    return { touch, cadence: personCadenceStatus(policy, byLead, person, now) };
  });
}

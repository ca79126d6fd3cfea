import type { CapturedPerson } from '@/capture/types';
import type { TouchlineDb } from './db';
import type { Payload } from '@/messaging/table';
import type { Lead, Touch } from '@/model';
import { upsertCaptured } from './upsert';
import { leadIdFor, personKeys } from './identity';
import { unstored } from './stored';
import { syncCadence } from './cadence-sync';
import { Refused } from './touches';

/** Saves the person in the current tab as a lead (signal `saved`); saving again changes nothing. */
export async function saveLead(database: TouchlineDb, person: CapturedPerson, now: Date): Promise<Lead> {
  const id = leadIdFor(person);
  if (!id) throw new Refused('This page does not show whose profile it is.');
  await upsertCaptured(database, [person], { kind: 'saved', source: 'manual', account: null }, { now });
  const lead = await database.leads.where('keys').anyOf(personKeys(person)).first();
  if (!lead) throw new Refused('The lead could not be saved.');
  return unstored(lead);
}

/** Changes stage, temperature, do-not-contact, notes or tags of one or many leads. */
export async function updateLeads(database: TouchlineDb, req: Payload<'lead.update'>, now: Date): Promise<number> {
  const { addTag, disqualifiedReason, ...patch } = req.patch;
  return database.transaction('rw', [database.leads, database.touches, database.settings], async () => {
    let leads = (await database.leads.bulkGet(req.leadIds)).filter((l) => l !== undefined);
    // Stage, temperature and do-not-contact are a linked person's (issue #15): all its leads change.
    const personIds = [...new Set(leads.map((l) => l.personId).filter((p) => typeof p === 'string'))];
    if (personIds.length && (patch.stage || patch.temperature !== undefined || patch.doNotContact !== undefined)) {
      const members = await database.leads.where('personId').anyOf(personIds).toArray();
      leads = [...new Map([...leads, ...members].map((l) => [l.id, l])).values()];
    }
    for (const lead of leads) {
      Object.assign(lead, patch);
      lead.changedAt = now.toISOString();
      if (addTag && !lead.tags.includes(addTag)) lead.tags = [...lead.tags, addTag];
      if (disqualifiedReason) lead.disqualifiedReason = disqualifiedReason;
      else if (disqualifiedReason === null) delete lead.disqualifiedReason;
    }
    await database.leads.bulkPut(leads);
    // Leaving the open stages by hand takes a lead out of the Due list.
    if (patch.stage || patch.doNotContact !== undefined)
      await syncCadence(
        database,
        leads.map((l) => l.id),
        now,
      );
    return leads.length;
  });
}

/**
 * Deletes leads and their touches ("forget this person"). Returns what was deleted in the
 * shape `backup.import` takes, so the dashboard can undo by merging it back.
 */
export async function deleteLeads(
  database: TouchlineDb,
  ids: readonly string[],
): Promise<{ leads: Lead[]; touches: Touch[] }> {
  return database.transaction('rw', [database.leads, database.touches], async () => {
    const leads = (await database.leads.bulkGet([...ids])).filter((l) => l !== undefined).map(unstored);
    const touches = await database.touches
      .where('leadId')
      .anyOf([...ids])
      .toArray();
    await database.touches.bulkDelete(touches.map((t) => t.id));
    await database.leads.bulkDelete([...ids]);
    return { leads, touches };
  });
}

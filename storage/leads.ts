import type { CapturedPerson } from '@/capture/types';
import type { TouchlineDb } from './db';
import type { Payload } from '@/messaging/table';
import type { Lead, Touch } from '@/model';
import { upsertCaptured } from './upsert';
import { leadIdFor, personKeys } from './identity';
import { unstored } from './stored';
import { syncCadence } from './cadence-sync';
import { Refused } from './refused';
import { withPersons } from './person-leads';

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
    const asked = (await database.leads.bulkGet(req.leadIds)).filter((l) => l !== undefined);
    // Stage, temperature and do-not-contact are a linked person's (issue #15): all its leads take
    // them; notes, tags and the reason stay on the leads asked for.
    const { stage, temperature, doNotContact } = patch;
    const personal = stage !== undefined || temperature !== undefined || doNotContact !== undefined;
    const leads = personal ? await withPersons(database, asked) : asked;
    const own = new Set(req.leadIds);
    for (const lead of leads) {
      if (!own.has(lead.id)) {
        if (stage) lead.stage = stage;
        if (temperature !== undefined) lead.temperature = temperature;
        if (doNotContact !== undefined) lead.doNotContact = doNotContact;
        lead.changedAt = now.toISOString();
        continue;
      }
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

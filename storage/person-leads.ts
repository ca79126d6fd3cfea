import type { Lead } from '@/model';
import type { StoredLead, TouchlineDb } from './db';

/** A person's leads in the order they show: X first, then by id; the first is the person's id. */
export function byPersonOrder<T extends Pick<Lead, 'platform' | 'id'>>(leads: readonly T[]): T[] {
  return [...leads].sort((a, b) =>
    a.platform !== b.platform ? (a.platform === 'x' ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}

/**
 * `leads` and every other lead of the persons they belong to (issue #15), each once: what a
 * change to a linked lead's cadence, stage or link must read. No query for unlinked leads.
 */
export async function withPersons(database: TouchlineDb, leads: readonly StoredLead[]): Promise<StoredLead[]> {
  const personIds = [...new Set(leads.map((l) => l.personId).filter((p) => typeof p === 'string'))];
  if (personIds.length === 0) return [...leads];
  const members = await database.leads.where('personId').anyOf(personIds).toArray();
  return [...new Map([...leads, ...members].map((l) => [l.id, l])).values()];
}

/** The leads `lead` is one person with, itself included, in person order; [lead] when unlinked. */
export async function personLeads(database: TouchlineDb, lead: StoredLead): Promise<StoredLead[]> {
  if (!lead.personId) return [lead];
  const all = await database.leads.where('personId').equals(lead.personId).toArray();
  return all.some((l) => l.id === lead.id) ? byPersonOrder(all) : [lead];
}

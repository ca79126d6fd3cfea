import type { Lead } from '@/model';
import type { StoredLead, TouchlineDb } from './db';

/** A person's leads in the order they show: X first, then by id; the first is the person's id. */
export function byPersonOrder<T extends Pick<Lead, 'platform' | 'id'>>(leads: readonly T[]): T[] {
  return [...leads].sort((a, b) =>
    a.platform !== b.platform ? (a.platform === 'x' ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}

/** The leads `lead` is one person with, itself included, in person order; [lead] when unlinked. */
export async function personLeads(database: TouchlineDb, lead: StoredLead): Promise<StoredLead[]> {
  if (!lead.personId) return [lead];
  const all = await database.leads.where('personId').equals(lead.personId).toArray();
  return all.some((l) => l.id === lead.id) ? byPersonOrder(all) : [lead];
}

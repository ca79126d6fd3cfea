import type { Transaction } from 'dexie';
import type { Lead, Touch } from '@/model';
import { settingsSchema } from '@/model';
import { icpOf, queueOf, withTriage } from '../triage';

/**
 * Version 4 (issue #14): every lead carries its triage, and New is indexed by `queue` (stored.ts),
 * which sets likely false leads apart, in place of the stage: `[queue+waitingSince]` serves New
 * with or without them, and the badge.
 */
export const V4_STORES = {
  leads: 'id, stage, platform, firstSeenAt, lastSignalAt, handle, *keys, *words, dueAt, [queue+waitingSince]',
};

export async function upgradeToV4(tx: Transaction): Promise<void> {
  const row = (await tx.table('settings').get('settings')) as { value?: unknown } | undefined;
  const parsed = settingsSchema.partial().safeParse(row?.value ?? {});
  const icp = icpOf(parsed.success ? parsed.data : {});
  const touches = Map.groupBy((await tx.table('touches').toArray()) as Touch[], (t) => t.leadId);
  await tx
    .table('leads')
    .toCollection()
    .modify((lead: Lead & { queue?: string }) => {
      withTriage(lead, icp, touches.get(lead.id));
      lead.queue = queueOf(lead);
    });
}

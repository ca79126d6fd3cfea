import { useCallback } from 'react';
import { call } from '@/entrypoints/shared/api';
import type { Notice } from '@/entrypoints/shared/use-toast';
import { db } from '@/storage/db';
import { falseLeadReason } from '@/triage';
import { nameOf } from './labels';

/**
 * One key marks a lead a false lead (issue #14): disqualified with the reason recorded, and an
 * Undo that puts back the stage and reason it had. Never a delete: the lead stays, out of New.
 */
export function useFalseLead(show: (notice: Notice) => void) {
  return useCallback(
    async (id: string) => {
      const lead = await db().leads.get(id);
      if (!lead || lead.stage === 'disqualified') return;
      const before = { stage: lead.stage, disqualifiedReason: lead.disqualifiedReason ?? null };
      const fail = (e: unknown) => show({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
      try {
        const reason = falseLeadReason(lead.triage?.reasons);
        await call('lead.update', { leadIds: [id], patch: { stage: 'disqualified', disqualifiedReason: reason } });
        show({
          kind: 'info',
          message: `${nameOf(lead)} marked a false lead.`,
          onUndo: () =>
            void call('lead.update', { leadIds: [id], patch: before }).then(
              () => show({ kind: 'info', message: `${nameOf(lead)} is back in ${lead.stage}.` }),
              fail,
            ),
        });
      } catch (e) {
        fail(e);
      }
    },
    [show],
  );
}

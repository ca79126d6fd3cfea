import type { LeadPatch } from '@/components/dashboard/lead-drawer';
import { plural } from '@/components/dashboard/format';
import { call } from '@/entrypoints/shared/api';
import type { Lead, Touch } from '@/model';
import type { Notice } from './use-toast';

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Writes go through the background API; the live queries then show the result. */
export function makeLeadActions(notify: (n: Notice) => void) {
  const fail = (e: unknown) => notify({ kind: 'error', message: errorText(e) });

  async function update(leadIds: readonly string[], patch: LeadPatch): Promise<void> {
    if (leadIds.length === 0) return;
    try {
      await call('lead.update', { leadIds: [...leadIds], patch });
    } catch (e) {
      fail(e);
    }
  }

  /** Puts deleted leads back: `lead.delete` returned them in the shape a merge import takes. */
  async function restore(deleted: { leads: Lead[]; touches: Touch[] }): Promise<void> {
    try {
      const settings = await call('settings.get');
      const backup = {
        format: 'touchline-backup',
        version: 1,
        exportedAt: new Date().toISOString(),
        ...deleted,
        settings,
      };
      await call('backup.import', { backup, mode: 'merge' });
      notify({ kind: 'info', message: `Restored ${plural(deleted.leads.length, 'lead')}.` });
    } catch (e) {
      fail(e);
    }
  }

  async function remove(leadIds: readonly string[]): Promise<boolean> {
    if (leadIds.length === 0) return false;
    try {
      const deleted = await call('lead.delete', { leadIds: [...leadIds] });
      notify({
        kind: 'info',
        message: `Deleted ${plural(deleted.leads.length, 'lead')} and ${plural(deleted.touches.length, 'touch', 'touches')}.`,
        onUndo: () => void restore(deleted),
      });
      return true;
    } catch (e) {
      fail(e);
      return false;
    }
  }

  const info = (message: string) => notify({ kind: 'info', message });
  return { update, remove, fail, info };
}

export type LeadActions = ReturnType<typeof makeLeadActions>;

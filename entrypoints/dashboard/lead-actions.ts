import type { LeadPatch } from '@/components/dashboard/lead-drawer';
import { plural } from '@/components/dashboard/format';
import { call } from '@/entrypoints/shared/api';
import type { Lead, Touch } from '@/model';
import { falseLeadReason } from '@/triage';
import type { Notice } from '@/entrypoints/shared/use-toast';

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

  /**
   * Disqualifies likely false leads (issue #14), each with its own triage reasons recorded, and
   * offers an Undo that gives every lead back the stage and reason it had.
   */
  async function disqualifyFalse(leads: readonly Lead[]): Promise<void> {
    const open = leads.filter((l) => l.stage !== 'disqualified');
    if (open.length === 0) return;
    const groups = (key: (l: Lead) => string) => Map.groupBy(open, key);
    try {
      // One call per distinct reason (a handful: reasons repeat across bots), each all-or-nothing.
      for (const [reason, group] of groups((l) => falseLeadReason(l.triage?.reasons)))
        await call('lead.update', {
          leadIds: group.map((l) => l.id),
          patch: { stage: 'disqualified', disqualifiedReason: reason },
        });
      const undo = async () => {
        for (const group of groups((l) => JSON.stringify([l.stage, l.disqualifiedReason ?? null])).values()) {
          const [first] = group;
          if (!first) continue;
          await call('lead.update', {
            leadIds: group.map((l) => l.id),
            patch: { stage: first.stage, disqualifiedReason: first.disqualifiedReason ?? null },
          });
        }
        info(`${plural(open.length, 'lead')} put back.`);
      };
      notify({
        kind: 'info',
        message: `Disqualified ${plural(open.length, 'likely false lead')}.`,
        onUndo: () => void undo().catch(fail),
      });
    } catch (e) {
      fail(e);
    }
  }

  const info = (message: string) => notify({ kind: 'info', message });

  /** Links leads into one person (issue #15), with Undo (unlinking gives each its own back). */
  async function link(leadIds: readonly string[]): Promise<void> {
    try {
      const { personId } = await call('person.link', { leadIds: [...leadIds] });
      const undo = () => void unlink(leadIds.find((id) => id !== personId) ?? personId);
      notify({ kind: 'info', message: `Linked ${plural(leadIds.length, 'lead')} as one person.`, onUndo: undo });
    } catch (e) {
      fail(e);
    }
  }

  async function unlink(leadId: string): Promise<void> {
    try {
      await call('person.unlink', { leadId });
      info('Unlinked: each lead has its own cadence again.');
    } catch (e) {
      fail(e);
    }
  }

  const dismiss = (leadIds: [string, string]) => call('person.dismiss', { leadIds }).then(() => undefined, fail);

  return { update, remove, disqualifyFalse, link, unlink, dismiss, fail, info };
}

export type LeadActions = ReturnType<typeof makeLeadActions>;

import { z } from 'zod';
import { formatPath } from '@/messaging/issue-path';
import { leadSchema, ownAccountSchema, rosterEntrySchema, settingsSchema, touchSchema } from '@/model';

export const BACKUP_FORMAT = 'touchline-backup';
/** Version written; every earlier one still imports (docs/backup.md). */
export const BACKUP_VERSION = 2;
const READABLE = [1, 2] as const;

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT, { error: `expected "${BACKUP_FORMAT}": this is not a Touchline backup` }),
  version: z.literal(READABLE, {
    error: (issue) =>
      typeof issue.input === 'number' && issue.input > BACKUP_VERSION
        ? `version ${issue.input} was written by a newer Touchline; update Touchline to import it`
        : `expected version ${READABLE.join(' or ')}`,
  }),
  exportedAt: z.iso.datetime(),
  leads: z.array(leadSchema),
  touches: z.array(touchSchema),
  settings: settingsSchema,
  // Version 2: the follower rosters (issue #12). A version 1 file derives them from its leads.
  accounts: z.array(ownAccountSchema).optional(),
  roster: z.array(rosterEntrySchema).optional(),
});

export type Backup = z.infer<typeof backupSchema>;

export type Parsed = { ok: true; backup: Backup } | { ok: false; error: string };

/**
 * Validates a whole backup before anything is written. Beyond the schema: lead ids are unique,
 * and every touch belongs to a lead of the file or (`knownLeadIds`) one already stored.
 */
export function parseBackup(input: unknown, knownLeadIds: (id: string) => boolean = () => false): Parsed {
  const result = backupSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    return {
      ok: false,
      error: `Backup not imported: ${formatPath(issue?.path ?? [])}: ${issue?.message ?? 'invalid'}`,
    };
  }
  const backup = result.data;
  const ids = new Set<string>();
  for (const [i, lead] of backup.leads.entries()) {
    if (ids.has(lead.id))
      return { ok: false, error: `Backup not imported: leads[${i}].id: "${lead.id}" appears twice` };
    ids.add(lead.id);
  }
  for (const [i, touch] of backup.touches.entries()) {
    if (!ids.has(touch.leadId) && !knownLeadIds(touch.leadId))
      return { ok: false, error: `Backup not imported: touches[${i}].leadId: no lead "${touch.leadId}" in the file` };
  }
  return { ok: true, backup };
}

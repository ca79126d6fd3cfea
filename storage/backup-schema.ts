import { z } from 'zod';
import { formatPath } from '@/messaging/issue-path';
import {
  DEFAULT_SETTINGS,
  leadSchema,
  type Lead,
  ownAccountSchema,
  rosterEntrySchema,
  settingsSchema,
  touchSchema,
} from '@/model';

export const BACKUP_FORMAT = 'touchline-backup';
/** Version written; every earlier one still imports (docs/backup.md). */
export const BACKUP_VERSION = 2;
const READABLE = [1, 2] as const;

/**
 * The reader is tolerant (issue #13; docs/backup.md "Reading"): in a file written by another tool
 * or an older Touchline, a field a person would call optional that is `null` or missing takes its
 * default; unknown fields are ignored (zod strips them). What identifies a lead or a touch (ids,
 * platform, stage, times, channel) stays required, and a wrong value still names its path.
 */
const LEAD_DEFAULTS = {
  platformUserId: null,
  handle: null,
  aliases: [],
  displayName: '',
  headline: '',
  profileUrl: '',
  avatarUrl: '',
  temperature: null,
  doNotContact: false,
  tags: [],
  notes: '',
  signals: [],
};
const TOUCH_DEFAULTS = { note: '', valueProp: '', outcome: 'no_reply', lastAttempt: false };

const withDefaults =
  (defaults: Record<string, unknown>, derive?: (o: Record<string, unknown>) => void) => (input: unknown) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
    const out: Record<string, unknown> = { ...input };
    for (const [key, value] of Object.entries(defaults))
      if (out[key] === null || out[key] === undefined) out[key] = value;
    derive?.(out);
    return out;
  };

// A lead without `lastSignalAt` was last signalled when it was first seen.
const tolerantLead = z.preprocess(
  withDefaults(LEAD_DEFAULTS, (o) => {
    if (o['lastSignalAt'] === null || o['lastSignalAt'] === undefined) o['lastSignalAt'] = o['firstSeenAt'];
  }),
  leadSchema,
);
const tolerantTouch = z.preprocess(withDefaults(TOUCH_DEFAULTS), touchSchema);
const tolerantSettings = z.preprocess(
  (input) => (input === null || input === undefined ? DEFAULT_SETTINGS : input),
  settingsSchema,
);

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT, { error: `expected "${BACKUP_FORMAT}": this is not a Touchline backup` }),
  version: z.literal(READABLE, {
    error: (issue) =>
      typeof issue.input === 'number' && issue.input > BACKUP_VERSION
        ? `version ${issue.input} was written by a newer Touchline; update Touchline to import it`
        : `expected version ${READABLE.join(' or ')}`,
  }),
  exportedAt: z.iso.datetime(),
  leads: z.array(tolerantLead),
  touches: z.array(tolerantTouch),
  settings: tolerantSettings,
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
  ownPersons(backup.leads);
  return { ok: true, backup };
}

/**
 * A person (issue #15) travels whole: a lead's `personId` must name a lead of the same file that is
 * its own person's first lead, with at least one other lead. Anything else (a partial file, another
 * tool's, a forged one) makes the lead its own again: a lead whose person is missing would wait in
 * no list at all.
 */
function ownPersons(leads: Lead[]): void {
  const byId = new Map(leads.map((l) => [l.id, l]));
  const size = new Map<string, number>();
  for (const l of leads) if (l.personId) size.set(l.personId, (size.get(l.personId) ?? 0) + 1);
  for (const lead of leads) {
    if (!lead.personId) continue;
    const first = byId.get(lead.personId);
    if (first?.personId === first?.id && (size.get(lead.personId) ?? 0) >= 2) continue;
    lead.personId = null;
    delete lead.personBefore;
  }
}

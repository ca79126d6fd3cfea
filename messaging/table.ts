import { z } from 'zod';
import {
  CAPTURE_KINDS,
  CHANNELS,
  CSV_PRESETS,
  OUTCOMES,
  SIGNAL_SOURCES,
  STAGES,
  TEMPERATURES,
  settingsSchema,
} from '@/model';
import { capturedPersonSchema } from './person';
import { TAB_PERSON } from './tab';

/**
 * Every message the background accepts: type → payload schema. Anything not in this table,
 * or whose payload does not parse, is refused before a handler runs.
 */
const isoTime = z.iso.datetime({ offset: true });
const leadId = z.string().min(1).max(260);
const short = (max: number) => z.string().max(max);

export const messageTable = {
  'backup.export': z.object({}),
  'backup.import': z.object({ backup: z.unknown(), mode: z.enum(['merge', 'replace']) }),
  'backup.preview': z.object({ backup: z.unknown() }),
  'export.csv': z.object({
    preset: z.enum(CSV_PRESETS).optional(),
    leadIds: z.array(leadId).max(1_000_000).optional(),
    changedSince: isoTime.optional(),
  }),
  'touch.log': z.object({
    leadId,
    channel: z.enum(CHANNELS),
    at: isoTime.optional(),
    note: short(20_000).optional(),
    valueProp: short(2_000).optional(),
    outcome: z.enum(OUTCOMES).optional(),
    confirmEarly: z.boolean().optional(),
  }),
  'touch.delete': z.object({ touchId: z.string().min(1) }),
  'touch.outcome': z.object({ touchId: z.string().min(1), outcome: z.enum(OUTCOMES) }),
  'cadence.status': z.object({ leadId }),
  'cadence.restart': z.object({ leadId, reason: short(500).min(1) }),
  'lead.save': z.object({ person: capturedPersonSchema }),
  'lead.update': z.object({
    leadIds: z.array(leadId).min(1).max(1_000_000),
    patch: z
      .object({
        stage: z.enum(STAGES),
        temperature: z.enum(TEMPERATURES).nullable(),
        doNotContact: z.boolean(),
        notes: short(20_000),
        addTag: short(100).min(1),
        /** Why the rep disqualified (e.g. the triage reasons of a false lead); null clears it. */
        disqualifiedReason: short(500).nullable(),
      })
      .partial(),
  }),
  'lead.delete': z.object({ leadIds: z.array(leadId).min(1).max(1_000_000) }),
  /** One person across platforms (issue #15): its leads share one cadence. */
  'person.link': z.object({ leadIds: z.array(leadId).min(2).max(6) }),
  'person.unlink': z.object({ leadId }),
  /** "Not the same person": the suggestion for these two leads is not shown again. */
  'person.dismiss': z.object({ leadIds: z.tuple([leadId, leadId]) }),
  'settings.get': z.object({}),
  'settings.set': z.object({ settings: settingsSchema }),
  'data.clear': z.object({ confirm: z.literal('delete everything') }),
  'capture.people': z.object({
    kind: z.enum(CAPTURE_KINDS),
    source: z.enum(SIGNAL_SOURCES),
    /** X rest_id of the signed-in account (the `twid` cookie), or the LinkedIn viewer's slug. */
    viewer: z.string().max(200).nullable(),
    /** Whose list this is (X `variables.userId`), when the surface is a list. */
    listOwner: z.string().max(200).nullable().optional(),
    visitId: z.string().max(100).optional(),
    /** Where this response stands in its followers list (roster/classify.ts): order tells new from old. */
    list: z
      .object({ index: z.number().int().nonnegative().max(100_000), first: z.boolean(), end: z.boolean() })
      .optional(),
    /** The list's own count of everyone on it (LinkedIn's followers total), for coverage. */
    listTotal: z.number().int().nonnegative().max(1_000_000_000).optional(),
    people: z.array(capturedPersonSchema).max(500),
    skipped: z.record(z.string().max(100), z.number().int().nonnegative()).optional(),
  }),
  'capture.failure': z.object({ source: z.enum(SIGNAL_SOURCES), error: short(500) }),
  /** A burst held for review (storage/held.ts): `group` as the dashboard lists it. */
  'held.keep': z.object({ group: short(200) }),
  'held.discard': z.object({ group: short(200) }),
  'roster.import': z.object({
    /** The own account: `x:<rest_id>`, `linkedin:<slug>` or `linkedin:?` (storage/roster.ts). */
    account: z.string().regex(/^(x:\d{1,25}|linkedin:([^\s/?#|]{1,200}|\?))$/),
    handle: short(200).optional(),
    source: z.enum(['x_archive', 'linkedin_connections']),
    // One message for the whole export, so that it lands all-or-nothing; 500,000 ids fit well
    // inside one runtime message (about 20 MB at most).
    entries: z
      .array(
        z.object({
          person: z.string().regex(/^(x:\d{1,25}|linkedin:[^\s/?#|]{1,200})$/),
          name: short(500).optional(),
          followedAt: isoTime.optional(),
          /** From X's following.js: someone the user follows, not known to follow them. */
          following: z.literal(true).optional(),
        }),
      )
      .max(500_000),
  }),
} as const;

export type MessageType = keyof typeof messageTable;
export type Payload<T extends MessageType> = z.infer<(typeof messageTable)[T]>;

/** Types a content script may send (only what they do send); everything else needs an extension page. */
export const CONTENT_SCRIPT_TYPES: ReadonlySet<MessageType> = new Set(['capture.people', 'capture.failure']);

/**
 * Messages to a tab's content script (not to the background): type → the schema of its answer,
 * which the asking page validates, since the answer is built from the page's DOM.
 */
export const tabTable = {
  [TAB_PERSON]: capturedPersonSchema.nullable(),
} as const;

import { cadenceStatus, restartedAt } from '@/cadence';
import { personCadenceStatus } from '@/people';
import type { StoredLead, TouchlineDb } from './db';
import type { CadencePolicy, Touch } from '@/model';
import { csvChunks, type CsvLeadRow, type CsvPreset } from './csv';
import { getSettings } from './settings';
import { changedSince } from '@/lists';
import { TooLargeForMessage } from '@/messaging/stream';

/**
 * The CSV rows of these leads: each with its cadence counted from its touches (read once, grouped).
 * A person (issue #15) is one row, its first lead's (the one whose id is the person's, else the
 * first met), with the others among `leads` and the person's one cadence: a CRM gets one contact.
 */
export function* csvRows(
  leads: readonly StoredLead[],
  touches: readonly Touch[],
  policy: CadencePolicy,
  now: Date,
): Generator<CsvLeadRow> {
  const byLead = Map.groupBy(touches, (t) => t.leadId);
  const persons = Map.groupBy(
    leads.filter((l) => l.personId),
    (l) => l.personId ?? '',
  );
  const done = new Set<string>();
  for (const lead of leads) {
    const person = lead.personId ? (persons.get(lead.personId) ?? []) : [];
    if (lead.personId && done.has(lead.personId)) continue;
    if (lead.personId) done.add(lead.personId);
    const status =
      person.length > 1
        ? personCadenceStatus(policy, byLead, person, now)
        : cadenceStatus(policy, byLead.get(lead.id) ?? [], now, restartedAt(lead));
    // The row is the person's first lead (its id is the person's), wherever the others came.
    const first = person.find((l) => l.id === l.personId) ?? lead;
    // The stored lead itself (its extra index fields are not columns): no copy of 100,000 leads.
    yield {
      lead: first,
      others: person.length > 1 ? person.filter((l) => l.id !== first.id) : undefined,
      touchesUsed: status.touchesUsed,
      lastTouchAt: status.lastTouchAt,
      cadenceState: status.state,
    };
  }
}

/**
 * The CSV text in chunks, yielding to the event loop between them: 100,000 leads must not
 * freeze the page or the worker building them.
 */
export async function csvParts(rows: Iterable<CsvLeadRow>, preset: CsvPreset): Promise<string[]> {
  const parts: string[] = [];
  for (const chunk of csvChunks(rows, preset)) {
    parts.push(chunk);
    await yieldToEventLoop();
  }
  return parts;
}

/**
 * Lets other work run. A MessageChannel round trip, not `setTimeout(0)`: timers are clamped to
 * 4 ms when nested and throttled to about once a second in a background tab, which would turn a
 * 2-second export into minutes if the user switched tabs.
 */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export function csvFilename(preset: CsvPreset, now: Date): string {
  return `touchline-leads-${preset}-${now.toISOString().slice(0, 10)}.csv`;
}

export interface CsvRequest {
  preset?: CsvPreset;
  leadIds?: readonly string[];
  /** Only the leads whose row changed after this ISO time (lists/changed.ts). */
  changedSince?: string;
}

/**
 * The CSV of all leads, or of the ids given (the dashboard's current filter), in parts: `export.csv`
 * joins them into one reply when they fit in one message, the export port sends them one by one.
 */
export async function csvExport(
  database: TouchlineDb,
  opts: CsvRequest,
  now: Date,
): Promise<{ filename: string; parts: string[] }> {
  const preset = opts.preset ?? 'default';
  const { cadence } = await getSettings(database);
  const leads = opts.leadIds
    ? (await database.leads.bulkGet([...opts.leadIds])).filter((l) => l !== undefined)
    : await database.leads.orderBy('firstSeenAt').toArray();
  const rows = csvRows(changedSince(leads, opts.changedSince), await database.touches.toArray(), cadence, now);
  return { filename: csvFilename(preset, now), parts: await csvParts(rows, preset) };
}

/** `export.csv`: the CSV as one text, refused beyond what one message may carry. */
export async function exportCsv(
  database: TouchlineDb,
  opts: CsvRequest,
  now: Date,
  maxChars = Infinity,
): Promise<{ filename: string; content: string }> {
  const { filename, parts } = await csvExport(database, opts, now);
  if (parts.reduce((n, p) => n + p.length, 0) > maxChars) throw new TooLargeForMessage('The CSV');
  return { filename, content: parts.join('') };
}

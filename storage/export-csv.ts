import { cadenceStatus, restartedAt } from '@/cadence';
import { personCadenceStatus } from '@/people';
import type { StoredLead, TouchlineDb } from './db';
import type { CadencePolicy, Touch } from '@/model';
import { csvChunks, type CsvLeadRow, type CsvPreset } from './csv';
import { getSettings } from './settings';
import { leadPages } from './lead-pages';
import { changedSince } from '@/lists';
import { TooLargeForMessage } from '@/messaging/stream';

/**
 * The CSV rows of these leads: each with its cadence counted from its touches (read once, grouped).
 * A person (issue #15) is one row, its first lead's (the one whose id is the person's, else the
 * first met), with the others among `leads` and the person's one cadence: a CRM gets one contact.
 * A paged export passes each page's `persons` (with their leads from other pages) and one `done`
 * for the whole export, so a person spanning pages is still one row, where its first lead falls.
 */
export function* csvRows(
  leads: readonly StoredLead[],
  touches: readonly Touch[],
  policy: CadencePolicy,
  now: Date,
  persons: ReadonlyMap<string, readonly StoredLead[]> = Map.groupBy(
    leads.filter((l) => l.personId),
    (l) => l.personId ?? '',
  ),
  done = new Set<string>(),
): Generator<CsvLeadRow> {
  const byLead = Map.groupBy(touches, (t) => t.leadId);
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
 * The CSV of all leads, or of the ids given (the dashboard's current filter), in parts read a page
 * of leads at a time (lead-pages.ts): the worker holds one page, never 100,000 leads (issue #17's
 * ≤ 3× memory). `export.csv` joins the parts into one reply when they fit in one message, the
 * export port sends them as they come.
 */
export function csvExport(
  database: TouchlineDb,
  opts: CsvRequest,
  now: Date,
  pageSize = 500,
): { filename: string; parts: AsyncGenerator<string> } {
  const preset = opts.preset ?? 'default';
  return { filename: csvFilename(preset, now), parts: csvPages(database, opts, preset, now, pageSize) };
}

async function* csvPages(
  database: TouchlineDb,
  opts: CsvRequest,
  preset: CsvPreset,
  now: Date,
  pageSize: number,
): AsyncGenerator<string> {
  const { cadence } = await getSettings(database);
  // All touches at once: they are logged by hand, one per message sent, so thousands where leads
  // are 100,000s, and one read beats an index probe per lead.
  const byLead = Map.groupBy(await database.touches.toArray(), (t) => t.leadId);
  const { pages, inScope, compare } = leadPages(database, opts.leadIds, pageSize);
  const done = new Set<string>();
  let header = true;
  for await (const read of pages) {
    const page = changedSince(read, opts.changedSince);
    const personIds = new Set(page.flatMap((l) => (l.personId && !done.has(l.personId) ? [l.personId] : [])));
    const mates = personIds.size
      ? changedSince(
          await database.leads
            .where('personId')
            .anyOf([...personIds])
            .toArray(),
          opts.changedSince,
        )
          .filter(inScope)
          .sort(compare)
      : [];
    const ids = new Set([...page, ...mates].map((l) => l.id));
    const touches = [...ids].flatMap((id) => byLead.get(id) ?? []);
    const persons = Map.groupBy(mates, (l) => l.personId ?? '');
    for (const chunk of csvChunks(csvRows(page, touches, cadence, now, persons, done), preset, pageSize, header)) {
      header = false;
      yield chunk;
    }
    await yieldToEventLoop();
  }
  if (header) yield* csvChunks([], preset);
}

/** `export.csv`: the CSV as one text, refused beyond what one message may carry. */
export async function exportCsv(
  database: TouchlineDb,
  opts: CsvRequest,
  now: Date,
  maxChars = Infinity,
): Promise<{ filename: string; content: string }> {
  const { filename, parts } = csvExport(database, opts, now);
  const chunks: string[] = [];
  let chars = 0;
  for await (const part of parts) {
    chars += part.length;
    if (chars > maxChars) throw new TooLargeForMessage('The CSV');
    chunks.push(part);
  }
  return { filename, content: chunks.join('') };
}

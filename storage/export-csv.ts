import { cadenceStatus, restartedAt } from '@/cadence';
import type { StoredLead, TouchlineDb } from './db';
import type { CadencePolicy, Touch } from '@/model';
import { csvChunks, type CsvLeadRow, type CsvPreset } from './csv';
import { getSettings } from './settings';

/** The CSV rows of these leads: each with its cadence counted from its touches (read once, grouped). */
export function* csvRows(
  leads: readonly StoredLead[],
  touches: readonly Touch[],
  policy: CadencePolicy,
  now: Date,
): Generator<CsvLeadRow> {
  const byLead = Map.groupBy(touches, (t) => t.leadId);
  for (const lead of leads) {
    const status = cadenceStatus(policy, byLead.get(lead.id) ?? [], now, restartedAt(lead));
    // The stored lead itself (its extra index fields are not columns): no copy of 100,000 leads.
    yield {
      lead,
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

/** `export.csv`: all leads, or the ids given (the dashboard's current filter), as one CSV text. */
export async function exportCsv(
  database: TouchlineDb,
  opts: { preset?: CsvPreset; leadIds?: readonly string[] },
  now: Date,
): Promise<{ filename: string; content: string }> {
  const preset = opts.preset ?? 'default';
  const { cadence } = await getSettings(database);
  const leads = opts.leadIds
    ? (await database.leads.bulkGet([...opts.leadIds])).filter((l) => l !== undefined)
    : await database.leads.orderBy('firstSeenAt').toArray();
  const parts = await csvParts(csvRows(leads, await database.touches.toArray(), cadence, now), preset);
  return { filename: csvFilename(preset, now), content: parts.join('') };
}

import { cadenceStatus } from '@/cadence';
import type { TouchlineDb } from './db';
import type { Touch } from './model';
import { csvChunks, type CsvLeadRow, type CsvPreset } from './csv';
import { restartedAt } from './cadence-sync';
import { getSettings } from './settings';
import { unstored } from './stored';

/**
 * The CSV of all leads, or of the ids given (the dashboard's current filter). Chunked so a
 * caller can yield between chunks; touches are read once and grouped, not queried per lead.
 */
export async function exportCsv(
  database: TouchlineDb,
  opts: { preset?: CsvPreset; leadIds?: readonly string[] },
  now: Date,
): Promise<{ filename: string; content: string }> {
  const { cadence } = await getSettings(database);
  const leads = opts.leadIds
    ? (await database.leads.bulkGet([...opts.leadIds])).filter((l) => l !== undefined)
    : await database.leads.orderBy('firstSeenAt').toArray();
  const byLead = new Map<string, Touch[]>();
  for (const t of await database.touches.toArray()) byLead.set(t.leadId, [...(byLead.get(t.leadId) ?? []), t]);
  const rows = function* (): Generator<CsvLeadRow> {
    for (const lead of leads) {
      const status = cadenceStatus(cadence, byLead.get(lead.id) ?? [], now, restartedAt(lead));
      yield {
        lead: unstored(lead),
        touchesUsed: status.touchesUsed,
        lastTouchAt: status.lastTouchAt,
        cadenceState: status.state,
      };
    }
  };
  const parts: string[] = [];
  for (const chunk of csvChunks(rows(), opts.preset ?? 'default')) {
    parts.push(chunk);
    // Let other messages through between chunks: 100,000 leads must not freeze the worker.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const stamp = now.toISOString().slice(0, 10);
  return { filename: `touchline-leads-${opts.preset ?? 'default'}-${stamp}.csv`, content: parts.join('') };
}

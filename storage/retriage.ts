import type { TouchlineDb } from './db';
import { getSettings } from './settings';
import { touchesByLead } from './lead-touches';
import { restored } from './stored';
import { icpOf, withTriage } from './triage';

/** Leads recomputed per transaction: each page commits, so a long run never blocks captures. */
const PAGE = 2_000;
export const PROGRESS_KEY = 'triage.progress';

/** How far a recompute of every lead's triage has come; the dashboard shows it live. */
export interface TriageProgress {
  done: number;
  total: number;
  finished: boolean;
}

/**
 * Recomputes every lead's triage after the ideal customer words changed (issue #14), in pages
 * of {@link PAGE} leads by id, with the settings read afresh per page (a later change wins).
 * `stop` ends it early (a newer run took over). Progress is kept under {@link PROGRESS_KEY}.
 * Returns how many leads were re-scored; only those whose triage changed are written.
 */
export async function retriageAll(database: TouchlineDb, stop: () => boolean = () => false): Promise<number> {
  const total = await database.leads.count();
  const progress = (p: TriageProgress) => database.settings.put({ key: PROGRESS_KEY, value: p });
  let last: string | undefined;
  let done = 0;
  await progress({ done, total, finished: false });
  while (!stop()) {
    const count = await database.transaction('rw', [database.leads, database.touches, database.settings], async () => {
      const icp = icpOf(await getSettings(database));
      const page = await (last === undefined ? database.leads.toCollection() : database.leads.where(':id').above(last))
        .limit(PAGE)
        .toArray();
      const touches = await touchesByLead(
        database,
        page.map((l) => l.id),
      );
      const next = page.flatMap((l) => {
        const lead = restored(withTriage({ ...l }, icp, touches.get(l.id)));
        // New words leave most leads' triage as it was: only those it changes are written.
        return JSON.stringify(lead.triage) === JSON.stringify(l.triage) ? [] : [lead];
      });
      await database.leads.bulkPut(next);
      last = page.at(-1)?.id;
      return page.length;
    });
    done += count;
    await progress({ done, total: Math.max(total, done), finished: count < PAGE });
    if (count < PAGE) break;
  }
  return done;
}

import type { Handlers } from '@/messaging/dispatch';
import type { TouchlineDb } from '@/storage/db';
import { exportBackup, importBackup } from '@/storage/backup';
import { previewBackup } from '@/storage/backup-preview';
import { BurstGuard, tabOfGroup } from '@/storage/burst';
import { discardHeld, ingestGuarded, keepHeld, type Arrival } from '@/storage/held';
import type { Sender } from '@/messaging/dispatch';
import { coalesce } from './coalesce';
import { leadCadence, syncCadence } from '@/storage/cadence-sync';
import { exportCsv } from '@/storage/export-csv';
import { recordHealth } from '@/storage/health';
import { deleteLeads, saveLead, updateLeads } from '@/storage/leads';
import { getSettings, putSettings } from '@/storage/settings';
import { logTouch } from '@/storage/touches';
import { Refused } from '@/storage/refused';
import { deleteTouch, restartCadence, setTouchOutcome } from '@/storage/touch-edits';
import { clearAll } from '@/storage/clear';
import { dismissSuggestion, linkLeads, unlinkLead } from '@/storage/people';
import { pairKey } from '@/people';
import { retriageAll } from '@/storage/retriage';
import { importRoster } from '@/storage/roster-import';
import { MESSAGE_MAX_CHARS } from '@/messaging/stream';

export interface World {
  db: TouchlineDb;
  now: () => Date;
  newId: () => string;
  /** Told after anything that changes what the badge or notifications show. */
  changed: (event: { newLeads?: string[] }) => void;
}

/**
 * The background API: one handler per message type of messaging/table.ts. Its inferred type is
 * what `call` (entrypoints/shared/api.ts) answers with, so replies are typed from here.
 */
export function makeHandlers(w: World) {
  const { db } = w;
  // Bursts far above a person scrolling are held for review (issue #13), per tab.
  const guard = new BurstGuard();
  let triageRun = 0;
  const ingestQueue = coalesce((arrivals: Arrival[]) => ingestGuarded(db, arrivals, w.now(), guard));
  return {
    'backup.export': () => exportBackup(db, w.now(), MESSAGE_MAX_CHARS),
    'backup.preview': ({ backup }) => previewBackup(db, backup),
    'backup.import': async ({ backup, mode }) => {
      const result = await importBackup(db, backup, mode, w.now());
      if (!result.ok) throw new Refused(result.error);
      w.changed({});
      return { leads: result.leads, touches: result.touches };
    },
    'export.csv': (req) => exportCsv(db, req, w.now(), MESSAGE_MAX_CHARS),
    'touch.log': async (req) => {
      const out = await logTouch(db, req, w.now(), w.newId);
      w.changed({});
      return out;
    },
    'touch.delete': async ({ touchId }) => {
      await deleteTouch(db, touchId, w.now());
      w.changed({});
      return null;
    },
    'touch.outcome': async ({ touchId, outcome }) => {
      await setTouchOutcome(db, touchId, outcome, w.now());
      w.changed({});
      return null;
    },
    'cadence.status': async ({ leadId }) => {
      const lead = await db.leads.get(leadId);
      if (!lead) throw new Refused(`No lead "${leadId}".`);
      const s = await leadCadence(db, lead, w.now());
      const { state, touchesUsed, touchesMax, startedAt, windowEndsAt, nextDueAt } = s;
      return { state, touchesUsed, touchesMax, startedAt, windowEndsAt, nextDueAt };
    },
    'cadence.restart': async ({ leadId, reason }) => {
      await restartCadence(db, leadId, reason, w.now());
      w.changed({});
      return null;
    },
    'lead.save': async ({ person }) => {
      const lead = await saveLead(db, person, w.now());
      w.changed({});
      return lead;
    },
    'lead.update': async (req) => {
      const n = await updateLeads(db, req, w.now());
      w.changed({});
      return { updated: n };
    },
    'lead.delete': async ({ leadIds }) => {
      const deleted = await deleteLeads(db, leadIds);
      w.changed({});
      return deleted;
    },
    'person.link': async ({ leadIds }) => {
      const personId = await linkLeads(db, leadIds, w.now());
      w.changed({});
      return { personId };
    },
    'person.unlink': async ({ leadId }) => {
      await unlinkLead(db, leadId, w.now());
      w.changed({});
      return {};
    },
    'person.dismiss': async ({ leadIds: [a, b] }) => {
      await dismissSuggestion(db, pairKey(a, b));
      return {};
    },
    'settings.get': () => getSettings(db),
    'settings.set': async ({ settings }) => {
      const before = await getSettings(db);
      await putSettings(db, settings);
      await syncCadence(db, (await db.leads.where('dueAt').above('').primaryKeys()).map(String), w.now());
      // New ideal-customer words re-score every lead, in the background (issue #14); a later
      // change stops the run in progress and starts its own.
      if (JSON.stringify(before.icp ?? {}) !== JSON.stringify(settings.icp ?? {})) {
        const mine = ++triageRun;
        void retriageAll(db, () => mine !== triageRun).then(() => w.changed({}));
      }
      w.changed({});
      return settings;
    },
    'data.clear': async () => {
      await clearAll(db);
      w.changed({});
      return null;
    },
    'capture.people': async (message, sender) => {
      const out = await ingestQueue({ message, ...whereFrom(sender) });
      if (!out) {
        w.changed({});
        return { created: 0, resurfaced: 0, dropped: null, held: true };
      }
      w.changed({ newLeads: out.created });
      return { created: out.created.length, resurfaced: out.resurfaced.length, dropped: out.dropped, held: false };
    },
    'held.keep': async ({ group }) => {
      guard.trust(tabOfGroup(group));
      const results = await keepHeld(db, group, w.now());
      w.changed({ newLeads: results.flatMap((r) => r.created) });
      return { people: results.reduce((n, r) => n + r.created.length + r.resurfaced.length, 0) };
    },
    'held.discard': async ({ group }) => {
      const people = await discardHeld(db, group);
      w.changed({});
      return { people };
    },
    'roster.import': async (req) => {
      const out = await importRoster(db, req, w.now());
      w.changed({});
      return out;
    },
    'capture.failure': async ({ source, error }) => {
      await recordHealth(db, source, { responses: 1, failures: 1, error }, w.now());
      return null;
    },
  } satisfies Handlers;
}

/** Each message type's reply, as its handler returns it. */
/**
 * The tab and page a capture came from (only origin and path: a page URL can carry tokens). Not
 * from a tab is one of Touchline's own pages (the benchmark, the demo): no page script there.
 */
function whereFrom(sender: Sender): { tab: string | null; page: string } {
  const tab = (sender.tab as { id?: number } | undefined)?.id;
  let page = '';
  try {
    const url = new URL(sender.url ?? '');
    page = url.origin + url.pathname;
  } catch {
    // No URL: the page stays unnamed.
  }
  return { tab: tab === undefined ? null : String(tab), page };
}

export type Api = ReturnType<typeof makeHandlers>;
export type Reply<T extends keyof Api> = Awaited<ReturnType<Api[T]>>;

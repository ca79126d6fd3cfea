import { useMemo, useState } from 'react';
import { BulkBar } from '@/components/dashboard/bulk-bar';
import { ExportBar } from '@/components/dashboard/export-bar';
import { FilterBar, type FilterForm } from '@/components/dashboard/filter-bar';
import { plural } from '@/components/dashboard/format';
import { LeadTable } from '@/components/dashboard/lead-table';
import type { CsvPreset } from '@/model';
import type { StoredLead } from '@/storage/db';
import { csvFilename, csvParts, csvRows } from '@/storage/export-csv';
import type { Settings, Touch } from '@/model';
import { changedSince, filterLeads, sortLeads, type CadenceStates, type Sort, type SortKey } from '@/lists';
import { call } from '@/entrypoints/shared/api';
import { downloadText } from './download';
import { toLeadFilter } from './filter-form';
import type { LeadActions } from './lead-actions';
import { useDebounced } from './use-debounced';

interface Props {
  leads: readonly StoredLead[];
  /** For the CSV, built here from what the page already holds (no re-read, no 20 MB message). */
  touches: readonly Touch[];
  settings: Settings | undefined;
  states: CadenceStates;
  now: Date;
  actions: LeadActions;
  form: FilterForm;
  onForm: (form: FilterForm) => void;
  openId: string | null;
  onOpen: (id: string | null) => void;
}

/** The lead table with its filters, sorting, selection, bulk actions and CSV export. */
export function LeadsView({ leads, touches, settings, states, now, actions, form, onForm, openId, onOpen }: Props) {
  const [sort, setSort] = useState<Sort>({ key: 'firstSeenAt', dir: 'desc' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [preset, setPreset] = useState<CsvPreset>('default');
  const [onlyChanged, setOnlyChanged] = useState(false);
  const lastExportAt = settings?.lastCsvExportAt;
  const [busy, setBusy] = useState(false);
  // Typing waits for a pause; a select applies at once. While the search text is still settling
  // the settled form (same object) is used, so no keystroke re-filters 100,000 leads.
  const settled = useDebounced(form, 200);
  const effective = form.text === settled.text ? form : settled;
  const filter = useMemo(() => toLeadFilter(effective), [effective]);
  // Sort the whole list only when the leads or the order change; filtering keeps that order.
  // A person linked across platforms is one row, its first lead's; the drawer shows the others.
  const rows = useMemo(() => leads.filter((l) => !l.personId || l.personId === l.id), [leads]);
  const sorted = useMemo(() => sortLeads(rows, sort, states), [rows, sort, states]);
  const shown = useMemo(() => filterLeads(sorted, filter, states), [sorted, filter, states]);
  // Bulk actions act on what is both selected and shown: a filter hides leads from them too.
  const targets = useMemo(() => shown.filter((l) => selected.has(l.id)).map((l) => l.id), [shown, selected]);
  const falseShown = useMemo(() => shown.filter((l) => l.triage?.likelyFalse && l.stage !== 'disqualified'), [shown]);

  const onSort = (key: SortKey) =>
    setSort((s) => ({
      key,
      dir: s.key === key ? (s.dir === 'asc' ? 'desc' : 'asc') : key === 'name' ? 'asc' : 'desc',
    }));
  const onToggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const onToggleAll = (on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      for (const l of shown)
        if (on) next.add(l.id);
        else next.delete(l.id);
      return next;
    });
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };
  const onExport = (scope: 'filter' | 'all') =>
    run(async () => {
      try {
        if (!settings) return;
        const scoped = changedSince(scope === 'filter' ? shown : leads, onlyChanged ? lastExportAt : undefined);
        if (scoped.length === 0) return actions.info('Nothing changed since the last export.');
        const parts = await csvParts(csvRows(scoped, touches, settings.cadence, now), preset);
        downloadText(csvFilename(preset, now), parts, 'text/csv;charset=utf-8');
        // The next "only changed" export starts here (issue #13: a CRM re-import without duplicates).
        await call('settings.set', { settings: { ...settings, lastCsvExportAt: now.toISOString() } });
      } catch (e) {
        actions.fail(e);
      }
    });

  return (
    <div className="leads-main">
      <FilterBar value={form} onChange={onForm} />
      <div className="toolbar">
        <span className="muted" data-testid="shown-count">
          {shown.length === leads.length
            ? `All ${plural(leads.length, 'lead')}`
            : `${plural(shown.length, 'lead')} of ${leads.length.toLocaleString('en')}`}
        </span>
        <ExportBar
          preset={preset}
          onPreset={setPreset}
          shown={shown.length}
          total={leads.length}
          busy={busy}
          lastExportAt={lastExportAt}
          onlyChanged={onlyChanged && lastExportAt !== undefined}
          onOnlyChanged={setOnlyChanged}
          onExport={(s) => void onExport(s)}
        />
        {falseShown.length > 0 && (
          <button
            type="button"
            disabled={busy}
            onClick={() => void run(() => actions.disqualifyFalse(falseShown))}
            data-testid="disqualify-false"
          >
            Disqualify {plural(falseShown.length, 'likely false lead')} in this view
          </button>
        )}
      </div>
      <BulkBar
        count={targets.length}
        busy={busy}
        onStage={(stage) => void run(() => actions.update(targets, { stage }))}
        onTag={(addTag) => void run(() => actions.update(targets, { addTag }))}
        onLink={() => void run(async () => actions.link(targets).then(() => setSelected(new Set())))}
        onDelete={() =>
          void run(async () => {
            if (await actions.remove(targets)) setSelected(new Set());
          })
        }
        onClear={() => setSelected(new Set())}
      />
      <LeadTable
        leads={shown}
        states={states}
        sort={sort}
        onSort={onSort}
        selected={selected}
        selectedShown={targets.length}
        onToggle={onToggle}
        onToggleAll={onToggleAll}
        openId={openId}
        onOpen={onOpen}
        now={now}
      />
    </div>
  );
}

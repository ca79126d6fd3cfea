import { useMemo, useState } from 'react';
import { EmptyState } from '@/components/empty-state';
import { CaptureHealth } from '@/components/dashboard/capture-health';
import { HeldBursts } from '@/components/dashboard/held-bursts';
import { FollowersCard } from '@/components/dashboard/followers-card';
import { coverageText } from '@/roster/coverage';
import { EMPTY_FILTER, type FilterForm } from '@/components/dashboard/filter-bar';
import { plural } from '@/components/dashboard/format';
import { Funnel } from '@/components/dashboard/funnel';
import { SpeedToLead } from '@/components/dashboard/speed-to-lead';
import { Toast } from '@/components/undo-toast';
import { mayHaveChangedFormat } from '@/lists';
import { DataView } from './data-view';
import { DrawerContainer } from './drawer-container';
import { makeLeadActions } from './lead-actions';
import { useHeld } from './use-held';
import { LeadsView } from './leads-view';
import { SettingsView } from './settings-view';
import { useDashboardData } from './use-dashboard-data';
import { useRosterImport } from './use-roster-import';
import { useSuggestions } from './use-suggestions';
import { PersonSuggestions } from '@/components/dashboard/person-suggestions';
import type { StoredLead } from '@/storage/db';

const NO_LEADS: readonly StoredLead[] = [];
import { useNow } from '@/entrypoints/shared/use-now';
import { useToast } from '@/entrypoints/shared/use-toast';

const TABS = [
  ['leads', 'Leads'],
  ['data', 'Backup & restore'],
  ['settings', 'Settings'],
] as const;
type Tab = (typeof TABS)[number][0];

export function App() {
  const now = useNow(60_000);
  const data = useDashboardData(now);
  const toast = useToast();
  const rosterImport = useRosterImport();
  const actions = useMemo(() => makeLeadActions(toast.show), [toast.show]);
  const held = useHeld(data.held, actions);
  const [tab, setTab] = useState<Tab>('leads');
  const [form, setForm] = useState<FilterForm>(EMPTY_FILTER);
  const [openId, setOpenId] = useState<string | null>(null);
  const leads = data.leads;
  const open = useMemo(() => (openId ? leads?.find((l) => l.id === openId) : undefined), [leads, openId]);
  const count = leads?.length;
  const suggestions = useSuggestions(leads ?? NO_LEADS);
  const health = useMemo(
    () => (data.health ?? []).map((h) => ({ ...h, warn: mayHaveChangedFormat(h) })),
    [data.health],
  );
  // Capture health shows each followers list's coverage beside its counts (issue #12).
  const coverage = useMemo(() => {
    const notes: Record<string, string> = {};
    for (const a of data.followers ?? []) notes[`${a.coverage.platform}.followers`] = coverageText(a.coverage);
    return notes;
  }, [data.followers]);
  return (
    <div className="dash">
      <header className="bar">
        <h1>Touchline</h1>
        <span className="count" data-testid="lead-count">
          {count === undefined ? 'Loading…' : plural(count, 'lead')}
        </span>
        <nav role="tablist" aria-label="Dashboard sections">
          {TABS.map(([id, label]) => (
            <button
              key={id}
              type="button"
              role="tab"
              aria-selected={tab === id}
              onClick={() => setTab(id)}
              data-testid={`tab-${id}`}
            >
              {label}
            </button>
          ))}
        </nav>
      </header>
      <main className="dash-main">
        <div className="dash-body" hidden={tab !== 'leads'} role="tabpanel">
          {leads && leads.length === 0 ? (
            <EmptyState />
          ) : (
            <LeadsView
              leads={leads ?? []}
              touches={data.touches ?? []}
              settings={data.settings}
              states={data.states}
              now={now}
              actions={actions}
              form={form}
              onForm={setForm}
              openId={openId}
              onOpen={setOpenId}
            />
          )}
          <div className="side">
            <PersonSuggestions {...suggestions} onLink={(ids) => void actions.link(ids)} onDismiss={actions.dismiss} />
            <Funnel counts={data.stages} onPick={(stage) => setForm({ ...EMPTY_FILTER, stage })} />
            <SpeedToLead result={data.speed} />
            <FollowersCard accounts={data.followers ?? []} {...rosterImport} />
            <CaptureHealth records={health} now={now} notes={coverage} held={<HeldBursts {...held} />} />
          </div>
          {open ? (
            <DrawerContainer
              lead={open}
              states={data.states}
              now={now}
              actions={actions}
              onClose={() => setOpenId(null)}
            />
          ) : null}
        </div>
        <div className="dash-page" hidden={tab !== 'data'} role="tabpanel">
          <DataView leadCount={count ?? 0} actions={actions} />
        </div>
        <div className="dash-page" hidden={tab !== 'settings'} role="tabpanel">
          {data.settings && leads ? <SettingsView settings={data.settings} leads={leads} actions={actions} /> : null}
        </div>
      </main>
      {toast.notice ? (
        <Toast
          message={toast.notice.message}
          kind={toast.notice.kind}
          onUndo={
            toast.notice.onUndo
              ? () => {
                  toast.notice?.onUndo?.();
                  toast.dismiss();
                }
              : undefined
          }
          onDismiss={toast.dismiss}
        />
      ) : null}
    </div>
  );
}

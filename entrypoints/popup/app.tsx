import { useEffect, useMemo } from 'react';
import browser from 'webextension-polyfill';
import { EmptyState } from '@/components/empty-state';
import { Toast } from '@/components/undo-toast';
import { useToast } from '@/entrypoints/shared/use-toast';
import { LeadView } from './lead-view';
import { ListsPanel } from './lists-panel';
import { dropSnapshot } from './snapshot';
import { PersonSection } from './person-section';
import { useLists } from './use-lists';
import { useNow } from '@/entrypoints/shared/use-now';
import { usePopupState } from './use-popup-state';
import { useFalseLead } from './use-false-lead';
import { useTriageSettings } from './use-triage-settings';

export function App() {
  const now = useNow();
  const ui = usePopupState();
  const triage = useTriageSettings();
  const { lists, total: count } = useLists(now, ui.query, ui.list === 'all', triage);
  // Until the store is counted, an empty New list may still mean an empty store: show neither.
  const settled = count !== undefined || (lists.new.rows?.length ?? 0) > 0;
  // Painted now, the app's own rows take the snapshot's place (entrypoints/popup/snapshot.ts).
  useEffect(() => {
    if (settled || ui.openId) dropSnapshot();
  }, [settled, ui.openId]);
  const toast = useToast();
  const markFalse = useFalseLead(toast.show);
  const rowKeys = useMemo(() => ({ x: (id: string) => void markFalse(id) }), [markFalse]);
  const openDashboard = () => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  return (
    <main className="app">
      <header className="bar">
        <h1>Touchline</h1>
        <span className="count" data-testid="lead-count">
          {count === undefined ? '' : `${count} lead${count === 1 ? '' : 's'}`}
        </span>
        <button type="button" onClick={openDashboard}>
          Dashboard
        </button>
      </header>
      {ui.openId ? (
        <LeadView id={ui.openId} now={now} onBack={ui.back} />
      ) : (
        <>
          <PersonSection now={now} onOpen={ui.open} />
          {count === 0 ? (
            <EmptyState />
          ) : (
            settled && <ListsPanel lists={lists} {...ui.panel} onOpen={ui.open} hideFalse={triage} rowKeys={rowKeys} />
          )}
        </>
      )}
      {toast.notice && <Toast {...toast.notice} onDismiss={toast.dismiss} />}
    </main>
  );
}

import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { AccountList } from '@/components/dashboard/account-list';
import { CadenceForm } from '@/components/dashboard/cadence-form';
import { DangerZone } from '@/components/dashboard/danger-zone';
import { IcpForm, type Draft, type Progress } from '@/components/dashboard/icp-form';
import { call } from '@/entrypoints/shared/api';
import type { StoredLead } from '@/storage/db';
import { findPerson, icpPreview, parseWords } from '@/lists';
import { db } from '@/storage/db';
import { PROGRESS_KEY } from '@/storage/retriage';
import { icpOf } from '@/storage/triage';
import type { Settings } from '@/model';
import type { LeadActions } from './lead-actions';
import { useDebounced } from './use-debounced';

const icpFrom = (draft: Draft) => ({
  include: parseWords(draft.include),
  exclude: parseWords(draft.exclude),
});

interface Props {
  settings: Settings;
  leads: readonly StoredLead[];
  actions: LeadActions;
}

/** Cadence policy, own accounts, notifications, forgetting a person, deleting everything. */
export function SettingsView({ settings, leads, actions }: Props) {
  const [forget, setForget] = useState('');
  const match = useMemo(() => findPerson(leads, forget), [leads, forget]);
  const progress = useLiveQuery(() => db().settings.get(PROGRESS_KEY), [])?.value as Progress | undefined;
  // The preview runs over every lead: it waits for a pause in typing, like the table's search.
  const [draft, setDraft] = useState<Draft | null>(null);
  const settled = useDebounced(draft, 250);
  const counts = useMemo(
    () => icpPreview(leads, settled ? icpFrom(settled) : icpOf(settings)),
    [leads, settled, settings],
  );
  const save = async (patch: Partial<Settings>) => {
    try {
      await call('settings.set', { settings: { ...settings, ...patch } });
      actions.info('Settings saved.');
    } catch (e) {
      actions.fail(e);
    }
  };
  const toggle = (key: 'notifyNewLead' | 'notifyDueDaily', label: string) => (
    <label className="check-line">
      <input
        type="checkbox"
        checked={settings[key] !== false}
        onChange={(e) => void save({ [key]: e.target.checked })}
        data-testid={`setting-${key}`}
      />
      {label}
    </label>
  );
  return (
    <div className="settings-view">
      <CadenceForm
        key={JSON.stringify(settings.cadence)}
        policy={settings.cadence}
        onSave={(cadence) => save({ cadence })}
      />
      <section className="card" aria-labelledby="notify-title">
        <h2 id="notify-title">Notifications</h2>
        {toggle('notifyNewLead', 'A new lead arrives')}
        {toggle('notifyDueDaily', 'Daily reminder of touches due today')}
      </section>
      <IcpForm
        key={JSON.stringify(settings.icp ?? null)}
        icp={icpOf(settings)}
        total={leads.length}
        counts={counts}
        onDraft={setDraft}
        progress={progress}
        onSave={(d) => save({ icp: icpFrom(d) }).then(() => setDraft(null))}
      />
      <AccountList accounts={settings.ownAccounts ?? []} onChange={(ownAccounts) => save({ ownAccounts })} />
      <DangerZone
        forgetQuery={forget}
        onForgetQuery={setForget}
        forgetMatch={match ? { id: match.id, name: `${match.displayName} (${match.id})` } : null}
        onForget={(id) => void actions.remove([id]).then((ok) => ok && setForget(''))}
        onClear={async () => {
          try {
            await call('data.clear', { confirm: 'delete everything' });
            actions.info('Everything was deleted.');
          } catch (e) {
            actions.fail(e);
          }
        }}
      />
    </div>
  );
}

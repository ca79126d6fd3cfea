import { coverageText, type Coverage, type FollowerChanges } from '@/roster/coverage';

export interface FollowerAccountRow {
  id: string;
  label: string;
  coverage: Coverage;
  changes: FollowerChanges;
}

/** Where an export import stands; the container moves it along, this only shows it. */
export type RosterImportState =
  | { step: 'idle' }
  | { step: 'working'; what: string }
  | { step: 'error'; error: string }
  | { step: 'preview'; text: string }
  | { step: 'done'; text: string };

interface Props {
  accounts: readonly FollowerAccountRow[];
  state: RosterImportState;
  onFile: (file: File) => void;
  onImport: () => void;
  onCancel: () => void;
}

const signed = (sign: '+' | '−', v: number) => `${sign}${v.toLocaleString('en')}`;

/**
 * Per own account: how complete Touchline's knowledge of its followers is, what changed lately,
 * and the import of the platform's own export that completes it.
 */
export function FollowersCard({ accounts, state, onFile, onImport, onCancel }: Props) {
  return (
    <section className="card" aria-labelledby="followers-title" data-testid="followers-card">
      <h2 id="followers-title">Your followers</h2>
      {accounts.length === 0 ? (
        <p className="muted">No own account seen yet. Open your followers list on X or LinkedIn.</p>
      ) : (
        <ul className="health">
          {accounts.map((a) => (
            <li key={a.id} data-account={a.id}>
              <span className="surface">{a.label}</span>
              <span className="muted" data-testid="coverage">
                {coverageText(a.coverage)}
              </span>
              <span className="stats" data-testid="follower-changes">
                7 days: {signed('+', a.changes.gained7)} new, {signed('−', a.changes.lost7)} lost · 30 days:{' '}
                {signed('+', a.changes.gained30)} new, {signed('−', a.changes.lost30)} lost
              </span>
            </li>
          ))}
        </ul>
      )}
      <label className="muted">
        Import X&apos;s archive (the zip, or data/follower.js) or LinkedIn&apos;s Connections.csv:
        <input
          type="file"
          accept=".zip,.js,.csv,application/zip,text/csv,text/javascript"
          disabled={state.step === 'working'}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) onFile(file);
          }}
          data-testid="roster-file"
        />
      </label>
      {state.step === 'working' ? <p role="status">{state.what}</p> : null}
      {state.step === 'error' ? (
        <p className="error" role="alert" data-testid="roster-error">
          {state.error}
        </p>
      ) : null}
      {state.step === 'preview' ? (
        <div className="preview" data-testid="roster-preview">
          <p>{state.text}</p>
          <button type="button" className="primary" onClick={onImport} data-testid="roster-import">
            Import
          </button>{' '}
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      ) : null}
      {state.step === 'done' ? (
        <p role="status" data-testid="roster-done">
          {state.text}
        </p>
      ) : null}
    </section>
  );
}

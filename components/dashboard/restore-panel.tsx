import { plural } from './format';

export interface RestorePreview {
  fileName: string;
  leads: number;
  touches: number;
  alreadyHere: number;
}

/** Where a restore stands; the container moves it along, this only shows it. */
export type RestoreState =
  | { step: 'idle' }
  | { step: 'working'; what: string }
  | { step: 'error'; error: string }
  | { step: 'preview'; preview: RestorePreview; confirmReplace: boolean }
  | { step: 'done'; leads: number; touches: number; mode: 'merge' | 'replace' };

interface Props {
  state: RestoreState;
  currentLeads: number;
  maxMb: number;
  onFile: (file: File) => void;
  onImport: (mode: 'merge' | 'replace') => void;
  onAskReplace: (ask: boolean) => void;
  onCancel: () => void;
}

export function previewText(p: RestorePreview): string {
  const here =
    p.alreadyHere === 0 ? 'none already here' : `${p.alreadyHere.toLocaleString('en')} already here will be merged`;
  return `${plural(p.leads, 'lead')}, ${plural(p.touches, 'touch', 'touches')}; ${here}`;
}

/** Restore from a JSON backup: choose, preview, then merge or (confirmed) replace. */
export function RestorePanel({ state, currentLeads, maxMb, onFile, onImport, onAskReplace, onCancel }: Props) {
  const working = state.step === 'working';
  return (
    <section className="card" aria-labelledby="restore-title">
      <h2 id="restore-title">Restore from a backup</h2>
      <p className="muted">
        A Touchline JSON backup (up to {maxMb} MB). Nothing changes until you choose Merge or Replace.
      </p>
      <input
        type="file"
        accept="application/json,.json"
        disabled={working}
        aria-label="Backup file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) still fires a change.
          e.target.value = '';
          if (file) onFile(file);
        }}
        data-testid="restore-file"
      />
      {state.step === 'working' ? <p role="status">{state.what}</p> : null}
      {state.step === 'error' ? (
        <p className="error" role="alert" data-testid="restore-error">
          {state.error}
        </p>
      ) : null}
      {state.step === 'done' ? (
        <p role="status" data-testid="restore-done">
          {state.mode === 'replace' ? 'Replaced with' : 'Merged'} {plural(state.leads, 'lead')} and{' '}
          {plural(state.touches, 'touch', 'touches')}.
        </p>
      ) : null}
      {state.step === 'preview' ? (
        <div className="preview">
          <p className="text clip" title={state.preview.fileName}>
            {state.preview.fileName}
          </p>
          <p data-testid="restore-preview">{previewText(state.preview)}</p>
          {state.confirmReplace ? (
            <div className="confirm" role="alertdialog" aria-label="Confirm replace">
              <p>
                Replace deletes your {plural(currentLeads, 'lead')}, their touches and your settings, and keeps only
                what this file holds.
              </p>
              <button
                type="button"
                className="danger"
                onClick={() => onImport('replace')}
                data-testid="restore-replace-confirm"
              >
                Yes, replace everything
              </button>
              <button type="button" onClick={() => onAskReplace(false)}>
                Keep my data
              </button>
            </div>
          ) : (
            <div className="inline">
              <button type="button" className="primary" onClick={() => onImport('merge')} data-testid="restore-merge">
                Merge
              </button>
              <button type="button" onClick={() => onAskReplace(true)} data-testid="restore-replace">
                Replace…
              </button>
              <button type="button" className="link" onClick={onCancel}>
                Cancel
              </button>
            </div>
          )}
        </div>
      ) : null}
    </section>
  );
}

import { useState } from 'react';
import { RestorePanel } from '@/components/dashboard/restore-panel';
import { streamBackup } from '@/entrypoints/shared/stream';
import { downloadBlob } from './download';
import type { LeadActions } from './lead-actions';
import { MAX_BACKUP_MB, useRestore } from './use-restore';

/** `touchline-backup-2026-11-22.json`, dated in the reader's zone (the day they made it). */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `touchline-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** Backup download and restore. */
export function DataView({ leadCount, actions }: { leadCount: number; actions: LeadActions }) {
  const restore = useRestore();
  const [busy, setBusy] = useState(false);
  const onBackup = async () => {
    setBusy(true);
    try {
      // Streamed and compact (issue #13): 250,000 leads never pass through one message or string.
      downloadBlob(backupFileName(new Date()), await streamBackup());
    } catch (e) {
      actions.fail(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="data-view">
      <section className="card" aria-labelledby="backup-title">
        <h2 id="backup-title">Backup</h2>
        <p className="muted">
          Every lead, touch and setting as one JSON file. It restores exactly, here or in another browser.
        </p>
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => void onBackup()}
          data-testid="backup-download"
        >
          Download backup (JSON)
        </button>
      </section>
      <RestorePanel
        state={restore.state}
        currentLeads={leadCount}
        maxMb={MAX_BACKUP_MB}
        onFile={(f) => void restore.onFile(f)}
        onImport={(mode) => void restore.onImport(mode)}
        onAskReplace={restore.onAskReplace}
        onCancel={restore.onCancel}
      />
    </div>
  );
}

import { useRef, useState } from 'react';
import type { RestoreState } from '@/components/dashboard/restore-panel';
import { RESTORE_MAX_CHARS } from '@/messaging/stream';
import type { Reply } from '@/entrypoints/background/handlers';
import { streamRestore } from '@/entrypoints/shared/stream';

/** What a restore reads at most, in MB (of UTF-8; a character is at least one byte). */
export const MAX_BACKUP_MB = RESTORE_MAX_CHARS / 1024 / 1024;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Restore from a backup file: size check before reading, then the file streamed to the background
 * twice (issue #13: no message carries it whole): once for the preview, once to import it. The
 * background validates everything again on import, all-or-nothing.
 */
export function useRestore() {
  const [state, setState] = useState<RestoreState>({ step: 'idle' });
  const chosen = useRef<File | null>(null);
  // A later file supersedes an earlier one still being read.
  const turn = useRef(0);

  async function onFile(file: File) {
    const mine = ++turn.current;
    chosen.current = null;
    if (file.size > MAX_BACKUP_MB * 1024 * 1024) {
      const mb = (file.size / 1024 / 1024).toFixed(1);
      setState({ step: 'error', error: `This file is ${mb} MB; backups over ${MAX_BACKUP_MB} MB are refused.` });
      return;
    }
    setState({ step: 'working', what: 'Reading the file…' });
    try {
      const preview = await streamRestore<Reply<'backup.preview'>>(file, 'preview');
      if (mine !== turn.current) return;
      if (!preview.ok) return setState({ step: 'error', error: preview.error });
      chosen.current = file;
      const { leads, touches, alreadyHere } = preview;
      setState({
        step: 'preview',
        preview: { fileName: file.name, leads, touches, alreadyHere },
        confirmReplace: false,
      });
    } catch (e) {
      if (mine === turn.current) setState({ step: 'error', error: message(e) });
    }
  }

  async function onImport(mode: 'merge' | 'replace') {
    const file = chosen.current;
    if (file === null) return;
    const mine = ++turn.current;
    setState({ step: 'working', what: mode === 'merge' ? 'Merging…' : 'Replacing…' });
    try {
      const done = await streamRestore<Reply<'backup.import'>>(file, mode);
      chosen.current = null;
      if (mine === turn.current) setState({ step: 'done', mode, ...done });
    } catch (e) {
      if (mine === turn.current) setState({ step: 'error', error: message(e) });
    }
  }

  const onAskReplace = (ask: boolean) => setState((s) => (s.step === 'preview' ? { ...s, confirmReplace: ask } : s));
  const onCancel = () => {
    chosen.current = null;
    turn.current++;
    setState({ step: 'idle' });
  };
  return { state, onFile, onImport, onAskReplace, onCancel };
}

import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { call } from '@/entrypoints/shared/api';
import { db } from '@/storage/db';
import { getSettings } from '@/storage/settings';

/**
 * What the popup's lists take from the triage settings (issue #14), live: whether New hides
 * likely false leads (with its switch; New and the badge both follow it), and whether the rep
 * has set ideal-customer words, without which a fit says nothing and is not shown.
 */
export function useTriageSettings() {
  const settings = useLiveQuery(() => getSettings(db()), []);
  // The switch moves at once; the stored setting follows a moment later.
  const [local, setLocal] = useState<boolean>();
  const hide = local ?? settings?.hideLikelyFalse ?? false;
  const toggle = (next: boolean) => {
    if (!settings) return;
    setLocal(next);
    void call('settings.set', { settings: { ...settings, hideLikelyFalse: next } });
  };
  return { hide, toggle, showFit: (settings?.icp?.include.length ?? 0) > 0 };
}

import { useState } from 'react';
import type { HeldBurst } from '@/components/dashboard/held-bursts';
import { plural } from '@/components/dashboard/format';
import { call } from '@/entrypoints/shared/api';
import type { HeldGroup } from '@/storage/held';
import type { LeadActions } from './lead-actions';

/** Held bursts for the capture health card, and keeping or discarding one through the background. */
export function useHeld(groups: readonly HeldGroup[] | undefined, actions: LeadActions) {
  const [busy, setBusy] = useState(false);
  const bursts: readonly HeldBurst[] = groups ?? [];
  const decide = (type: 'held.keep' | 'held.discard') => async (group: string) => {
    setBusy(true);
    try {
      const { people } = await call(type, { group });
      actions.info(type === 'held.keep' ? `Kept ${plural(people, 'person', 'people')}.` : `Discarded them.`);
    } catch (e) {
      actions.fail(e);
    } finally {
      setBusy(false);
    }
  };
  return {
    bursts,
    busy,
    onKeep: (g: string) => void decide('held.keep')(g),
    onDiscard: (g: string) => void decide('held.discard')(g),
  };
}

import { useLiveQuery } from 'dexie-react-hooks';
import { LeadDrawer, type LeadPatch } from '@/components/dashboard/lead-drawer';
import { db, type StoredLead } from '@/storage/db';
import { cadenceOf, type CadenceStates } from '@/lists';
import { leadTouches } from '@/storage/lead-touches';
import type { LeadActions } from './lead-actions';

interface Props {
  lead: StoredLead;
  states: CadenceStates;
  now: Date;
  actions: LeadActions;
  onClose: () => void;
}

/** The open lead's drawer, with its touches read live (they are not part of the lead record). */
export function DrawerContainer({ lead, states, now, actions, onClose }: Props) {
  const touches = useLiveQuery(() => leadTouches(db(), lead.id), [lead.id]);
  const onPatch = (patch: LeadPatch) => actions.update([lead.id], patch);
  const onForget = () => {
    onClose();
    void actions.remove([lead.id]);
  };
  return (
    <LeadDrawer
      lead={lead}
      touches={touches}
      cadence={cadenceOf(states, lead.id)}
      now={now}
      onPatch={onPatch}
      onForget={onForget}
      onClose={onClose}
    />
  );
}

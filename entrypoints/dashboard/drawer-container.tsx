import { useLiveQuery } from 'dexie-react-hooks';
import { LeadDrawer, type LeadPatch } from '@/components/dashboard/lead-drawer';
import { db, type StoredLead } from '@/storage/db';
import { cadenceOf, type CadenceStates } from '@/lists';
import { touchesByLead } from '@/storage/lead-touches';
import { personLeads } from '@/storage/person-leads';
import { personTouches } from '@/people';
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
  // A linked person's drawer shows every profile and every touch of the person (issue #15).
  const person = useLiveQuery(() => personLeads(db(), lead), [lead]);
  const ids = (person ?? [lead]).map((l) => l.id);
  // Re-read when the person's leads change, compared by value.
  const key = ids.join(' ');
  const touches = useLiveQuery(async () => personTouches(await touchesByLead(db(), ids), ids), [key]);
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
      others={person?.filter((l) => l.id !== lead.id)}
      onUnlink={(id) => void actions.unlink(id)}
    />
  );
}

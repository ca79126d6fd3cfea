import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { PersonCard, type PersonCardModel } from '@/components/popup/person-card';
import { db } from '@/storage/db';
import { leadForPerson } from '@/storage/popup-queries';
import { call } from '@/entrypoints/shared/api';
import { cadenceLine } from './cadence-line';
import { handleLabel, nameOf, platformLabel } from './labels';
import { useLeadCadence } from './use-lead-cadence';
import { useTabPerson } from './use-tab-person';

/** The person in the current tab, first: saved as a lead in one click, or shown as the lead. */
export function PersonSection({ now, onOpen }: { now: Date; onOpen: (leadId: string) => void }) {
  const person = useTabPerson();
  const lead = useLiveQuery(() => (person ? leadForPerson(db(), person) : null), [person]);
  const cadence = useLeadCadence(lead, now);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!person || lead === undefined) return null;

  const who = {
    name: nameOf({ ...person, displayName: person.displayName ?? '', id: '' }),
    handle: handleLabel(person),
    platform: platformLabel(person.platform),
  };
  const save = () => {
    setSaving(true);
    call('lead.save', { person })
      .then(() => setError(null))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setSaving(false));
  };
  let model: PersonCardModel;
  if (lead) {
    const line = cadence ? cadenceLine(cadence.status, lead, cadence.now) : '';
    model = { kind: 'lead', ...who, name: nameOf(lead), stage: lead.stage, cadence: line };
  } else {
    model = { kind: 'unsaved', ...who, saving, error };
  }
  return <PersonCard model={model} onSave={save} onOpen={() => lead && onOpen(lead.id)} />;
}

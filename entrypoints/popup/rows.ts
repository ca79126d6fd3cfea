import { waitingFor } from '@/cadence';
import type { LeadRowModel } from '@/components/popup/lead-rows';
import type { SnapshotLead } from '@/storage/popup-snapshot-shape';
import { waitingSince } from './cadence-line';
import { handleLabel, nameOf, platformLabel } from './labels';

type Shown = Pick<SnapshotLead, 'id' | 'platform' | 'handle' | 'displayName'>;

/** A list row as the popup words it. */
export const row = (lead: Shown, detail: string, tone?: LeadRowModel['tone']): LeadRowModel => ({
  id: lead.id,
  name: nameOf(lead),
  handle: handleLabel(lead),
  platform: platformLabel(lead.platform),
  detail,
  tone,
});

/** A New row: how long they wait, their fit, and triage's doubt if it has one (issue #14). */
export function newRow(lead: SnapshotLead, now: Date, showFit: boolean): LeadRowModel {
  const t = lead.triage;
  const fit = showFit && t ? ` · fit ${t.fit}` : '';
  const model = row(lead, `waiting ${waitingFor(waitingSince(lead), now)}${fit}`);
  if (t?.likelyFalse) model.chip = { text: `likely false · ${t.reasons[0] ?? 'triage'}`, title: t.reasons.join('; ') };
  return model;
}

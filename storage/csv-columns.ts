import { SIGNAL_KINDS, type CsvLeadRow, type CsvPreset, type Lead, type Stage } from '@/model';

/** One CSV column: its header and the raw (unguarded) text of its cell for a row. */
export interface CsvColumn {
  header: string;
  cell: (row: CsvLeadRow) => string;
}

const LIST_SEPARATOR = '; ';

/** Signal counts per kind in SIGNAL_KINDS order, zero counts left out: `followed: 1; saved: 2`. */
export function signalSummary(lead: Lead): string {
  return SIGNAL_KINDS.map((kind) => [kind, lead.signals.filter((s) => s.kind === kind).length] as const)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${kind}: ${count}`)
    .join(LIST_SEPARATOR);
}

/** The earliest signal as `kind (source)`, or '' when there is none. */
export function firstSignal(lead: Lead): string {
  // Compare as instants: ISO strings with and without fractional seconds do not sort as text.
  let first: Lead['signals'][number] | undefined;
  for (const s of lead.signals) if (!first || Date.parse(s.at) < Date.parse(first.at)) first = s;
  return first ? `${first.kind} (${first.source})` : '';
}

/** `Ann Lee Smith` → [`Ann`, `Lee Smith`]: split on the first space; one word is a first name. */
export function splitName(displayName: string): [first: string, last: string] {
  const name = displayName.trim();
  const space = name.indexOf(' ');
  return space === -1 ? [name, ''] : [name.slice(0, space), name.slice(space + 1).trim()];
}

/** HubSpot lifecycle stage (internal value) for each Touchline stage. */
export const HUBSPOT_LIFECYCLE: Record<Stage, string> = {
  new: 'lead',
  lead: 'lead',
  contact: 'marketingqualifiedlead',
  opportunity: 'opportunity',
  client: 'customer',
  nurture: 'lead',
  disqualified: 'other',
};

/** HubSpot lead status (internal value): from the stage, and for `lead` from the cadence state. */
export function hubspotLeadStatus(row: CsvLeadRow): string {
  switch (row.lead.stage) {
    case 'new':
      return 'NEW';
    case 'lead':
      if (row.cadenceState === 'replied') return 'CONNECTED';
      return row.touchesUsed > 0 ? 'ATTEMPTED_TO_CONTACT' : 'OPEN';
    case 'contact':
    case 'client':
      return 'CONNECTED';
    case 'opportunity':
      return 'OPEN_DEAL';
    case 'nurture':
      return 'BAD_TIMING';
    case 'disqualified':
      return 'UNQUALIFIED';
  }
}

/** The row's lead and the person's others (issue #15), X first. */
const profiles = (r: CsvLeadRow): Lead[] => [r.lead, ...(r.others ?? [])];
const onPlatform = (r: CsvLeadRow, platform: Lead['platform']) => profiles(r).find((l) => l.platform === platform);

/** The lead's id as CRMs know it: stable when an X lead known by handle later takes its rest_id. */
export const touchlineId = (r: CsvLeadRow): string => r.lead.touchlineId ?? r.lead.id;

const col = (header: string, cell: (row: CsvLeadRow) => string): CsvColumn => ({ header, cell });

/** The documented, stable default column set (docs/csv.md): add columns at the end only. */
const DEFAULT_COLUMNS: readonly CsvColumn[] = [
  col('id', (r) => r.lead.id),
  col('platform', (r) => r.lead.platform),
  col('handle', (r) => r.lead.handle ?? ''),
  col('display_name', (r) => r.lead.displayName),
  col('headline', (r) => r.lead.headline),
  col('profile_url', (r) => r.lead.profileUrl),
  col('stage', (r) => r.lead.stage),
  col('temperature', (r) => r.lead.temperature ?? ''),
  col('do_not_contact', (r) => String(r.lead.doNotContact)),
  col('signals', (r) => signalSummary(r.lead)),
  col('first_signal', (r) => firstSignal(r.lead)),
  col('first_seen_at', (r) => r.lead.firstSeenAt),
  col('last_signal_at', (r) => r.lead.lastSignalAt),
  col('touches_used', (r) => String(r.touchesUsed)),
  col('last_touch_at', (r) => r.lastTouchAt ?? ''),
  col('cadence_status', (r) => r.cadenceState),
  col('tags', (r) => r.lead.tags.join(LIST_SEPARATOR)),
  col('notes', (r) => r.lead.notes),
  col('location', (r) => r.lead.location ?? ''),
  col('followers_count', (r) => (r.lead.followersCount === undefined ? '' : String(r.lead.followersCount))),
  col('aliases', (r) => r.lead.aliases.join(LIST_SEPARATOR)),
  col('touchline_id', touchlineId),
  // One row per person (issue #15): the profiles of its other leads, e.g. its LinkedIn beside its X.
  col('other_profile_urls', (r) => (r.others ?? []).map((l) => l.profileUrl).join(LIST_SEPARATOR)),
];

/**
 * HubSpot contact import: `First Name` … `Lead Status` are labels of HubSpot default contact properties
 * (mapped automatically); the rest are custom columns HubSpot offers to map or create. Nothing is
 * left out: do-not-contact and disqualified leads are exported, with `Do Not Contact` visible.
 */
const HUBSPOT_COLUMNS: readonly CsvColumn[] = [
  col('First Name', (r) => splitName(r.lead.displayName)[0]),
  col('Last Name', (r) => splitName(r.lead.displayName)[1]),
  col('Job Title', (r) => r.lead.headline),
  // A person linked across platforms is one contact with both (issue #15).
  col('Twitter Username', (r) => onPlatform(r, 'x')?.handle ?? ''),
  col('LinkedIn URL', (r) => onPlatform(r, 'linkedin')?.profileUrl ?? ''),
  col('Lifecycle Stage', (r) => HUBSPOT_LIFECYCLE[r.lead.stage]),
  col('Lead Status', hubspotLeadStatus),
  col('Do Not Contact', (r) => String(r.lead.doNotContact)),
  col('Notes', (r) => r.lead.notes),
  // HubSpot: create it once as a custom property of type "unique value" (docs/csv.md), and a
  // second import updates these contacts instead of creating duplicates.
  col('touchline_id', touchlineId),
];

export const COLUMNS: Readonly<Record<CsvPreset, readonly CsvColumn[]>> = {
  default: DEFAULT_COLUMNS,
  hubspot: HUBSPOT_COLUMNS,
};

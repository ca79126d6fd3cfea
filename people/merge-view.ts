import { PLATFORMS, TEMPERATURES, type Lead, type Platform, type Signal, type Stage, type Temperature } from '@/model';

/** One of the person's profiles, as the popup and the dashboard show it. */
export interface PersonProfile {
  leadId: string;
  platform: Platform;
  handle: string | null;
  displayName: string;
  headline: string;
  /** As stored: the view passes it through `safeProfileUrl` before making it a link. */
  profileUrl: string;
  avatarUrl: string;
}

/** A signal of one of the person's leads, saying which. */
export type PersonSignal = Signal & { leadId: string; platform: Platform };

/** A person shown once: what their linked leads say together. */
export interface PersonView {
  leadIds: string[];
  displayName: string;
  /** X first, then LinkedIn; leads of one platform in the order given. */
  profiles: PersonProfile[];
  /** Every lead's signals, oldest first. */
  signals: PersonSignal[];
  firstSeenAt: string;
  lastSignalAt: string;
  stage: Stage;
  temperature: Temperature | null;
  doNotContact: boolean;
  disqualified: boolean;
  /** Every lead's tags, once each, in the order first met. */
  tags: string[];
}

/**
 * How far along each stage is, for "the furthest along". Not `STAGES`' order, which lists nurture
 * after client: nurture is a lead whose cadence ended unanswered (the HubSpot preset exports it as a
 * lead, docs/csv.md), so a client on X who is in nurture on LinkedIn is a client.
 */
export const STAGE_PROGRESS: readonly Exclude<Stage, 'disqualified'>[] = [
  'new',
  'lead',
  'nurture',
  'contact',
  'opportunity',
  'client',
];

/**
 * The person behind `leads`, shown once, or null for no leads. The rules:
 * - do-not-contact if any lead is (the person asked, on whichever platform);
 * - disqualified if any lead is (a bot or a competitor on one platform is one on the other);
 * - stage: the furthest along by `STAGE_PROGRESS` among the leads not disqualified, or
 *   `disqualified` when every lead is;
 * - temperature: the hottest set (a lead without one does not cool the person), null if none;
 * - first seen: the earliest; last signal: the latest; signals merged oldest first (a tie keeps
 *   the order of `leads`); tags: the union;
 * - the name: the one of the lead with the latest signal that has a name (what the person calls
 *   themselves now), else the first handle.
 */
export function mergeView(leads: readonly Lead[]): PersonView | null {
  const [first] = leads;
  if (!first) return null;
  const byTime = (a: string, b: string) => Date.parse(a) - Date.parse(b);
  const latestFirst = [...leads].sort((a, b) => byTime(b.lastSignalAt, a.lastSignalAt));
  const signals = leads
    .flatMap((lead) => lead.signals.map((s): PersonSignal => ({ ...s, leadId: lead.id, platform: lead.platform })))
    .sort((a, b) => byTime(a.at, b.at));
  const open = leads.filter((l) => l.stage !== 'disqualified');
  return {
    leadIds: leads.map((l) => l.id),
    displayName: latestFirst.find((l) => l.displayName.trim() !== '')?.displayName ?? first.handle ?? '',
    profiles: PLATFORMS.flatMap((p) => leads.filter((l) => l.platform === p)).map(profileOf),
    signals,
    firstSeenAt: leads.map((l) => l.firstSeenAt).reduce((a, b) => (byTime(b, a) < 0 ? b : a)),
    lastSignalAt: latestFirst[0]?.lastSignalAt ?? first.lastSignalAt,
    stage: open.length === 0 ? 'disqualified' : furthest(open.map((l) => l.stage)),
    temperature: hottest(leads.map((l) => l.temperature)),
    doNotContact: leads.some((l) => l.doNotContact),
    disqualified: open.length < leads.length,
    tags: [...new Set(leads.flatMap((l) => l.tags))],
  };
}

function furthest(stages: readonly Stage[]): Stage {
  const rank = (s: Stage) => STAGE_PROGRESS.indexOf(s as (typeof STAGE_PROGRESS)[number]);
  return stages.reduce((a, b) => (rank(b) > rank(a) ? b : a));
}

/** `TEMPERATURES` lists the hottest first. */
function hottest(temperatures: readonly (Temperature | null)[]): Temperature | null {
  return TEMPERATURES.find((t) => temperatures.includes(t)) ?? null;
}

function profileOf(lead: Lead): PersonProfile {
  const { id, platform, handle, displayName, headline, profileUrl, avatarUrl } = lead;
  return { leadId: id, platform, handle, displayName, headline, profileUrl, avatarUrl };
}

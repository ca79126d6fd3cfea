import { checkTouch, cadenceStatus, restartedAt, type CadenceStatus, type CadenceTouch } from '@/cadence';
import type { CheckTouchOptions, ProposedTouch, TouchCheck } from '@/cadence';
import type { CadencePolicy, Lead } from '@/model';

/** A person's leads as the cadence needs them: their ids and their restarts. */
export type PersonLead = Pick<Lead, 'id' | 'cadenceRestarts'>;

/**
 * The touches on all of a person's leads as one list, oldest first (two touches at one instant keep
 * the order of `leadIds`, then their own), so that the cadence rules see one cap, one window opened
 * by the first touch on either lead and one minimum gap across channels. A lead with no touches
 * contributes nothing.
 */
export function personTouches<T extends Pick<CadenceTouch, 'at'>>(
  touchesByLead: ReadonlyMap<string, readonly T[]>,
  leadIds: readonly string[],
): T[] {
  const merged = [...new Set(leadIds)].flatMap((id) => touchesByLead.get(id) ?? []);
  const times = new Map(merged.map((t) => [t, Date.parse(t.at)]));
  return merged.sort((a, b) => (times.get(a) ?? 0) - (times.get(b) ?? 0));
}

/**
 * When the person's cadence was last restarted: the latest restart among the leads. A restart is
 * the rep deciding to start over with someone, and the someone is the person, not one profile: the
 * touches on the other lead before it belong to the cadence that was given up too.
 */
export function personRestartedAt(leads: readonly Pick<Lead, 'cadenceRestarts'>[]): string | null {
  let latest: string | null = null;
  for (const lead of leads) {
    const at = restartedAt(lead);
    if (at !== null && (latest === null || Date.parse(at) > Date.parse(latest))) latest = at;
  }
  return latest;
}

/**
 * Where the person's cadence stands at `now`: `cadenceStatus` over the touches of every lead, from
 * the latest restart among them. The background answers `cadence.status` of any linked lead with it.
 */
export function personCadenceStatus(
  policy: CadencePolicy,
  touchesByLead: ReadonlyMap<string, readonly CadenceTouch[]>,
  leads: readonly PersonLead[],
  now: Date,
): CadenceStatus {
  const touches = personTouches(
    touchesByLead,
    leads.map((l) => l.id),
  );
  return cadenceStatus(policy, touches, now, personRestartedAt(leads));
}

/**
 * Whether the person's policy lets the rep log `proposed` on any of their leads at `now`: `checkTouch`
 * over every lead's touches, from the latest restart among them. Value propositions repeat across
 * the person too: a message sent on X was read by the same human as one on LinkedIn.
 */
export function checkPersonTouch(
  policy: CadencePolicy,
  touchesByLead: ReadonlyMap<string, readonly CadenceTouch[]>,
  leads: readonly PersonLead[],
  proposed: ProposedTouch,
  now: Date,
  opts: Pick<CheckTouchOptions, 'confirmEarly'> = {},
): TouchCheck {
  const touches = personTouches(
    touchesByLead,
    leads.map((l) => l.id),
  );
  return checkTouch(policy, touches, proposed, now, { ...opts, restartedAt: personRestartedAt(leads) });
}

// Triage's public API (issue #14): pure functions of a lead, the user's ideal customer and `now`.
// Storage computes and stores the result; the popup and dashboard read it. Import from here.
import type { Icp, Lead, Touch, Triage } from '@/model';
import { scoreFit } from './fit';
import { likelyFalse } from './false-lead';
import { suggestedTemperature } from './temperature';

export { bandPoints, scoreFit, FOLLOWER_BANDS, type Fit } from './fit';
export { likelyFalse, WEAK_RULES_FOR_FALSE, type FalseLeadVerdict } from './false-lead';
export { FALSE_LEAD_RULES, type FalseLeadRule, type RuleId, type RuleStrength } from './rules';
export { suggestedTemperature, type SuggestedTemperature, type TemperatureContext } from './temperature';

/** What a lead records when the rep agrees it is a false lead: triage's reasons, if it had any. */
export const falseLeadReason = (reasons: readonly string[] | undefined): string =>
  reasons?.length ? `false lead: ${reasons.join(', ')}` : 'false lead';

export interface TriageInput {
  icp: Icp;
  /** When the triage runs: account ages are measured from it. */
  now: Date;
  /** This lead's touches (a reply warms it). */
  touches?: readonly Pick<Touch, 'outcome'>[];
  /** The same person is a lead on the other platform too. */
  linked?: boolean;
}

/**
 * Everything triage says about one lead, in the stored shape (`triageSchema`): likely false
 * with reasons, fit 0–100 with the words that matched, and a suggested temperature with its
 * reason. Never reads or changes the rep's own `temperature` or `stage`. Never throws on a
 * schema-valid lead.
 */
export function triage(lead: Lead, { icp, now, touches, linked }: TriageInput): Triage {
  const verdict = likelyFalse(lead, now);
  const f = scoreFit(lead, icp);
  const t = suggestedTemperature(lead, { touches, linkedAcrossPlatforms: linked });
  return {
    likelyFalse: verdict.likelyFalse,
    reasons: verdict.reasons,
    fit: f.score,
    suggestedTemperature: t.temperature,
    matched: f.matched,
    excluded: f.excluded,
    temperatureReason: t.reason,
  };
}

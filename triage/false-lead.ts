import type { Lead } from '@/model';
import { FALSE_LEAD_RULES, type RuleId } from './rules';

/** This many weak rules together make a lead likely false; one strong rule is enough alone. */
export const WEAK_RULES_FOR_FALSE = 2;

export interface FalseLeadVerdict {
  likelyFalse: boolean;
  /** The reason of every rule that fired, in table order, even when not enough to decide. */
  reasons: string[];
  /** The ids of the rules that fired, parallel to `reasons`. */
  fired: RuleId[];
}

/**
 * Whether a lead looks like a false lead (a bot, a name swept up in error, an unnamed card):
 * likely false when one strong rule fires (a name that is only emoji or a link, a LinkedIn
 * generic card) or at least {@link WEAK_RULES_FOR_FALSE} weak ones do. One weak signal alone
 * (no bio, a new account) describes many genuine people. A suggestion, never a delete.
 * @param now the time the account's age is measured at; the core never reads the clock.
 */
export function likelyFalse(lead: Lead, now: Date): FalseLeadVerdict {
  const reasons: string[] = [];
  const fired: RuleId[] = [];
  let weak = 0;
  let strong = 0;
  for (const rule of FALSE_LEAD_RULES) {
    const reason = rule.check(lead, now);
    if (reason === null) continue;
    reasons.push(reason);
    fired.push(rule.id);
    if (rule.strength === 'strong') strong += 1;
    else weak += 1;
  }
  return { likelyFalse: strong > 0 || weak >= WEAK_RULES_FOR_FALSE, reasons, fired };
}

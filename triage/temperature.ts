import type { Lead, Temperature, Touch } from '@/model';

export interface TemperatureContext {
  /** This lead's logged touches (any order); a reply is a touch with outcome `replied`. */
  touches?: readonly Pick<Touch, 'outcome'>[];
  /** The same person is a lead on the other platform too (the caller knows the link). */
  linkedAcrossPlatforms?: boolean;
}

export interface SuggestedTemperature {
  temperature: Temperature | null;
  /** Why, for the rep: "replied", "viewed your profile 3 times, followed and viewed". */
  reason: string | null;
}

/** This many warming behaviours together make a lead hot; one makes it warm. */
export const WARM_SIGNALS_FOR_HOT = 2;
/** Profile views that count as "viewed more than once". */
export const REPEAT_VIEWS = 2;

/** Whether the person follows now: the latest of their follow and unfollow signals says. */
function followState(lead: Lead): 'following' | 'unfollowed' | 'never' {
  let latest: { at: string; kind: string } | undefined;
  for (const s of lead.signals) {
    if ((s.kind === 'followed' || s.kind === 'unfollowed') && (latest === undefined || s.at >= latest.at)) latest = s;
  }
  if (latest === undefined) return 'never';
  return latest.kind === 'followed' ? 'following' : 'unfollowed';
}

/**
 * A temperature suggested by behaviour alone. Replied → hot. Otherwise each warming behaviour
 * counts (viewed the profile {@link REPEAT_VIEWS}+ times; follows and viewed; on both
 * platforms): {@link WARM_SIGNALS_FOR_HOT}+ → hot, one → warm. No warming behaviour: unfollowed
 * or a single follow or view → cold; no signal and no touch at all → null (nothing to go on).
 * The rep's own `lead.temperature` is not read: the caller keeps the rep's choice over this.
 */
export function suggestedTemperature(lead: Lead, context: TemperatureContext = {}): SuggestedTemperature {
  if ((context.touches ?? []).some((t) => t.outcome === 'replied')) return { temperature: 'hot', reason: 'replied' };
  const views = lead.signals.filter((s) => s.kind === 'viewed_profile').length;
  const follow = followState(lead);
  const warming: string[] = [];
  if (views >= REPEAT_VIEWS) warming.push(`viewed your profile ${views} times`);
  if (follow === 'following' && views > 0) warming.push('followed and viewed');
  if (context.linkedAcrossPlatforms === true) warming.push('on both platforms');
  if (warming.length > 0) {
    return { temperature: warming.length >= WARM_SIGNALS_FOR_HOT ? 'hot' : 'warm', reason: warming.join(', ') };
  }
  if (follow === 'unfollowed') return { temperature: 'cold', reason: 'unfollowed' };
  if (follow === 'following') return { temperature: 'cold', reason: 'followed only' };
  if (views > 0) return { temperature: 'cold', reason: 'one profile view' };
  if (lead.signals.length > 0 || (context.touches ?? []).length > 0)
    return { temperature: 'cold', reason: 'no engagement yet' };
  return { temperature: null, reason: null };
}

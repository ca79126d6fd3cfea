import type { Channel, Platform, Touch } from '@/model';

/** The channel that reaches a person on each platform they have a lead on. */
const CHANNEL_OF: Record<Platform, Channel> = { x: 'x_dm', linkedin: 'linkedin_message' };

/**
 * The channel the touch form should offer next: one channel at a time, so not the one used last.
 *
 * Candidates are the platforms' channels (`x_dm`, `linkedin_message`) of the person's platforms,
 * in the order given (the caller puts the lead being looked at first). The one used least recently
 * is suggested, a channel never used counting as the oldest, and the channel of the last touch
 * only when it is the only candidate. After an email, a call or an `other` touch no platform
 * channel was used last, so the one waiting longest comes next. Restarts do not
 * matter here: what the person last heard on is history either way. Null without platforms.
 */
export function suggestChannel(
  touches: readonly Pick<Touch, 'at' | 'channel'>[],
  platformsOfPerson: readonly Platform[],
): Channel | null {
  const candidates = [...new Set(platformsOfPerson.map((p) => CHANNEL_OF[p]))];
  const lastUse = new Map<Channel, number>();
  let last: { channel: Channel; at: number } | null = null;
  for (const t of touches) {
    const at = Date.parse(t.at);
    if (at >= (lastUse.get(t.channel) ?? -Infinity)) lastUse.set(t.channel, at);
    if (last === null || at >= last.at) last = { channel: t.channel, at };
  }
  const others = candidates.filter((c) => c !== last?.channel);
  const pool = others.length > 0 ? others : candidates;
  let best: Channel | null = null;
  for (const c of pool) {
    if (best === null || (lastUse.get(c) ?? -Infinity) < (lastUse.get(best) ?? -Infinity)) best = c;
  }
  return best;
}

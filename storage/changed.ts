import type { Lead } from '@/model';

/**
 * Whether anything a CSV row shows differs (storage/csv-columns.ts): a re-scan that sees a follower
 * again, unchanged, must not mark them changed, or "only changed since the last export" would
 * re-send every follower to the CRM. Scalars and lengths only: this runs for every captured person.
 */
function rowDiffers(a: Lead, b: Lead): boolean {
  return (
    a.handle !== b.handle ||
    a.displayName !== b.displayName ||
    a.headline !== b.headline ||
    a.profileUrl !== b.profileUrl ||
    a.stage !== b.stage ||
    a.temperature !== b.temperature ||
    a.doNotContact !== b.doNotContact ||
    a.notes !== b.notes ||
    a.location !== b.location ||
    a.followersCount !== b.followersCount ||
    a.firstSeenAt !== b.firstSeenAt ||
    a.lastSignalAt !== b.lastSignalAt ||
    a.signals.length !== b.signals.length ||
    a.aliases.length !== b.aliases.length ||
    a.tags.join('\n') !== b.tags.join('\n')
  );
}

/** Sets `next.changedAt`: `now` when its row differs from `before` (or it is new), else the old value. */
export function markChanged<T extends Lead>(before: Lead | undefined, next: T, now: string): T {
  if (!before || rowDiffers(before, next)) next.changedAt = now;
  else if (before.changedAt) next.changedAt = before.changedAt;
  else delete next.changedAt;
  return next;
}

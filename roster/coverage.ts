/**
 * Coverage of an own account's followers (issue #12): how many Touchline knows against the count
 * the platform shows, and what to do to complete it.
 */
export interface Coverage {
  platform: 'x' | 'linkedin';
  known: number;
  /** The platform's own follower count, when a profile or the list has shown it. */
  followersCount?: number;
  /** The followers list was followed from its top to its end at least once. */
  endReached: boolean;
}

const n = (v: number) => v.toLocaleString('en');

export function coverageText({ platform, known, followersCount, endReached }: Coverage): string {
  const site = platform === 'x' ? 'X' : 'LinkedIn';
  const complete = followersCount !== undefined && known >= followersCount;
  const of =
    followersCount === undefined
      ? `${n(known)} of your ${site} followers`
      : `${n(known)} of your ${n(followersCount)} ${site} followers`;
  if (complete) return `Touchline knows all ${n(known)} of your ${site} followers; new-follower detection is exact.`;
  const archive = platform === 'x' ? 'import your X archive' : "import LinkedIn's Connections.csv";
  const howMany =
    followersCount === undefined
      ? platform === 'x'
        ? ' Open your own X profile once so Touchline learns how many you have.'
        : ''
      : '';
  const todo = endReached ? `or ${archive}` : `scroll to the end of your followers list once, or ${archive}`;
  return `Touchline knows ${of}; new-follower detection is exact above them; ${todo}.${howMany}`;
}

export interface FollowerChanges {
  gained7: number;
  lost7: number;
  gained30: number;
  lost30: number;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * +N new and −N lost over the last 7 and 30 days: new followers are roster entries Touchline saw
 * arrive (above the known ones, or in a notification), lost ones those marked lost.
 */
export function followerChanges(
  entries: readonly { evidence: string; firstSeenAt: string; lostAt?: string }[],
  now: Date,
): FollowerChanges {
  const since = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
  const [d7, d30] = [since(7), since(30)];
  const gained = entries.filter((e) => e.evidence === 'list_new' || e.evidence === 'notification');
  const lost = entries.filter((e) => e.lostAt !== undefined);
  return {
    gained7: gained.filter((e) => e.firstSeenAt >= d7).length,
    lost7: lost.filter((e) => (e.lostAt ?? '') >= d7).length,
    gained30: gained.filter((e) => e.firstSeenAt >= d30).length,
    lost30: lost.filter((e) => (e.lostAt ?? '') >= d30).length,
  };
}

/**
 * Lost followers, on evidence only (issue #12). A scan that followed the list from its top to its
 * end without a gap shows every follower; a rostered follower it did not show has left. X shows
 * only the more recent part of a long list (twitter-web-exporter #152), so an "end" far short of
 * the account's follower count is a cut-off, not the end: then nobody is marked lost, and neither
 * while the count is unknown (X tells it on your own profile; LinkedIn with its followers list).
 */

/** Share of the follower count a complete scan must have shown before its absences count. */
export const COMPLETE_SCAN_SHARE = 0.9;

export function scanProvesAbsence(shown: number, followersCount: number | undefined): boolean {
  if (followersCount === undefined) return false;
  return shown >= Math.floor(followersCount * COMPLETE_SCAN_SHARE);
}

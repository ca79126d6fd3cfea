import type { Lead, Signal } from '@/model';

const signalKey = (s: Signal) => `${s.kind}|${s.source}|${s.account ?? ''}|${s.at}`;

/**
 * One lead from two sources (stored, imported): the side with the later signal wins each
 * non-empty field, lists are unioned, and disqualified / do-not-contact are sticky on either side.
 */
export function mergeBackupLead(current: Lead, imported: Lead): Lead {
  const importedNewer = imported.lastSignalAt > current.lastSignalAt;
  const [older, newer] = importedNewer ? [current, imported] : [imported, current];
  const merged: Lead = { ...older };
  for (const [key, value] of Object.entries(newer) as [keyof Lead, unknown][]) {
    if (value !== '' && value !== null && value !== undefined) Object.assign(merged, { [key]: value });
  }
  const signals = new Map([...current.signals, ...imported.signals].map((s) => [signalKey(s), s]));
  merged.id = current.id;
  merged.signals = [...signals.values()].sort((a, b) => a.at.localeCompare(b.at));
  merged.aliases = union(current.aliases, imported.aliases).filter((a) => a !== merged.handle);
  merged.tags = union(current.tags, imported.tags);
  merged.notes = mergeNotes(current.notes, imported.notes);
  merged.firstSeenAt = current.firstSeenAt < imported.firstSeenAt ? current.firstSeenAt : imported.firstSeenAt;
  merged.doNotContact = current.doNotContact || imported.doNotContact;
  if (current.stage === 'disqualified' || imported.stage === 'disqualified') merged.stage = 'disqualified';
  // The CSV id a CRM already knows is the stored one; a change on either side is a change.
  const touchlineId = current.touchlineId ?? imported.touchlineId;
  if (touchlineId) merged.touchlineId = touchlineId;
  const changedAt = [current.changedAt, imported.changedAt]
    .filter((t) => t !== undefined)
    .sort()
    .at(-1);
  if (changedAt) merged.changedAt = changedAt;
  return merged;
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** Notes are the rep's own words: never drop either side's, never repeat one on re-import. */
function mergeNotes(a: string, b: string): string {
  if (!a || b.includes(a)) return b;
  if (!b || a.includes(b)) return a;
  return `${a}\n\n${b}`;
}

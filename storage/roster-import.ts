import type { Payload } from '@/messaging/table';
import type { StoredRosterEntry, TouchlineDb } from './db';
import { rosterKeys } from './roster-keys';

export type RosterImport = Payload<'roster.import'>;

/**
 * Fills an own account's roster from the platform's own export (X archive follower.js /
 * following.js, LinkedIn Connections.csv), all-or-nothing in one transaction. Nobody in it is ever
 * new; X ids without names stay roster entries until the person is seen, never nameless leads.
 * Known entries keep what they have (a lost follower stays lost: the export may be older).
 */
export async function importRoster(
  database: TouchlineDb,
  input: RosterImport,
  now: Date,
): Promise<{ added: number; known: number }> {
  const at = now.toISOString();
  const { account, entries, source } = input;
  const platform = account.startsWith('x:') ? 'x' : 'linkedin';
  return database.transaction('rw', [database.roster, database.accounts], async () => {
    const ids = entries.map((e) => `${account}|${e.person}`);
    const existing = new Set((await database.roster.bulkGet(ids)).filter((e) => e !== undefined).map((e) => e.id));
    const fresh: StoredRosterEntry[] = [];
    for (const e of entries) {
      const id = `${account}|${e.person}`;
      if (existing.has(id)) continue;
      existing.add(id);
      fresh.push({
        id,
        account,
        person: e.person,
        keys: rosterKeys(account, e.person),
        ...(e.name ? { name: e.name } : {}),
        firstSeenAt: at,
        lastSeenAt: at,
        evidence: source,
        ...(e.followedAt ? { followedAt: e.followedAt } : {}),
        status: e.following ? 'following' : 'follower',
      });
    }
    await database.roster.bulkPut(fresh);
    const own = (await database.accounts.get(account)) ?? { id: account, platform, baselineAt: null };
    // A follower export is a complete baseline: the next list visit reads newcomers above it.
    await database.accounts.put({
      ...own,
      ...(input.handle && !own.handle ? { handle: input.handle } : {}),
      baselineAt: own.baselineAt ?? (entries.some((e) => !e.following) ? at : null),
    });
    return { added: fresh.length, known: entries.length - fresh.length };
  });
}

import type { Transaction } from 'dexie';
import type { Lead, OwnAccount, RosterEntry } from '@/model';
import { storedRosterEntry } from '../roster-keys';

/**
 * Version 2 (issue #12): a follower roster per own account, kept apart from leads, and the page
 * visits that order-aware capture reads. `accounts` changes shape: from one record per list
 * surface (`x.followers:<id>`, holding the baseline visit) to one per own account (`x:<id>`).
 */
export const V2_STORES = {
  accounts: 'id, platform',
  roster: 'id, account, *keys, [account+status], lostAt, firstSeenAt',
  visits: 'id, at',
};

interface V1Account {
  id: string;
  baselineVisit?: string;
  baselineAt?: string;
}

/** The own account a v1 signal names: X rest_ids, LinkedIn slugs; `?` where LinkedIn did not say. */
const accountOf = (platform: Lead['platform'], account: string | null) => `${platform}:${account ?? '?'}`;

/**
 * The roster that version 1 data implies: everyone with a `followed` signal follows the account
 * that signal names. Used by this upgrader and by imports of version 1 backups.
 */
export function rosterFromLeads(leads: Iterable<Lead>): { roster: RosterEntry[]; accounts: OwnAccount[] } {
  const roster = new Map<string, RosterEntry>();
  const accounts = new Map<string, OwnAccount>();
  for (const lead of leads) {
    for (const signal of lead.signals) {
      if (signal.kind !== 'followed') continue;
      const account = accountOf(lead.platform, signal.account);
      const key = `${account}|${lead.id}`;
      const known = roster.get(key);
      const exact = signal.source.endsWith('.notifications') ? signal.at : undefined;
      roster.set(key, {
        account,
        person: lead.id,
        firstSeenAt: known && known.firstSeenAt < signal.at ? known.firstSeenAt : signal.at,
        lastSeenAt: known && known.lastSeenAt > signal.at ? known.lastSeenAt : signal.at,
        evidence: 'migrated',
        status: 'follower',
        ...((known?.followedAt ?? exact) ? { followedAt: known?.followedAt ?? exact } : {}),
      });
      // Only a visited followers list is a baseline; a notification names one follower.
      const listed = signal.source.endsWith('.followers') ? signal.at : null;
      const a = accounts.get(account) ?? { id: account, platform: lead.platform, baselineAt: null };
      if (listed && (a.baselineAt === null || a.baselineAt > listed)) a.baselineAt = listed;
      accounts.set(account, a);
    }
  }
  return { roster: [...roster.values()], accounts: [...accounts.values()] };
}

export async function upgradeToV2(tx: Transaction): Promise<void> {
  const accounts = tx.table('accounts');
  const old = (await accounts.toArray()) as V1Account[];
  const { roster, accounts: derived } = rosterFromLeads((await tx.table('leads').toArray()) as Lead[]);
  const byId = new Map(derived.map((a) => [a.id, a]));
  // A v1 record `x.followers:<id>` marks a visited list: its baseline time is the better one.
  for (const record of old) {
    const match = /^(x|linkedin)\.followers:(.+)$/.exec(record.id);
    if (!match || !record.baselineAt) continue;
    const id = `${match[1]}:${match[2]}`;
    byId.set(id, {
      ...(byId.get(id) ?? { id, platform: match[1] as Lead['platform'] }),
      baselineAt: record.baselineAt,
    });
  }
  await accounts.clear();
  await accounts.bulkPut([...byId.values()]);
  await tx.table('roster').bulkPut(roster.map(storedRosterEntry));
}

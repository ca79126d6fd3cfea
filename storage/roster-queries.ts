import { followerChanges, type Coverage, type FollowerChanges } from '@/roster/coverage';
import type { TouchlineDb } from './db';
import type { OwnAccount } from '@/model';

export interface AccountView {
  account: OwnAccount;
  coverage: Coverage;
  changes: FollowerChanges;
}

const DAY = 24 * 60 * 60 * 1000;

/** Each own account with its coverage and follower changes (the dashboard's Followers card). */
export async function followerAccounts(database: TouchlineDb, now: Date): Promise<AccountView[]> {
  const since = new Date(now.getTime() - 30 * DAY).toISOString();
  const accounts = await database.accounts.toArray();
  return Promise.all(
    accounts.map(async (account) => {
      const [known, arrived, left] = await Promise.all([
        database.roster.where('[account+status]').equals([account.id, 'follower']).count(),
        database.roster
          .where('firstSeenAt')
          .aboveOrEqual(since)
          .filter((e) => e.account === account.id)
          .toArray(),
        database.roster
          .where('lostAt')
          .aboveOrEqual(since)
          .filter((e) => e.account === account.id)
          .toArray(),
      ]);
      const coverage: Coverage = {
        platform: account.platform,
        known,
        ...(account.followersCount !== undefined ? { followersCount: account.followersCount } : {}),
        endReached: account.endReachedAt !== undefined,
      };
      // An entry that arrived and left within the window is in both lists: count it once.
      const recent = new Map([...arrived, ...left].map((e) => [e.id, e]));
      return { account, coverage, changes: followerChanges([...recent.values()], now) };
    }),
  );
}

import type { RosterEntry } from '@/model';

/** A roster entry with its primary key and account-scoped identity keys (see storage/roster.ts). */
export function storedRosterEntry(entry: RosterEntry): RosterEntry & { id: string; keys: string[] } {
  return { ...entry, id: `${entry.account}|${entry.person}`, keys: rosterKeys(entry.account, entry.person) };
}

/** `x:123` → `x:id:123`; `x:@name` → `x:h:name`; `linkedin:slug` → `linkedin:h:slug`, scoped to the account. */
export function rosterKeys(account: string, person: string, handle?: string | null): string[] {
  const [platform, rest = ''] = person.split(/:(.*)/s);
  const keys = [];
  if (platform === 'x' && !rest.startsWith('@')) keys.push(`${account}|x:id:${rest}`);
  else keys.push(`${account}|${platform}:h:${rest.replace(/^@/, '').toLowerCase()}`);
  if (handle) keys.push(`${account}|${platform}:h:${handle.toLowerCase()}`);
  return [...new Set(keys)];
}

import type { CapturedPerson } from '@/capture/types';

/**
 * Identity keys of a person: each of them finds the same lead. X people are keyed by rest_id
 * (handles change, so old handles stay as keys too); LinkedIn by the lower-cased public
 * identifier, with the profile URN id kept when seen.
 */
export function personKeys(p: Pick<CapturedPerson, 'platform' | 'platformUserId' | 'handle'>): string[] {
  const keys: string[] = [];
  if (p.platformUserId) keys.push(`${p.platform}:id:${p.platformUserId}`);
  if (p.handle) keys.push(`${p.platform}:h:${p.handle.toLowerCase()}`);
  return keys;
}

/** The lead id for a person, or null when the page gave nothing to key on. */
export function leadIdFor(p: Pick<CapturedPerson, 'platform' | 'platformUserId' | 'handle'>): string | null {
  if (p.platform === 'x') {
    if (p.platformUserId && /^\d{1,25}$/.test(p.platformUserId)) return `x:${p.platformUserId}`;
    if (p.handle && /^[A-Za-z0-9_]{1,15}$/.test(p.handle)) return `x:@${p.handle.toLowerCase()}`;
    return null;
  }
  if (p.handle && /^[^\s/?#]{1,200}$/.test(p.handle)) return `linkedin:${p.handle.toLowerCase()}`;
  return null;
}

/** All identity keys of a stored lead: its current ids plus every alias it has had. */
export function leadKeys(lead: {
  platform: CapturedPerson['platform'];
  platformUserId: string | null;
  handle: string | null;
  aliases: string[];
}): string[] {
  const keys = new Set(personKeys(lead));
  for (const alias of lead.aliases) keys.add(`${lead.platform}:h:${alias.toLowerCase()}`);
  return [...keys];
}

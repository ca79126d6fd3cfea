import type { Lead } from '@/model';

const SITE = { x: 'X', linkedin: 'LinkedIn' } as const;
const MAX = 40;

/**
 * The line a new-lead notification shows (issue #13). A captured display name is whatever a page
 * said ("Security alert: your X session expired. Re-login at x-com-verify.example"), so the line
 * names the person by handle only, keeps letters, digits, `_` and `-` (no dots, so no host name
 * or URL can form), caps its length, and says what happened in Touchline's own words.
 */
export function newLeadText(lead: Pick<Lead, 'platform' | 'handle' | 'signals'>): string {
  const handle = (lead.handle ?? '')
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}_-]/gu, '')
    .slice(0, MAX);
  const who = handle ? (lead.platform === 'x' ? `@${handle}` : handle) : 'Someone';
  const viewed = lead.signals.at(-1)?.kind === 'viewed_profile';
  return viewed
    ? `${who} viewed your profile on ${SITE[lead.platform]}`
    : `${who} followed you on ${SITE[lead.platform]}`;
}

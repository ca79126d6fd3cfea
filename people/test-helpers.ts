// Hand-built leads for the people/ tests (not shipped: only the *.test.ts files use it).
import type { Lead } from '@/model';

const AT = '2026-11-01T09:00:00.000Z';

/** An X lead `x:@<handle>` with the given bio and name; the rest filled in plainly. */
export function xLead(handle: string, headline = '', displayName = '', extra: Partial<Lead> = {}): Lead {
  return base({
    id: `x:@${handle}`,
    platform: 'x',
    handle,
    profileUrl: `https://x.com/${handle}`,
    headline,
    displayName,
    ...extra,
  });
}

/** A LinkedIn lead `linkedin:<slug>` (the slug lower-cased, as capture keys it). */
export function linkedInLead(slug: string, headline = '', displayName = '', extra: Partial<Lead> = {}): Lead {
  const handle = slug.toLowerCase();
  const profileUrl = `https://www.linkedin.com/in/${encodeURIComponent(handle)}/`;
  return base({ id: `linkedin:${handle}`, platform: 'linkedin', handle, profileUrl, headline, displayName, ...extra });
}

function base(
  fields: Pick<Lead, 'id' | 'platform' | 'handle' | 'profileUrl' | 'headline' | 'displayName'> & Partial<Lead>,
): Lead {
  return {
    platformUserId: null,
    aliases: [],
    avatarUrl: '',
    stage: 'new',
    temperature: null,
    doNotContact: false,
    tags: [],
    notes: '',
    firstSeenAt: AT,
    lastSignalAt: AT,
    signals: [],
    ...fields,
  };
}

// Leads for the triage/ tests (not shipped: only *.test.ts files import it). It lives here, not
// in triage/, because it reads fixtures and builds on test/factories.ts, and triage/ may import
// only model/ (the triage-imports-model-only rule, .dependency-cruiser.cjs).
import type { CapturedPerson } from '@/capture/types';
import { parseXFollowers } from '@/capture/x';
import type { Lead } from '@/model';
import { fixtureJson } from '@/test/fixtures';
import * as make from '@/test/factories';

/** A lead as storage would make it from one captured X person, followed once at `FIRST_SEEN`. */
export function leadFromPerson(p: CapturedPerson): Lead {
  return make.lead({
    id: `x:${p.platformUserId ?? `@${p.handle ?? ''}`}`,
    platformUserId: p.platformUserId,
    handle: p.handle,
    displayName: p.displayName ?? '',
    headline: p.headline ?? '',
    avatarUrl: p.avatarUrl ?? '',
    profileUrl: p.profileUrl ?? '',
    signals: [make.signal()],
    ...(p.location === undefined ? {} : { location: p.location }),
    ...(p.followersCount === undefined ? {} : { followersCount: p.followersCount }),
    ...(p.followingCount === undefined ? {} : { followingCount: p.followingCount }),
    ...(p.accountCreatedAt === undefined ? {} : { accountCreatedAt: p.accountCreatedAt }),
    ...(p.protected === undefined ? {} : { protected: p.protected }),
  });
}

/** Every follower in a real X Followers capture (test/fixtures/real/x/), as leads by handle. */
export function realXLeads(file: string): Map<string, Lead> {
  const { people } = parseXFollowers(fixtureJson(`real/x/${file}`));
  // parseXUser adds the account facts to every person it returns (capture/types.ts says why
  // they are not on CapturedPerson's type yet).
  const leads = (people as CapturedPerson[]).map(leadFromPerson);
  return new Map(leads.map((l) => [l.handle ?? '', l]));
}

/** The real lead with this handle; throws so a renamed fixture person fails loudly. */
export function realX(leads: Map<string, Lead>, handle: string): Lead {
  const found = leads.get(handle);
  if (found === undefined) throw new Error(`no @${handle} in the fixture`);
  return found;
}

// The hand-built leads of the lists/ tests (not shipped: only *.test.ts files import it). It lives
// here, not in lists/, because it builds on test/factories.ts and lists/ may import nothing of
// test/ (the core-is-pure rule, .dependency-cruiser.cjs).
import type { Lead, Touch } from '@/model';
import * as make from '@/test/factories';

// Hand-built leads (PRODUCT.md "Backup format"); only the fields a test is about differ. Each is
// named by its id (handle: the id's rest; no rest_id, headline, URLs or avatar), first seen
// 10 Nov 2026 with one follow on that day.
export function lead(id: string, o: Partial<Lead> = {}): Lead {
  return make.lead({
    id,
    platform: id.startsWith('x:') ? 'x' : 'linkedin',
    platformUserId: null,
    handle: id.split(':')[1] ?? null,
    displayName: id,
    headline: '',
    profileUrl: '',
    avatarUrl: '',
    firstSeenAt: '2026-11-10T00:00:00.000Z',
    lastSignalAt: '2026-11-10T00:00:00.000Z',
    signals: [make.signal({ kind: 'followed', at: '2026-11-10T00:00:00.000Z', source: 'x.followers', account: null })],
    ...o,
  });
}

export function touch(leadId: string, at: string, o: Partial<Touch> = {}): Touch {
  return make.touch({ leadId, at, channel: 'email', ...o });
}

export const ann = lead('x:1', { displayName: 'Ann Lee', handle: 'annlee', stage: 'lead', temperature: 'hot' });
export const bob = lead('linkedin:bob', {
  displayName: 'Bob Stone',
  headline: 'Founder at ACME',
  firstSeenAt: '2026-11-12T08:00:00Z',
  signals: [{ kind: 'viewed_profile', at: '2026-11-12T08:00:00Z', source: 'linkedin.profile_views', account: null }],
});
export const cyd = lead('x:3', {
  displayName: 'Cyd',
  stage: 'lead',
  temperature: 'cold',
  firstSeenAt: '2026-11-14T23:59:59Z',
});
export const all = [ann, bob, cyd];

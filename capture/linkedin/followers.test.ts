import { describe, expect, test } from 'vitest';
import { fixtureJson } from '@/test/fixtures';
import { parseLinkedInFollowers } from './followers';

const load = (name: string): unknown => fixtureJson(`linkedin/${name}`);

// Read off the hand-built fixtures (platform-linkedin.md §3).
const ana = {
  platform: 'linkedin',
  platformUserId: 'ACoAABanaSilva0000000000000000000000000005',
  handle: 'ana-silva-dev',
  displayName: 'Ana Silva',
  headline: 'Data Engineer at Contoso',
  location: 'Lisbon, Portugal',
  profileUrl: 'https://www.linkedin.com/in/ana-silva-dev/',
  avatarUrl: 'https://media.licdn.com/dms/image/EXAMPLE5/profile-displayphoto-shrink_200_200/0/9?e=1&v=beta&t=b',
  kind: 'followed',
};
const ben = {
  platform: 'linkedin',
  platformUserId: 'ACoAABbenOkafor000000000000000000000000006',
  handle: 'ben-okafor',
  displayName: 'Ben Okafor',
  headline: 'Operations Manager',
  location: 'Lagos, Nigeria',
  profileUrl: 'https://www.linkedin.com/in/ben-okafor/',
  kind: 'followed',
};
const chloe = {
  platform: 'linkedin',
  platformUserId: 'ACoAABchloeMartin0000000000000000000000007',
  handle: 'chloe-martin-lyon', // navigationUrl says /in/Chloe-Martin-Lyon/
  displayName: 'Chloé Martin',
  headline: 'Sales Director | B2B SaaS',
  location: 'Lyon, France',
  profileUrl: 'https://www.linkedin.com/in/chloe-martin-lyon/',
  kind: 'followed',
};

describe('parseLinkedInFollowers (§3)', () => {
  test('normalized: *entityResult resolved through included[]', () => {
    expect(parseLinkedInFollowers(load('searchDashClusters-followers.normalized.hand-built.json'))).toEqual({
      people: [ana, ben, chloe],
      // "LinkedIn Member" has no /in/ link; one *entityResult URN is missing from included[].
      skipped: { no_public_identifier: 1, invalid_item: 1 },
    });
  });

  test('nested: same people, plus one known only by /in/ACoAA…', () => {
    const eve = {
      platform: 'linkedin',
      platformUserId: 'ACoAABeveOnlyId000000000000000000000000008',
      handle: 'acoaabeveonlyid000000000000000000000000008',
      displayName: 'Eve Kowalski',
      headline: 'Recruiter',
      location: 'Warsaw, Poland',
      // Profile ids are case-sensitive: the URL keeps the original case.
      profileUrl: 'https://www.linkedin.com/in/ACoAABeveOnlyId000000000000000000000000008/',
      kind: 'followed',
    };
    expect(parseLinkedInFollowers(load('searchDashClusters-followers.nested.hand-built.json'))).toEqual({
      people: [ana, ben, chloe, eve],
      skipped: { no_public_identifier: 1, not_a_person: 1 },
    });
  });

  test('finds the finder under data.data (GraphQL) and data (pegasus)', () => {
    const entityResult = { navigationUrl: '/in/x-y/', title: { text: 'X Y' } };
    const clusters = { elements: [{ items: [{ item: { entityResult } }] }] };
    for (const json of [
      { data: { data: { searchDashClustersByAll: clusters } } },
      { data: { searchDashClustersByAll: clusters } },
    ]) {
      expect(parseLinkedInFollowers(json).people.map((p) => p.handle)).toEqual(['x-y']);
    }
    expect(parseLinkedInFollowers({ data: {} }).skipped).toEqual({ unrecognized_response: 1 });
  });
});

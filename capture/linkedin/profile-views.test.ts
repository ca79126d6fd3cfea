import { describe, expect, test } from 'vitest';
import { fixtureJson } from '@/test/fixtures';
import { dig } from './json';
import { resolve } from './normalized';
import { parseProfileViewsAnalytics, parseWvmpCards } from './profile-views';

const load = (name: string): unknown => fixtureJson(`linkedin/${name}`);
const NOW = new Date('2026-01-02T00:00:00Z');

describe('parseWvmpCards (§2a)', () => {
  const wvmp = load('wvmpCards.hand-built.json');

  test('3 full viewers (both key spellings), once each; the rest counted once', () => {
    const result = parseWvmpCards(wvmp, NOW);
    expect(result.people).toEqual([
      {
        platform: 'linkedin',
        platformUserId: 'ACoAABdanaReyes0000000000000000000000001',
        handle: 'dana-reyes-42',
        displayName: 'Dana Reyes',
        headline: 'Head of Growth at Northwind',
        profileUrl: 'https://www.linkedin.com/in/dana-reyes-42/',
        at: '2026-01-01T00:00:00.000Z',
        kind: 'viewed_profile',
      },
      {
        platform: 'linkedin',
        platformUserId: 'ACoAABsamOrtiz00000000000000000000000002',
        handle: 'sam-ortiz',
        displayName: 'Sam Ortiz',
        headline: 'Founder, Ortiz Logistics',
        profileUrl: 'https://www.linkedin.com/in/sam-ortiz/',
        at: '2025-12-31T00:00:00.000Z',
        kind: 'viewed_profile',
      },
      {
        platform: 'linkedin',
        platformUserId: 'ACoAABmeiTanaka0000000000000000000000003',
        handle: 'mei-tanaka',
        displayName: 'Mei Tanaka',
        headline: 'Procurement Lead',
        profileUrl: 'https://www.linkedin.com/in/mei-tanaka/',
        // Widest artifact (400) of three listed out of order.
        avatarUrl: 'https://media.licdn.com/dms/image/EXAMPLE3/profile-displayphoto-shrink_400_400/0/1?e=1&v=beta&t=c',
        at: '2025-12-30T00:00:00.000Z',
        kind: 'viewed_profile',
      },
    ]);
    expect(result.skipped).toEqual({ anonymous_viewer: 1, private_viewer: 1, generic_card: 1 });
  });

  test('a viewedAt after `now` is not trusted as a time', () => {
    const result = parseWvmpCards(wvmp, new Date('2025-12-31T12:00:00Z'));
    expect(result.people.map((p) => p.at)).toEqual([undefined, '2025-12-31T00:00:00.000Z', '2025-12-30T00:00:00.000Z']);
  });

  test('normalized form: elements and viewers behind URNs', () => {
    const json = {
      data: { '*elements': ['urn:li:wvmpCard:1'] },
      included: [
        {
          entityUrn: 'urn:li:wvmpCard:1',
          value: {
            'com.linkedin.voyager.identity.me.wvmpOverview.WvmpViewersCard': {
              insightCards: [
                {
                  value: {
                    'com.linkedin.voyager.identity.me.wvmpOverview.WvmpSummaryInsightCard': {
                      cards: [
                        {
                          value: {
                            'com.linkedin.voyager.identity.me.WvmpProfileViewCard': {
                              viewedAt: 1767225600000,
                              viewer: {
                                'com.linkedin.voyager.identity.me.FullProfileViewer': {
                                  profile: {
                                    '*miniProfile': 'urn:li:fs_miniProfile:ACoAABzed0000000000000000000000000000099',
                                  },
                                },
                              },
                            },
                          },
                        },
                        { value: { 'com.linkedin.voyager.identity.me.WvmpPremiumUpsellCard': {} } },
                        { value: { 'com.linkedin.voyager.identity.me.SomethingNew': {} } },
                      ],
                    },
                  },
                },
              ],
            },
          },
        },
        {
          entityUrn: 'urn:li:fs_miniProfile:ACoAABzed0000000000000000000000000000099',
          firstName: 'Zed',
          publicIdentifier: 'zed',
        },
      ],
    };
    const result = parseWvmpCards(json, NOW);
    expect(result.people.map((p) => [p.handle, p.platformUserId, p.displayName])).toEqual([
      ['zed', 'ACoAABzed0000000000000000000000000000099', 'Zed'],
    ]);
    expect(result.skipped).toEqual({ upsell_card: 1, unknown_card: 1 });
  });

  test('a response with no cards says so', () => {
    expect(parseWvmpCards({ elements: [] }, NOW)).toEqual({ people: [], skipped: { no_cards: 1 } });
  });
});

describe('parseProfileViewsAnalytics (§2b)', () => {
  const normalized = load('premiumDashAnalyticsObject.normalized.hand-built.json');
  const expected = [
    {
      platform: 'linkedin',
      platformUserId: 'ACoAABpriyaNair000000000000000000000000004',
      handle: 'priya-nair-7',
      displayName: 'Priya Nair',
      headline: 'VP Operations at Fabrikam',
      profileUrl: 'https://www.linkedin.com/in/priya-nair-7/',
      avatarUrl: 'https://media.licdn.com/dms/image/EXAMPLE4/profile-displayphoto-shrink_800_800/0/4?e=1&v=beta&t=d',
      at: '2026-01-01T21:00:00.000Z', // "Viewed 3h ago"
      kind: 'viewed_profile',
    },
    {
      platform: 'linkedin',
      platformUserId: null,
      handle: 'tomás-álvarez', // percent-decoded, then lower-cased
      displayName: 'Tomás Álvarez',
      headline: 'Plant Manager',
      profileUrl: 'https://www.linkedin.com/in/tom%C3%A1s-%C3%A1lvarez/',
      at: '2025-12-31T00:00:00.000Z', // "Viewed 2d ago"
      kind: 'viewed_profile',
    },
    {
      platform: 'linkedin',
      platformUserId: null,
      handle: 'lee-chen-buyer',
      displayName: 'Lee Chen',
      headline: 'Buyer at Tailspin Toys',
      profileUrl: 'https://www.linkedin.com/in/lee-chen-buyer/',
      at: '2025-12-26T00:00:00.000Z', // "1w"
      kind: 'viewed_profile',
    },
  ];

  test('normalized: 3 viewers, the "LinkedIn Member" counted as anonymous', () => {
    expect(parseProfileViewsAnalytics(normalized, NOW)).toEqual({ people: expected, skipped: { anonymous_viewer: 1 } });
  });

  test('nested (pegasus) form of the same data gives the same answer', () => {
    const finderObject = dig(resolve(normalized), 'data', 'data', 'premiumDashAnalyticsObjectByAnalyticsEntity');
    const nested = { data: { premiumDashAnalyticsObjectByAnalyticsEntity: finderObject } };
    expect(parseProfileViewsAnalytics(nested, NOW)).toEqual({ people: expected, skipped: { anonymous_viewer: 1 } });
  });

  test('an element that is not a lockup, and a response of another operation, are counted', () => {
    const json = { data: { data: { premiumDashAnalyticsObjectByAnalyticsEntity: { elements: ['urn:li:gone', 7] } } } };
    expect(parseProfileViewsAnalytics(json, NOW).skipped).toEqual({ invalid_item: 2 });
    expect(parseProfileViewsAnalytics({ data: { data: {} } }, NOW).skipped).toEqual({ unrecognized_response: 1 });
  });
});

// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fixturePath } from '@/test/fixtures';
import { readBprBlocks } from './bpr';
import { readFollowerCards } from './dom-followers';
import { readNotificationCards } from './dom-notifications';
import { readProfilePage } from './dom-profile';
import { readProfileViewRows } from './dom-profile-views';
import { parseLinkedInFollowers } from './followers';
import { parseLinkedInIdentity } from './identity';
import { resolve } from './normalized';
import { parseLinkedInNotifications } from './notifications';
import { parseProfileViewsAnalytics, parseWvmpCards } from './profile-views';

const NOW = new Date('2026-01-02T00:00:00Z');
const LONG = 'x'.repeat(10_000);

const cyclic: Record<string, unknown> = { data: {} };
cyclic['data'] = cyclic;
let deep: unknown = { leaf: true };
for (let i = 0; i < 10_000; i++) deep = { data: { data: deep, elements: [deep] } };
const throwing = {
  get data(): unknown {
    throw new Error('getter');
  },
};

const hostile: unknown[] = [
  null,
  undefined,
  0,
  NaN,
  'string',
  [],
  [null, [], {}],
  {},
  { data: null, included: 'nope' },
  { data: { data: { searchDashClustersByAll: { elements: 'x' } } } },
  { data: { '*elements': [1, null, {}] }, included: [null, 1, { entityUrn: {} }] },
  {
    elements: [
      {
        value: {
          'a.B': {
            insightCards: [
              { value: { 'c.D': { cards: [{ value: null }, 5, { value: { 'x.FullProfileViewer': 1 } }] } } },
            ],
          },
        },
      },
    ],
  },
  JSON.parse('{"__proto__":{"x":1},"data":{"__proto__":{"data":1}}}') as unknown,
  cyclic,
  deep,
  throwing,
  new Proxy(
    {},
    {
      get: () => {
        throw new Error('proxy');
      },
      ownKeys: () => {
        throw new Error('proxy');
      },
    },
  ),
];

const jsonParsers: [string, (json: unknown) => { people: unknown[]; skipped: Record<string, number> }][] = [
  ['identity', parseLinkedInIdentity],
  ['wvmp', (json) => parseWvmpCards(json, NOW)],
  ['analytics', (json) => parseProfileViewsAnalytics(json, NOW)],
  ['followers', parseLinkedInFollowers],
  ['notifications', parseLinkedInNotifications],
  ['wvmp with an invalid now', (json) => parseWvmpCards(json, new Date(NaN))],
];

describe('hostile JSON never throws', () => {
  test.each(jsonParsers)('%s', (_name, parse) => {
    for (const input of hostile) {
      const result = parse(input);
      expect(Array.isArray(result.people)).toBe(true);
      expect(typeof result.skipped).toBe('object');
    }
    expect(() => resolve(cyclic)).not.toThrow();
  });

  test('a throwing getter is counted as parser_error', () => {
    expect(parseLinkedInFollowers(throwing).skipped).toEqual({ parser_error: 1 });
  });

  test('a 10,000-char headline and name are capped at 5,000', () => {
    const json = {
      data: {
        searchDashClustersByAll: {
          elements: [
            {
              items: [
                {
                  item: {
                    entityResult: {
                      navigationUrl: '/in/long/',
                      title: { text: LONG },
                      primarySubtitle: { text: LONG },
                    },
                  },
                },
              ],
            },
          ],
        },
      },
    };
    const [person] = parseLinkedInFollowers(json).people;
    expect(person?.headline).toHaveLength(5000);
    expect(person?.displayName).toHaveLength(5000);
    const me = parseLinkedInIdentity({
      data: { miniProfile: { publicIdentifier: 'a', occupation: LONG, firstName: LONG } },
    });
    expect(me.people[0]?.headline).toHaveLength(5000);
  });

  test('wrong types in one field lose only that field, and a 201-char slug is refused', () => {
    const entity = {
      navigationUrl: '/in/ok/',
      title: 42,
      primarySubtitle: { text: ['x'] },
      image: 'javascript:alert(1)',
    };
    const tooLong = { navigationUrl: `/in/${'a'.repeat(201)}/` };
    const json = {
      data: {
        searchDashClustersByAll: {
          elements: [{ items: [{ item: { entityResult: entity } }, { item: { entityResult: tooLong } }] }],
        },
      },
    };
    expect(parseLinkedInFollowers(json)).toEqual({
      people: [
        {
          platform: 'linkedin',
          platformUserId: null,
          handle: 'ok',
          profileUrl: 'https://www.linkedin.com/in/ok/',
          kind: 'followed',
        },
      ],
      skipped: { no_public_identifier: 1 },
    });
  });

  test('readBprBlocks on junk', () => {
    for (const html of [
      '<code',
      '<code id="bpr-guid-1">',
      '</code><code id=bpr-guid-1>{}</code>',
      LONG,
      '<code id="bpr-guid-1">&#xFFFFFFF;</code>',
    ]) {
      expect(() => readBprBlocks(html)).not.toThrow();
    }
    expect(readBprBlocks(42 as unknown as string)).toEqual([]);
  });
});

describe('hostile DOM never throws', () => {
  const doc = new DOMParser().parseFromString(
    `<title>${LONG}</title><li class="member-analytics-addon-entity-list__item"><a href="https://www.linkedin.com/in/%ZZ">x</a></li>
     <div data-view-name="search-entity-result-universal-template"><a href="/in/long-one/"><span aria-hidden="true">${LONG}</span></a></div>
     <article class="nt-card"><div class="nt-card__headline">${LONG} started following you</div><a href="/in/a/">a</a></article>`,
    'text/html',
  );
  test('each reader', () => {
    expect(readProfileViewRows(doc, NOW).skipped).toEqual({ anonymous_viewer: 1 });
    expect(readFollowerCards(doc).people[0]?.displayName).toHaveLength(5000);
    expect(readNotificationCards(doc, NOW).people).toHaveLength(1);
    expect(readProfilePage(doc, new URL('https://www.linkedin.com/in/%ZZ/')).skipped).toEqual({
      not_a_profile_page: 1,
    });
    expect(readProfilePage(doc.createElement('div'), new URL('https://www.linkedin.com/in/a/')).people).toHaveLength(1);
  });
});

describe('hand-built fixtures say so on their first line and cite a section', () => {
  const dir = fixturePath('linkedin') + '/';
  test.each(readdirSync(dir))('%s', (name) => {
    const first = readFileSync(dir + name, 'utf8').split('\n')[0] ?? '';
    expect(first).toMatch(/Hand-built from platform-linkedin\.md §\d/);
    if (name.endsWith('.json')) expect(first).toMatch(/^\{ "_comment": /);
    else expect(first).toMatch(/^<!-- .* -->$/);
  });
});

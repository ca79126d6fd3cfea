// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { fixtureJson, fixtureText } from '../../test/fixtures';
import { bprHtml, readBprBlocks, unescapeHtml } from './bpr';

const page = fixtureText('real/linkedin/profile-details-education-page.2023-06.html');

describe('readBprBlocks on the real June 2023 education page', () => {
  const blocks = readBprBlocks(page);

  test('finds the 8 blocks, each parsed and paired with its datalet request', () => {
    expect(blocks).toHaveLength(8);
    // Requests as written in the datalets (their \u003D / \u0026 JSON escapes decoded), checked by eye.
    expect(blocks.map((b) => b.request?.split('?')[0])).toEqual([
      '/voyager/api/voyagerSegmentsDashChameleonConfig',
      '/voyager/api/me',
      '/voyager/api/graphql',
      '/voyager/api/voyagerLaunchpadDashLaunchpadViews',
      '/voyager/api/voyagerPremiumDashFeatureAccess',
      '/voyager/api/voyagerCommunicationsTabBadges',
      '/voyager/api/premium/featureAccess',
      '/voyager/api/identity/dash/profiles',
    ]);
    for (const block of blocks) expect(block.json).toMatchObject({ data: expect.any(Object) });
    expect(blocks[2]?.request).toContain('queryId=voyagerFeedDashGlobalNavs.60b71bbf543884ca067e8712e82e8e7e');
    expect(blocks[7]?.request).toContain('memberIdentity=harith-al-safi');
  });

  test('decodes the HTML escaping: /me equals the unescaped copy saved beside it', () => {
    const me = fixtureJson('real/linkedin/voyager-api-me.2023-06.json');
    expect(blocks[1]?.json).toEqual(me);
    const profiles = fixtureJson('real/linkedin/voyager-dash-profiles-WebTopCardCore.2023-06.json');
    expect(blocks[7]?.json).toEqual(profiles);
    // The raw block had `&amp;` inside artifact URLs; decoded, no entity is left.
    expect(JSON.stringify(blocks[1]?.json)).not.toContain('&amp;');
  });
});

describe('bprHtml', () => {
  test('the page parsed as a document yields the same 8 blocks from its <code> elements alone', () => {
    const doc = new DOMParser().parseFromString(page, 'text/html');
    const html = bprHtml(doc);
    expect(html.length).toBeLessThan(doc.documentElement.outerHTML.length);
    expect(readBprBlocks(html)).toEqual(readBprBlocks(page));
  });

  test('a page without preload blocks gives no text at all', () => {
    const doc = new DOMParser().parseFromString('<main><code id="other">{}</code><p>feed</p></main>', 'text/html');
    expect(bprHtml(doc)).toBe('');
  });
});

describe('readBprBlocks on odd input', () => {
  test('skips a block that is not JSON, keeps the others, tolerates a missing datalet', () => {
    const html = [
      '<code id="bpr-guid-1">{"a":1}</code>',
      '<code id="datalet-bpr-guid-1">{&quot;request&quot;:&quot;/voyager/api/me&quot;}</code>',
      '<code id="bpr-guid-2">{not json</code>',
      "<code style='display:none' id='bpr-guid-3'>[&#34;x&#x26;y&#60;&#x3E;&lt;&gt;&amp;amp;&#99999999;&bogus;&quot;]</code>",
    ].join('\n');
    expect(readBprBlocks(html)).toEqual([
      { request: '/voyager/api/me', json: { a: 1 } },
      // &#34; and &quot; are the JSON string's own quotes; unknown entities stay as written.
      { request: null, json: ['x&y<><>&amp;&#99999999;&bogus;'] },
    ]);
  });

  test('returns nothing for SDUI-like pages, unclosed tags and non-strings', () => {
    expect(readBprBlocks('<html><body><code id="bpr-guid-9">{"a":1}')).toEqual([]);
    expect(readBprBlocks('')).toEqual([]);
    expect(readBprBlocks(null as unknown as string)).toEqual([]);
  });

  test('unescapeHtml is a single pass', () => {
    expect(unescapeHtml('&amp;lt; &#38;&#x26;')).toBe('&lt; &&');
  });
});

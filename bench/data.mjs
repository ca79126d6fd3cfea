// Bench data: the real X fixtures, synthetic Followers responses and synthetic backup leads.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REAL_FIXTURES } from '../test/e2e/harness.mjs';

export const FIXTURES = join(REAL_FIXTURES, 'x');
export const GENERATIONS = ['2025-03-07', '2026-07-21', '2026-08-07'];

/** A blank web page (the hook's x.com page, the parse page). */
export const HOOK_PAGE = '<!doctype html><meta charset="utf-8"><title>bench</title><p>bench page</p>';

export const fixtureText = (gen) => readFile(join(FIXTURES, `Followers.${gen}.json`), 'utf8');

/** `total` distinct followers in Followers responses of `per`, built from a fixture's user objects. */
export function syntheticResponses(fixture, total, per = 70, idBase = 1_000_000_000_000) {
  const tl = fixture.data.user.result.timeline.timeline;
  const add = tl.instructions.find((i) => Array.isArray(i.entries));
  const isUser = (e) => e.content?.itemContent?.user_results !== undefined;
  const templates = add.entries.filter(isUser);
  const cursors = add.entries.filter((e) => !isUser(e));
  const bodies = [];
  for (let start = 0; start < total; start += per) {
    const entries = [];
    for (let idx = start; idx < Math.min(total, start + per); idx++) {
      const e = structuredClone(templates[idx % templates.length]);
      const u = e.content.itemContent.user_results.result;
      const id = String(idBase + idx);
      const handle = `tl_${idx}`;
      u.rest_id = id;
      u.id = Buffer.from(`User:${id}`).toString('base64');
      if (u.core) {
        u.core.screen_name = handle;
        u.core.name = `${u.core.name} ${idx}`;
      }
      if (u.legacy?.screen_name) {
        u.legacy.screen_name = handle;
        u.legacy.name = `${u.legacy.name} ${idx}`;
      }
      e.entryId = `user-${id}`;
      entries.push(e);
    }
    const instructions = tl.instructions.map((i) => (i === add ? { ...add, entries: [...entries, ...cursors] } : i));
    const result = {
      ...fixture.data.user.result,
      timeline: { ...fixture.data.user.result.timeline, timeline: { ...tl, instructions } },
    };
    bodies.push(JSON.stringify({ data: { user: { result } } }));
  }
  return bodies;
}

const FIRST = [
  'Ada',
  'Bola',
  'Chen',
  'Dmitri',
  'Elena',
  'Farah',
  'Goran',
  'Hana',
  'Ines',
  'Jonas',
  'Kofi',
  'Lena',
  'Mateo',
  'Nia',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sven',
  'Tariq',
  'Uma',
  'Viktor',
  'Wen',
  'Xavier',
  'Yara',
  'Zanele',
];
const LAST = [
  'Okafor',
  'Lindqvist',
  'Nakamura',
  'Moreau',
  'Haddad',
  'Kowalski',
  'Mensah',
  'Santos',
  'Ivanova',
  'Brennan',
  'Castillo',
  'Dubois',
  'Eriksen',
  'Fischer',
  'Gupta',
  'Horvat',
  'Ibrahim',
  'Jansen',
  'Kaur',
  'Larsen',
];
const HEADLINE = [
  'Founder',
  'building',
  'B2B',
  'SaaS',
  'growth',
  'marketing',
  'sales',
  'engineer',
  'designer',
  'investor',
  'fintech',
  'climate',
  'developer',
  'tools',
  'AI',
  'product',
  'manager',
  'at',
  'startup',
  'ops',
];

/** A backup lead (PRODUCT.md "Backup format"), as test/e2e/harness.mjs's lead() builds one. */
export function seedLead(i) {
  const id = String(2_000_000_000_000 + i);
  const first = FIRST[i % FIRST.length];
  const last = LAST[Math.floor(i / FIRST.length) % LAST.length];
  const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  const headline = Array.from({ length: 6 }, (_, k) => HEADLINE[(i * 7 + k * 3) % HEADLINE.length]).join(' ');
  return {
    id: `x:${id}`,
    platform: 'x',
    platformUserId: id,
    handle: `s${i}`,
    aliases: [],
    displayName: `${first} ${last}`,
    headline,
    profileUrl: `https://x.com/s${i}`,
    avatarUrl: '',
    stage: i % 5 === 0 ? 'new' : i % 5 === 1 ? 'nurture' : 'lead',
    temperature: null,
    doNotContact: false,
    tags: [],
    notes: '',
    firstSeenAt: at,
    lastSignalAt: at,
    signals: [{ kind: 'followed', at, source: 'x.followers', account: '1' }],
  };
}

export const backupOf = (leads) => ({
  format: 'touchline-backup',
  version: 1,
  exportedAt: '2026-11-22T12:00:00.000Z',
  leads,
  touches: [],
  settings: { cadence: { maxTouches: 5, maxDays: 35, minGapHours: 48 } },
});

/**
 * A routed x.com-like followers page whose own script fetches every response body in turn
 * (`window.__fetched` resolves with the wall-clock time the last one was read), and those responses.
 */
export const followersSite = (bodies, viewer) => (url) => {
  if (url.pathname === '/benchme/followers')
    return {
      body: `<!doctype html><meta charset="utf-8"><title>Followers</title>
<nav><a data-testid="AppTabBar_Profile_Link" href="/benchme">Profile</a></nav><main>followers</main>
<script>
window.__fetched = (async () => {
  for (let i = 0; i < ${bodies.length}; i++) {
    const v = encodeURIComponent(JSON.stringify({ userId: '${viewer}', count: 70, cursor: String(i) }));
    await (await fetch('/i/api/graphql/BenchQueryId/Followers?variables=' + v)).json();
  }
  return performance.timeOrigin + performance.now();
})();
</script>`,
    };
  if (/\/i\/api\/graphql\/[^/]+\/Followers$/.test(url.pathname)) {
    const cursor = Number(JSON.parse(url.searchParams.get('variables') ?? '{}').cursor);
    return bodies[cursor] ? { body: bodies[cursor], contentType: 'application/json' } : undefined;
  }
  return undefined;
};

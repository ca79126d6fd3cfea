import { beforeEach, expect, test } from 'vitest';
import { captured } from '@/test/factories';
import { ingestCapture } from './capture';
import { TouchlineDb } from './db';
import { importRoster } from './roster-import';

const NOW = new Date('2026-11-23T12:00:00Z');
const LATER = new Date('2026-11-24T12:00:00Z');
let database: TouchlineDb;
beforeEach(async () => {
  database = new TouchlineDb(`roster-import-${Math.random()}`);
  await database.open();
});

const followers = (ids: string[]) =>
  importRoster(
    database,
    { account: 'x:1', source: 'x_archive', entries: ids.map((id) => ({ person: `x:${id}` })) },
    NOW,
  );

test('an archive fills the roster, makes no leads, and is the baseline', async () => {
  expect(await followers(['5', '6', '7'])).toEqual({ added: 3, known: 0 });
  expect(await database.leads.count()).toBe(0);
  expect(await database.roster.count()).toBe(3);
  expect((await database.accounts.get('x:1'))?.baselineAt).toBe(NOW.toISOString());
  expect(await followers(['7', '8'])).toEqual({ added: 1, known: 1 });
});

test('after an archive, a followers visit marks nobody from it new, and a newcomer above them new', async () => {
  await followers(['5', '6']);
  const person = (id: string) => captured({ platform: 'x', platformUserId: id, handle: `h${id}` });
  await ingestCapture(
    database,
    {
      kind: 'followed',
      source: 'x.followers',
      viewer: '1',
      listOwner: '1',
      visitId: 'v',
      list: { index: 0, first: true, end: false },
      people: [person('9'), person('5'), person('6')],
    },
    LATER,
  );
  const stages = Object.fromEntries((await database.leads.toArray()).map((l) => [l.id, l.stage]));
  expect(stages).toEqual({ 'x:9': 'new', 'x:5': 'lead', 'x:6': 'lead' });
});

test('people the user follows (following.js) are never new followers, and are not counted as followers', async () => {
  await importRoster(
    database,
    { account: 'x:1', source: 'x_archive', entries: [{ person: 'x:5', following: true }] },
    NOW,
  );
  expect(await database.roster.where('[account+status]').equals(['x:1', 'follower']).count()).toBe(0);
  const note = { kind: 'followed' as const, source: 'x.notifications' as const, viewer: '1' };
  await ingestCapture(
    database,
    { ...note, people: [captured({ platform: 'x', platformUserId: '5', handle: 'h5', at: LATER.toISOString() })] },
    LATER,
  );
  expect((await database.leads.get('x:5'))?.stage).toBe('lead');
});

import { strToU8, zipSync } from 'fflate';
import { expect, test } from 'vitest';
import { fixtureText } from '@/test/fixtures';
import { readPlatformExport } from './platform-export';

const bytes = (text: string) => strToU8(text);

test('an X archive zip: both lists, and the owner from data/account.js', () => {
  const zip = zipSync({
    'twitter-2026-11-30/data/follower.js': bytes(fixtureText('exports/follower.hand.js')),
    'twitter-2026-11-30/data/following.js': bytes(fixtureText('exports/following.hand.js')),
    'twitter-2026-11-30/data/account.js': bytes(fixtureText('exports/account.hand.js')),
    'twitter-2026-11-30/data/tweets.js': bytes('window.YTD.tweets.part0 = []'),
  });
  expect(readPlatformExport(zip)).toEqual({
    platform: 'x',
    lists: [
      { list: 'follower', ids: ['1790000000000000001', '1790000000000000002', '1790000000000000003'] },
      { list: 'following', ids: ['1790000000000000009'] },
    ],
    owner: { id: '1600000000000000001', handle: 'touchline_me' },
    skipped: { no_account_id: 1 },
  });
});

test('a single follower.js has no owner', () => {
  const out = readPlatformExport(bytes(fixtureText('exports/follower.hand.js')));
  expect(out.platform === 'x' && out.owner).toBeNull();
});

test("LinkedIn's export zip with Connections.csv", () => {
  const zip = zipSync({ 'Connections.csv': bytes(fixtureText('exports/Connections.hand-built.csv')) });
  const out = readPlatformExport(zip);
  expect(out.platform === 'linkedin' && out.connections.map((c) => c.slug)).toEqual([
    'ana-silva-dev',
    'bo-lind',
    'tomás-álvarez',
  ]);
});

test.each([
  ['a Touchline backup', bytes('{"format":"touchline-backup","version":1}')],
  ['a zip without the files', zipSync({ 'notes.txt': bytes('hello') })],
  ['binary noise', new Uint8Array([0, 1, 2, 3, 255])],
])('%s is refused with a sentence', (_, file) => {
  expect(() => readPlatformExport(file)).toThrow(/not an X archive .* nor LinkedIn's Connections\.csv/);
});

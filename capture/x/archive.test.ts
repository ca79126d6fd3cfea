import { describe, expect, test } from 'vitest';
import { fixtureText } from '@/test/fixtures';
import { parseXArchive, parseXArchiveAccount } from './archive';

describe('parseXArchive (hand-built after docs/platform-x.md, X archive)', () => {
  test('follower.js: both parts, in order, repeats once, an entry without accountId counted', () => {
    expect(parseXArchive(fixtureText('exports/follower.hand.js'))).toEqual({
      list: 'follower',
      ids: ['1790000000000000001', '1790000000000000002', '1790000000000000003'],
      skipped: { no_account_id: 1 },
    });
  });

  test('following.js is told apart', () => {
    expect(parseXArchive(fixtureText('exports/following.hand.js'))).toEqual({
      list: 'following',
      ids: ['1790000000000000009'],
      skipped: {},
    });
  });

  test.each([
    ['another file of the archive', fixtureText('exports/account.hand.js')],
    ['not an archive at all', '{"format":"touchline-backup"}'],
    ['empty', ''],
  ])('%s is not a follower list', (_, text) => {
    expect(parseXArchive(text)).toBeNull();
  });

  test('a broken part is counted, the others still read; hostile ids are refused', () => {
    const text =
      'window.YTD.follower.part0 = [{ "follower": { "accountId": "12" } }]\n' +
      'window.YTD.follower.part1 = [{ "follower": { "accountId": "12; DROP"} }, { "follower": { "accountId": 42 } }]\n' +
      'window.YTD.follower.part2 = [{ not json';
    expect(parseXArchive(text)).toEqual({
      list: 'follower',
      ids: ['12'],
      skipped: { no_account_id: 2, unreadable_part: 1 },
    });
  });

  test('account.js names the owner', () => {
    expect(parseXArchiveAccount(fixtureText('exports/account.hand.js'))).toEqual({
      id: '1600000000000000001',
      handle: 'touchline_me',
    });
    expect(parseXArchiveAccount('window.YTD.account.part0 = [{}]')).toBeNull();
  });
});

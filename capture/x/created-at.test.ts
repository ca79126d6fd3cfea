import { describe, expect, test } from 'vitest';
import { xCreatedAt } from './created-at';

describe('xCreatedAt', () => {
  test.each([
    ['Wed Oct 10 20:19:24 +0000 2018', '2018-10-10T20:19:24.000Z'],
    ['Mon Jan 10 02:06:34 +0000 2011', '2011-01-10T02:06:34.000Z'], // @leslieberland, real fixtures
    ['  Thu Aug 06 20:51:54 +0000 2026 ', '2026-08-06T20:51:54.000Z'],
    // Offsets are honoured, though X has only ever been seen to send +0000.
    ['Wed Oct 10 20:19:24 +0200 2018', '2018-10-10T18:19:24.000Z'],
    ['Wed Oct 10 23:30:00 -0130 2018', '2018-10-11T01:00:00.000Z'],
    ['Sat Feb 29 00:00:00 +0000 2020', '2020-02-29T00:00:00.000Z'],
  ])('%j → %s', (input, iso) => {
    expect(xCreatedAt(input)).toBe(iso);
  });

  test.each([
    undefined,
    null,
    1539202764000,
    '',
    '2018-10-10T20:19:24.000Z', // ISO is not X's format: never guess
    'Wed Foo 10 20:19:24 +0000 2018',
    'Sat Feb 30 00:00:00 +0000 2019',
    'Sat Feb 29 00:00:00 +0000 2019',
    'Wed Oct 10 24:00:00 +0000 2018',
    'Wed Oct 10 20:60:24 +0000 2018',
    'Wed Oct 10 20:19:24 +9900 2018',
    'Wed Oct 10 20:19:24 +0000 2018 trailing',
    'x'.repeat(100_000),
  ])('%j → undefined', (input) => {
    expect(xCreatedAt(input)).toBeUndefined();
  });
});

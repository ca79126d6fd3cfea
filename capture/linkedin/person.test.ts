import { describe, expect, test } from 'vitest';
import { cleanText, LINKEDIN_MAX_TEXT, memberIdFromUrn, profileIdFromUrn, slugFromUrl } from './person';
import { timeAgo } from './relative-time';

describe('slugFromUrl', () => {
  test.each([
    ['https://www.linkedin.com/in/ana-silva-dev?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAB', 'ana-silva-dev'],
    ['/in/Chloe-Martin-Lyon/', 'Chloe-Martin-Lyon'], // case kept here; linkedInPerson lower-cases
    ['https://linkedin.com/in/tom%C3%A1s/', 'tomás'],
    ['https://de.linkedin.com/in/x-y#about', 'x-y'],
  ])('%s → %s', (url, slug) => expect(slugFromUrl(url)).toBe(slug));

  test.each([
    'https://evil.example/in/ana/',
    'https://www.linkedin.com/company/acme/',
    'https://www.linkedin.com/in/',
    'https://www.linkedin.com/in/%E0%A4%A',
    'https://www.linkedin.com/in/a%20b/',
    'javascript:alert(1)//linkedin.com/in/x',
    'not a url at all /in/',
  ])('%s → null', (url) => expect(slugFromUrl(url)).toBeNull());
});

describe('URN ids', () => {
  test('profile id from each URN form (§1, §3)', () => {
    const id = 'ACoAAC9P7scB1yv1hA-ZjtKBAxcuNQvmvu08uhI';
    expect(profileIdFromUrn(`urn:li:fs_miniProfile:${id}`)).toBe(id);
    expect(profileIdFromUrn(`urn:li:fsd_profile:${id}`)).toBe(id);
    expect(profileIdFromUrn(`urn:li:fsd_entityResultViewModel:(urn:li:fsd_profile:${id},SEARCH_SRP,DEFAULT)`)).toBe(id);
    expect(profileIdFromUrn('urn:li:fsd_profile:headless')).toBeNull();
  });
  test('member number', () => {
    expect(memberIdFromUrn('urn:li:member:793767623')).toBe('793767623');
    expect(memberIdFromUrn('urn:li:member:abc')).toBeNull();
    expect(memberIdFromUrn(793767623)).toBeNull();
  });
});

describe('cleanText', () => {
  test('caps a 10,000-char headline at 5,000 without splitting an emoji', () => {
    expect(cleanText('x'.repeat(10_000))).toHaveLength(LINKEDIN_MAX_TEXT);
    const s = cleanText('a'.repeat(4999) + '😀' + 'b');
    expect(s).toBe('a'.repeat(4999));
    expect(cleanText('  \n ')).toBeUndefined();
    expect(cleanText('  Dana \n Reyes ')).toBe('Dana Reyes');
  });
});

describe('timeAgo', () => {
  const now = new Date('2026-01-02T00:00:00Z');
  test.each([
    ['Viewed 3h ago', '2026-01-01T21:00:00.000Z'],
    ['2d', '2025-12-31T00:00:00.000Z'],
    ['1w', '2025-12-26T00:00:00.000Z'],
    ['5m', '2026-01-01T23:55:00.000Z'],
    ['1mo', '2025-12-03T00:00:00.000Z'],
    ['Viewed 2 hours ago', '2026-01-01T22:00:00.000Z'],
    ['Just now', '2026-01-02T00:00:00.000Z'],
  ])('%s → %s', (caption, at) => expect(timeAgo(caption, now)).toBe(at));
  // (French "il y a 3 h" does give 3 hours: the short unit is shared, and it is right.)
  test.each(['', 'vor 3 Std.', 'Viewed', '3 apples'])('%s → undefined', (caption) =>
    expect(timeAgo(caption, now)).toBeUndefined(),
  );
});

import { describe, expect, test } from 'vitest';
import type { Icp, Lead } from '@/model';
import { lead } from '@/test/factories';
import { realX, realXLeads } from '@/test/triage-test-helpers';
import { bandPoints, scoreFit } from './fit';

const icp = (include: string[], exclude: string[] = []): Icp => ({ include, exclude });
// A lead with 1,000–9,999 followers is band 100 (→ +20 with words), unless a row says otherwise.
const at = (headline: string, o: Partial<Lead> = {}): Lead => lead({ headline, followersCount: 2000, ...o });

describe('bands', () => {
  test.each([
    [undefined, 50],
    [Number.NaN, 50],
    [-5, 50],
    [Infinity, 50],
    [0, 10],
    [9, 10],
    [10, 30],
    [99, 30],
    [100, 60],
    [999, 60],
    [1000, 100],
    [9999, 100],
    [10_000, 80],
    [99_999, 80],
    [100_000, 50],
    [1_469_993, 50],
  ])('%s followers → %i', (followers, points) => {
    expect(bandPoints(followers)).toBe(points);
  });

  test('with no include words the score is the band scaled to 0–20, as when none matched', () => {
    expect(scoreFit(at('anything', { followersCount: 5000 }), icp([]))).toEqual({
      score: 20,
      matched: [],
      excluded: [],
    });
    expect(scoreFit(lead({ followersCount: 3 }), icp([])).score).toBe(2);
    expect(scoreFit(lead(), icp([])).score).toBe(10); // count unknown: neutral 50, scaled
  });

  test('a word that matches always raises fit: "founder" takes a 5,000-follower founder from 20 to 80', () => {
    const founder = at('Founder of Acme', { followersCount: 5000 });
    expect([scoreFit(founder, icp([])).score, scoreFit(founder, icp(['founder'])).score]).toEqual([20, 80]);
  });
});

describe('words', () => {
  test.each<[string, string, Partial<Lead>, number, string[]]>([
    ['one match: 60 + band 20', 'Founder of Acme', {}, 80, ['founder']],
    ['three: 80 + 20', 'Founder & CTO, fintech', {}, 100, ['founder', 'CTO', 'fintech']],
    ['two: 70 + 20', 'CTO at a fintech', {}, 90, ['CTO', 'fintech']],
    ['none: the band scaled to 0–20', 'Coffee and compilers', {}, 20, []],
    ['case-insensitive', 'FOUNDER', {}, 80, ['founder']],
    ['whole words only: "founders" is not "founder"', 'founders club', {}, 20, []],
    ['"co-founder" contains the word "founder"', 'Co-founder @acme', {}, 80, ['founder']],
    ['after a hashtag or a mention', '#founder @CTO', {}, 90, ['founder', 'CTO']],
    ['in the location too', 'Engineer', { location: 'Fintech Valley' }, 80, ['fintech']],
    ['maths letters read as letters', '𝙵𝚘𝚞𝚗𝚍𝚎𝚛', {}, 80, ['founder']],
    ['not inside another script word', 'founderé', {}, 20, []],
    ['a tiny account adds 2', 'founder', { followersCount: 3 }, 62, ['founder']],
  ])('%s', (_, headline, o, score, matched) => {
    const f = scoreFit(at(headline, o), icp(['founder', 'CTO', 'fintech']));
    expect(f.score).toBe(score);
    expect(f.matched).toEqual(matched);
  });

  test('three or more matches cap the words at 80', () => {
    const f = scoreFit(at('a b c d e'), icp(['a', 'b', 'c', 'd', 'e']));
    expect(f).toEqual({ score: 100, matched: ['a', 'b', 'c', 'd', 'e'], excluded: [] });
    expect(scoreFit(at('a b c d e', { followersCount: 0 }), icp(['a', 'b', 'c', 'd', 'e'])).score).toBe(82);
  });

  test('phrases: their words may be split by any whitespace, not by other words', () => {
    const words = icp(['crypto signals']);
    expect(scoreFit(at('free CRYPTO   signals daily'), words).matched).toEqual(['crypto signals']);
    expect(scoreFit(at('crypto\nsignals'), words).matched).toEqual(['crypto signals']);
    expect(scoreFit(at('crypto trading signals'), words).matched).toEqual([]);
  });

  test('any exclude word sets the score to 0 and says which', () => {
    const f = scoreFit(at('Founder. Giveaway every Friday!'), icp(['founder'], ['giveaway', 'crypto signals']));
    expect(f).toEqual({ score: 0, matched: ['founder'], excluded: ['giveaway'] });
    expect(scoreFit(at('founder'), icp([], ['founder'])).score).toBe(0);
  });

  test('empty, whitespace, duplicate and over-long words are ignored', () => {
    const f = scoreFit(at('founder'), icp(['', '   ', 'Founder', 'founder', 'x'.repeat(101)], ['', ' ']));
    expect(f).toEqual({ score: 80, matched: ['Founder'], excluded: [] });
    // Only blank words: as if there were none, so the band scaled.
    expect(scoreFit(at('founder'), icp(['  ', '\t'])).score).toBe(20);
  });
});

describe('hostile input', () => {
  test.each([
    ['a.b', 'axb', false],
    ['a.b', 'a.b', true],
    ['c++', 'c++ dev', true],
    ['c++', 'cpp', false],
    ['(founder', '(founder) here', true],
    ['.*', 'anything', false],
    ['[a-z]', 'q', false],
    ['\\d', '5', false],
    ['a|b', 'a', false],
    ['$100k', 'made $100k', true],
    ['^_^', '^_^ hi', true],
    ['what?', 'so what?', true],
    ['x{2}', 'xx', false],
    ['a/b', 'a/b testing', true],
    ['web3-dev', 'web3-dev', true],
  ])('the word %j is literal (in %j: %s)', (word, headline, hit) => {
    expect(scoreFit(at(headline), icp([word])).matched).toEqual(hit ? [word] : []);
  });

  test('a 100 KB bio and 200 words stay fast', () => {
    const bio = 'spam '.repeat(20_000) + ' founder';
    const words = icp(
      Array.from({ length: 200 }, (_, i) => `word${i}`),
      Array.from({ length: 200 }, (_, i) => `bad phrase ${i}`),
    );
    const started = process.hrtime.bigint();
    const f = scoreFit(lead({ headline: bio }), words);
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(200);
    expect(f.matched).toEqual([]);
  });

  test('only the first 6,000 characters of a field are read', () => {
    expect(scoreFit(lead({ headline: 'x '.repeat(3_000) + 'founder' }), icp(['founder'])).matched).toEqual([]);
  });

  test('a non-string word from an unvalidated ICP is skipped, not thrown on', () => {
    const bad = { include: ['founder', 7, null], exclude: [] } as unknown as Icp;
    expect(scoreFit(at('founder'), bad).matched).toEqual(['founder']);
  });

  test('the same ICP object is compiled once and gives the same answers', () => {
    const words = icp(['founder']);
    expect(scoreFit(at('founder'), words)).toEqual(scoreFit(at('founder'), words));
    expect(scoreFit(at('nope'), words).score).toBe(20);
  });
});

// Hand-checked in the raw JSON of test/fixtures/real/x/Followers.2025-03-07.json.
describe('real followers with include "founder, CTO, investor", exclude "nft, giveaway"', () => {
  const leads = realXLeads('Followers.2025-03-07.json');
  const words = icp(['founder', 'CTO', 'investor'], ['nft', 'giveaway']);
  const fitOf = (handle: string) => scoreFit(realX(leads, handle), words);

  test('@oihamza "Founder @tiptopjar", 10,859 followers: 60 + 80/5 = 76', () => {
    expect(fitOf('oihamza')).toEqual({ score: 76, matched: ['founder'], excluded: [] });
  });

  test('@ashevat "Early Stage Investor…", 17,588 followers: 60 + 16 = 76', () => {
    expect(fitOf('ashevat')).toMatchObject({ score: 76, matched: ['investor'] });
  });

  test('@glitch010110 "NFT trader…": excluded, 0', () => {
    expect(fitOf('glitch010110')).toMatchObject({ score: 0, excluded: ['nft'] });
  });

  test('@leslieberland "CMO Verizon", 127,964 followers: no word, band 50 → 10', () => {
    expect(fitOf('leslieberland')).toEqual({ score: 10, matched: [], excluded: [] });
  });

  test('@dasfadfsad75089, no bio, 2 followers: 2', () => {
    expect(fitOf('dasfadfsad75089').score).toBe(2);
  });
});

import { describe, expect, test } from 'vitest';
import { placePage, type ListPage, type Placement, type VisitState } from './classify';

/**
 * A visit as a list of pages: each page a string of people, `K` known (on the roster), `u`
 * unknown; `first`/`end` as the response said. Returns the placements page by page, spelled
 * K known, N new, O older, B baseline, and the visit's final state.
 */
function visit(pages: { people: string; first?: boolean; end?: boolean; index?: number }[], rosterEmpty = false) {
  let state: VisitState | null = null;
  const out: string[] = [];
  pages.forEach((p, i) => {
    const page: ListPage = { index: p.index ?? i, first: p.first ?? i === 0, end: p.end ?? false };
    const placed = placePage(
      state,
      page,
      [...p.people].map((c) => c === 'K'),
      rosterEmpty,
    );
    state = placed.state;
    out.push(
      placed.placements.map((x: Placement) => ({ known: 'K', new: 'N', older: 'O', baseline: 'B' })[x]).join(''),
    );
  });
  return { placed: out, state: state as unknown as VisitState };
}

describe('placePage: order tells new from old (issue #12)', () => {
  test.each([
    // name, pages, expected placements per page
    ['newcomers on top of the known', [{ people: 'uuKKK' }], ['NNKKK']],
    // The scenario of issue #12: 2 newcomers on page 1, then a page of 15 never reached before.
    [
      'newcomers on top, then a deeper page',
      [{ people: 'uuKKK' }, { people: 'u'.repeat(15) }],
      ['NNKKK', 'O'.repeat(15)],
    ],
    ['interleaved: unknown below a known is older', [{ people: 'uKuKu' }], ['NKOKO']],
    ['everyone known', [{ people: 'KKK' }, { people: 'KK' }], ['KKK', 'KK']],
    // Nothing known on the pages seen: the list is newest first and nothing known was reached yet.
    ['no known follower on the pages seen', [{ people: 'uuu' }, { people: 'uu' }], ['NNN', 'NN']],
    ['the anchor on a later page', [{ people: 'uu' }, { people: 'uKu' }], ['NN', 'NKO']],
  ])('%s', (_, pages, expected) => {
    expect(visit(pages).placed).toEqual(expected);
  });

  test('the first visit of an empty roster is the baseline, every page of it', () => {
    expect(visit([{ people: 'uuu' }, { people: 'uu' }], true).placed).toEqual(['BBB', 'BB']);
  });

  test('a page that is not the top, with no top seen in this visit, places nobody as new', () => {
    expect(visit([{ people: 'uuK', first: false }]).placed).toEqual(['OOK']);
  });

  test('a page out of order (page 2 before page 1) is older; the top arriving late still counts', () => {
    const pages = [
      { people: 'uu', first: false, index: 0 },
      { people: 'uuK', first: true, index: 1 },
    ];
    expect(visit(pages).placed).toEqual(['OO', 'NNK']);
  });

  test('a gap in the pages (one never arrived) makes the rest older', () => {
    const pages = [{ people: 'uu' }, { people: 'uu', index: 2 }];
    expect(visit(pages).placed).toEqual(['NN', 'OO']);
    expect(visit(pages).state.contiguous).toBe(false);
  });

  test('reloading the top within the visit reads it afresh', () => {
    const pages = [{ people: 'KK' }, { people: 'uK', first: true }];
    expect(visit(pages).placed).toEqual(['KK', 'NK']);
  });

  test('the end reached after a contiguous scan completes it; with a gap it does not', () => {
    expect(visit([{ people: 'uK' }, { people: 'KK', end: true }]).state.complete).toBe(true);
    expect(visit([{ people: 'uK' }, { people: 'KK', end: true, index: 3 }]).state.complete).toBe(false);
    expect(visit([{ people: 'KK', first: false, end: true }]).state.complete).toBe(false);
  });

  test('two tabs are two visits: each reads its own order', () => {
    // Tab A saw the newcomer first and rostered it; tab B's top then shows it as known.
    const a = visit([{ people: 'uKK' }]);
    const b = visit([{ people: 'KKK' }]);
    expect([a.placed, b.placed]).toEqual([['NKK'], ['KKK']]);
  });
});

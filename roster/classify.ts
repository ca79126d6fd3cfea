/**
 * New means new (issue #12): where a person on an own followers list stands, from the list's order.
 * Followers lists come newest first (X's API documentation: "ordered with the most recent following
 * first", subject to change; LinkedIn's list likewise), so within one visit:
 * - an unknown person above the first already-known follower followed since: `new`;
 * - an unknown person below a known follower followed earlier and was never reached: `older`;
 * - while the top of the list has not been seen in this visit, or a page is missing or arrives out
 *   of order, nobody can be placed above the known ones: `older` (never a false "new");
 * - the first visit of an account with an empty roster is its baseline: everyone `baseline`.
 * Follow notifications are not lists: they carry their time and stay the exact evidence.
 */

export type Placement = 'known' | 'new' | 'older' | 'baseline';

/** One response of a followers list, as the content script numbered it within its visit. */
export interface ListPage {
  /** 0, 1, 2… in the order this visit received the list's responses. */
  index: number;
  /** The request asked for the top of the list (X: no cursor; LinkedIn: start 0). */
  first: boolean;
  /** The response says nothing follows it. */
  end: boolean;
}

export interface VisitState {
  /** The roster was empty when the visit began: the whole visit is the baseline. */
  baseline: boolean;
  /** The top of the list was seen, and every page since arrived in order. */
  contiguous: boolean;
  /** A known follower has been seen since the top: unknown people from here on are older. */
  anchored: boolean;
  nextPage: number;
  /** The list was followed from its top to its end without a gap. */
  complete: boolean;
}

/** Where each person of a page stands (`known[i]`: person i is on the roster), and the visit after it. */
export function placePage(
  before: VisitState | null,
  page: ListPage,
  known: readonly boolean[],
  rosterEmpty: boolean,
): { placements: Placement[]; state: VisitState } {
  const state: VisitState = before
    ? { ...before }
    : { baseline: rosterEmpty, contiguous: false, anchored: false, nextPage: 0, complete: false };
  if (page.first) {
    // The top of the list, at the start or reloaded within the visit: read it afresh.
    state.contiguous = true;
    state.anchored = false;
  } else if (page.index !== state.nextPage) {
    state.contiguous = false;
  }
  const placements = known.map((isKnown): Placement => {
    if (isKnown) {
      state.anchored = true;
      return 'known';
    }
    if (state.baseline) return 'baseline';
    return state.contiguous && !state.anchored ? 'new' : 'older';
  });
  state.nextPage = page.index + 1;
  state.complete = state.contiguous && page.end;
  return { placements, state };
}

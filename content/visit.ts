import { newVisitId } from './navigation';

/**
 * One visit of one view in a tab: the unit in which a followers list's order is read (issue #12).
 * A new view (in-app navigation) or a new signed-in account starts a new visit; list responses
 * are numbered in the order they arrive within it.
 */
export function newVisit() {
  let id = newVisitId();
  let pages = 0;
  let account: string | null | undefined;
  const restart = () => {
    id = newVisitId();
    pages = 0;
  };
  return {
    id: () => id,
    restart,
    nextListPage: () => pages++,
    /**
     * What a page read from the DOM adds to its capture: on a list, its place in this visit's
     * order (the DOM gives no end of the list); elsewhere nothing.
     */
    domListPage(isList: boolean): { list?: { index: number; first: boolean; end: false } } {
      if (!isList) return {};
      const index = pages++;
      return { list: { index, first: index === 0, end: false } };
    },
    /** Passes the signed-in account through, restarting the visit when it changed. */
    viewer(current: string | null): string | null {
      if (account !== undefined && current !== account) restart();
      account = current;
      return current;
    },
  };
}

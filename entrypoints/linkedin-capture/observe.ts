import type { BridgeMessage } from '@/bridge/channel';
import { linkedInObservation, linkedInSurface } from '@/capture/linkedin/routes';
import type { CapturedPerson, Observed } from '@/capture/types';
import { readObserved } from '@/content/observed';
import { sendCapture } from '@/content/send';
import type { newVisit } from '@/content/visit';

export interface LinkedInState {
  viewer: string | null;
  visit: ReturnType<typeof newVisit>;
  profiles: Map<string, CapturedPerson>;
}

/**
 * One observed Voyager response: send the people it names.
 * Identity responses are not leads: `/me` names the user, a profile names the tab.
 */
export function observeLinkedIn(message: Pick<BridgeMessage, 'url' | 'status' | 'body'>, state: LinkedInState): void {
  const observed = readObserved(
    { method: 'GET', requestBody: null, ...message },
    'https://www.linkedin.com/',
    linkedInSurface,
  );
  if (observed) observeLinkedInJson(observed, state);
}

/** One Voyager response already parsed (a hooked one, or a `bpr` block embedded in the page). */
export function observeLinkedInJson(observed: Observed, state: LinkedInState): void {
  const seen = linkedInObservation(observed, new Date());
  if (seen?.type === 'identity') {
    for (const p of seen.result.people) if (p.handle) state.profiles.set(p.handle, p);
    if (seen.own) state.viewer = seen.result.people[0]?.handle ?? state.viewer;
  } else if (seen) {
    for (const c of seen.captures) {
      if (!c.result.people.length && !Object.keys(c.result.skipped).length && !c.list) continue;
      const { total, ...page } = c.list ?? {};
      const list = c.list
        ? { list: { ...(page as { first: boolean; end: boolean }), index: state.visit.nextListPage() } }
        : {};
      void sendCapture(
        {
          kind: c.kind,
          source: c.source,
          viewer: state.viewer,
          listOwner: null,
          visitId: state.visit.id(),
          ...list,
          ...(total !== undefined ? { listTotal: total } : {}),
        },
        c.result,
      );
    }
  }
}

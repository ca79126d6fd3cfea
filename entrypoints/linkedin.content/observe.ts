import type { BridgeMessage } from '@/bridge/channel';
import { linkedInObservation, linkedInSurface } from '@/capture/linkedin/surface';
import type { CapturedPerson } from '@/capture/types';
import { parseJson } from '@/content/idle';
import { sendCapture, sendFailure } from '@/content/send';

export interface LinkedInState {
  viewer: string | null;
  visitId: string;
  profiles: Map<string, CapturedPerson>;
}

/**
 * One observed Voyager response: parse it here (cheap), send the people it names (small).
 * Identity responses are not leads: `/me` names the user, a profile names the tab.
 */
export function observeLinkedIn(message: Pick<BridgeMessage, 'url' | 'status' | 'body'>, state: LinkedInState): void {
  const parsed = parseJson(message.body);
  if (!parsed.ok) {
    const surface = linkedInSurface(message.url);
    if (surface) void sendFailure(surface, `response was not JSON (HTTP ${message.status})`);
    return;
  }
  let url: URL;
  try {
    url = new URL(message.url, 'https://www.linkedin.com/');
  } catch {
    return;
  }
  const seen = linkedInObservation(
    { url, method: 'GET', status: message.status, requestBody: null, json: parsed.json },
    new Date(),
  );
  if (seen?.type === 'identity') {
    for (const p of seen.result.people) if (p.handle) state.profiles.set(p.handle, p);
    if (seen.own) state.viewer = seen.result.people[0]?.handle ?? state.viewer;
  } else if (seen) {
    for (const c of seen.captures)
      if (c.result.people.length || Object.keys(c.result.skipped).length)
        void sendCapture(
          { kind: c.kind, source: c.source, viewer: state.viewer, listOwner: null, visitId: state.visitId },
          c.result,
        );
  }
}

import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { takeHookMessages } from '@/bridge/queue';
import { bprHtml, readBprBlocks } from '@/capture/linkedin/bpr';
import { isLinkedInIdentity, linkedInPageRoute } from '@/capture/linkedin/routes';
import { linkedInPersonPage } from '@/capture/linkedin/dom-profile';
import { linkedInTabPerson } from '@/capture/linkedin/tab-person';
import { startDomFallback, type DomFallback } from '@/content/dom-fallback';
import { whenIdle } from '@/content/idle';
import { eachView } from '@/content/navigation';
import { sendCapture } from '@/content/send';
import { answerTabPerson } from '@/content/tab-person';
import { newVisit } from '@/content/visit';
import { observeLinkedIn, observeLinkedInJson, type LinkedInState } from './observe';

// Glue only: what a page or a response means is capture/linkedin/routes.ts.
// At document_idle (declared in wxt.config.ts): the hook's messages until then are held by the
// bridge half (linkedin-bridge).
export default defineUnlistedScript(() => {
  const state: LinkedInState = { viewer: null, visit: newVisit(), profiles: new Map() };
  let fallback: DomFallback | undefined;

  takeHookMessages(window, (r) => {
    if (!r.ok) return;
    if (!isLinkedInIdentity(r.message.url)) fallback?.apiSeen();
    whenIdle(() => observeLinkedIn(r.message, state));
  });

  const answer = answerTabPerson(linkedInPersonPage, () =>
    linkedInTabPerson(new URL(location.href), document, state.profiles),
  );
  const onView = (url: URL) => {
    answer(url);
    state.visit.restart();
    fallback?.stop();
    const route = linkedInPageRoute(url);
    if (!route) return;
    fallback = startDomFallback(
      document,
      (root) => route.read(root, new Date()),
      (r) => {
        const list = state.visit.domListPage(route.list);
        const meta = { viewer: state.viewer, listOwner: null, visitId: state.visit.id(), ...list };
        return sendCapture({ kind: route.kind, source: route.source, ...meta }, r);
      },
    );
  };
  // Older (Ember) pages embed their first responses in the HTML instead of fetching them.
  eachView(window, onView, () => {
    for (const { request, json } of readBprBlocks(bprHtml(document))) {
      if (!request) continue;
      const url = new URL(request, location.origin);
      observeLinkedInJson({ url, method: 'GET', status: 200, requestBody: null, json }, state);
    }
  });
});

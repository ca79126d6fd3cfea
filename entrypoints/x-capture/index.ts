import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { redirectHook, takeHookMessages } from '@/bridge/queue';
import { xPageRoute } from '@/capture/x/routes';
import { xPersonPage, xTabPerson } from '@/capture/x/tab-person';
import { xViewer } from '@/capture/x/viewer';
import type { CapturedPerson } from '@/capture/types';
import { runtime } from '@/content/chrome';
import { untilCookieChange } from '@/content/cookie-cache';
import { startDomFallback, type DomFallback } from '@/content/dom-fallback';
import { offThreadReader } from '@/content/off-thread';
import { eachView } from '@/content/navigation';
import { sendCapture } from '@/content/send';
import { answerTabPerson } from '@/content/tab-person';
import { newVisit } from '@/content/visit';
import { observeX } from './observe';
import { readX } from './read';

// Glue only: what a page or a response means is capture/x/routes.ts.
// At document_idle (declared in wxt.config.ts): the hook's messages until then are held by the
// bridge half (x-bridge).
export default defineUnlistedScript(() => {
  const visit = newVisit();
  let fallback: DomFallback | undefined;
  const profiles = new Map<string, CapturedPerson>();
  // A switch of the signed-in account starts a new visit: later captures are the new account's.
  const signedIn = untilCookieChange(() => xViewer(document));
  const viewer = () => visit.viewer(signedIn());

  // Responses are read in a worker where the page allows one (content/off-thread.ts). Firefox
  // builds declare no web-accessible worker script: they read on this thread, when the page is idle.
  const read = offThreadReader({
    script: () => (import.meta.env.FIREFOX ? null : runtime().getURL('x-parse-worker.js')),
    read: readX,
    arrived: () => {
      fallback?.apiSeen();
      return { viewer: viewer(), visitId: visit.id(), nextListPage: visit.nextListPage };
    },
    deliver: (r, meta) => observeX(r, meta, profiles),
    redirect: (to) => redirectHook(window, to),
  });
  takeHookMessages(window, (received) => {
    if (received.ok) read(received.message);
  });

  const answer = answerTabPerson(xPersonPage, () => xTabPerson(new URL(location.href), document, profiles));
  const onView = (url: URL) => {
    answer(url);
    visit.restart();
    fallback?.stop();
    const route = xPageRoute(url, document);
    if (!route) return;
    fallback = startDomFallback(document, route.read, (r) => {
      const list = visit.domListPage(route.list);
      const meta = { viewer: viewer(), listOwner: route.listOwner(viewer()), visitId: visit.id(), ...list };
      return sendCapture({ kind: 'followed', source: route.source, ...meta }, r);
    });
  };
  eachView(window, onView);
});

import { defineContentScript } from 'wxt/utils/define-content-script';
import { listenToHook } from '@/bridge/listen';
import { readXFollowerCells, readXFollowNotifications, xPageKind } from '@/capture/x';
import type { CapturedPerson } from '@/capture/types';
import { startDomFallback, type DomFallback } from '@/content/dom-fallback';
import { newVisitId, watchNavigation } from '@/content/navigation';
import { sendCapture, sendFailure } from '@/content/send';
import { answerTabPerson } from '@/content/tab-person';
import { xCapture, xSurface, xViewer, xViewerHandle } from './surfaces';
import { xTabPerson } from './tab-person';

export default defineContentScript({
  matches: ['*://x.com/*', '*://twitter.com/*'],
  runAt: 'document_start',
  main() {
    let visitId = newVisitId();
    let fallback: DomFallback | undefined;
    const profiles = new Map<string, CapturedPerson>();
    const viewer = () => xViewer(document.cookie);

    listenToHook(window, (received) => {
      if (!received.ok) {
        const surface = xSurface(received.url ?? '');
        return void (surface && sendFailure(surface, received.error));
      }
      const capture = xCapture(received.observed);
      if (!capture) return;
      fallback?.apiSeen();
      for (const p of capture.result.people) if (p.handle) profiles.set(p.handle.toLowerCase(), p);
      void sendCapture(
        { kind: capture.kind, source: capture.source, viewer: viewer(), listOwner: capture.listOwner, visitId },
        capture.result,
      );
    });

    const onView = (url: URL) => {
      visitId = newVisitId();
      fallback?.stop();
      const page = xPageKind(url);
      const own = page.handle !== undefined && page.handle.toLowerCase() === xViewerHandle(document)?.toLowerCase();
      if (page.kind === 'followers' || page.kind === 'verified_followers') {
        const listOwner = own ? viewer() : `@${page.handle ?? ''}`;
        fallback = startDomFallback(
          document,
          readXFollowerCells,
          (r) => void sendCapture({ kind: 'followed', source: 'x.followers', viewer: viewer(), listOwner, visitId }, r),
        );
      } else if (page.kind === 'notifications') {
        fallback = startDomFallback(
          document,
          readXFollowNotifications,
          (r) =>
            void sendCapture(
              { kind: 'followed', source: 'x.notifications', viewer: viewer(), listOwner: null, visitId },
              r,
            ),
        );
      }
    };
    const start = () => {
      onView(new URL(location.href));
      watchNavigation(window, onView);
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
    else start();
    answerTabPerson(() => xTabPerson(new URL(location.href), document, profiles));
  },
});

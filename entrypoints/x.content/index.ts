import { defineContentScript } from 'wxt/utils/define-content-script';
import { listenToHook } from '@/bridge/listen';
import { readXFollowerCells } from '@/capture/x/dom-followers';
import { readXFollowNotifications } from '@/capture/x/dom-notifications';
import { xPageKind } from '@/capture/x/page';
import type { CapturedPerson } from '@/capture/types';
import { startDomFallback, type DomFallback } from '@/content/dom-fallback';
import { watchNavigation } from '@/content/navigation';
import { newVisit } from '@/content/visit';
import { whenIdle } from '@/content/idle';
import { sendCapture } from '@/content/send';
import { answerTabPerson } from '@/content/tab-person';
import { observeX } from './observe';
import { xTabPerson } from './tab-person';
import { xViewer, xViewerHandle } from './viewer';

export default defineContentScript({
  matches: ['*://x.com/*', '*://twitter.com/*'],
  runAt: 'document_start',
  main() {
    const visit = newVisit();
    let fallback: DomFallback | undefined;
    const profiles = new Map<string, CapturedPerson>();
    // A switch of the signed-in account within the tab starts a new visit: what is seen after it
    // belongs to the new account, never to the old one (issue #12).
    const viewer = () => visit.viewer(xViewer(document.cookie));

    listenToHook(window, (received) => {
      if (!received.ok) return;
      fallback?.apiSeen();
      const meta = { viewer: viewer(), visitId: visit.id(), nextListPage: visit.nextListPage };
      whenIdle(() => observeX(received.message, meta, profiles));
    });

    const onView = (url: URL) => {
      visit.restart();
      fallback?.stop();
      const page = xPageKind(url);
      const own = page.handle !== undefined && page.handle.toLowerCase() === xViewerHandle(document)?.toLowerCase();
      // DOM rows arrive top first, a batch at a time: each batch is a page of the list.
      const report =
        (source: 'x.followers' | 'x.notifications', listOwner: string | null) =>
        (r: Parameters<typeof sendCapture>[1]) => {
          const index = source === 'x.followers' ? visit.nextListPage() : -1;
          const list = index >= 0 ? { list: { index, first: index === 0, end: false } } : {};
          void sendCapture({ kind: 'followed', source, viewer: viewer(), listOwner, visitId: visit.id(), ...list }, r);
        };
      if (page.kind === 'followers' || page.kind === 'verified_followers') {
        fallback = startDomFallback(
          document,
          readXFollowerCells,
          report('x.followers', own ? viewer() : `@${page.handle ?? ''}`),
        );
      } else if (page.kind === 'notifications') {
        fallback = startDomFallback(document, readXFollowNotifications, report('x.notifications', null));
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

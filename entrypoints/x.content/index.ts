import { defineContentScript } from 'wxt/utils/define-content-script';
import { listenToHook } from '@/bridge/listen';
import { readXFollowerCells } from '@/capture/x/dom-followers';
import { readXFollowNotifications } from '@/capture/x/dom-notifications';
import { xPageKind } from '@/capture/x/page';
import type { CapturedPerson } from '@/capture/types';
import { startDomFallback, type DomFallback } from '@/content/dom-fallback';
import { newVisitId, watchNavigation } from '@/content/navigation';
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
    let visitId = newVisitId();
    let fallback: DomFallback | undefined;
    const profiles = new Map<string, CapturedPerson>();
    const viewer = () => xViewer(document.cookie);

    listenToHook(window, (received) => {
      if (!received.ok) return;
      fallback?.apiSeen();
      const meta = { viewer: viewer(), visitId };
      whenIdle(() => observeX(received.message, meta, profiles));
    });

    const onView = (url: URL) => {
      visitId = newVisitId();
      fallback?.stop();
      const page = xPageKind(url);
      const own = page.handle !== undefined && page.handle.toLowerCase() === xViewerHandle(document)?.toLowerCase();
      const report =
        (source: 'x.followers' | 'x.notifications', listOwner: string | null) =>
        (r: Parameters<typeof sendCapture>[1]) =>
          void sendCapture({ kind: 'followed', source, viewer: viewer(), listOwner, visitId }, r);
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

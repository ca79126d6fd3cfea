import { defineContentScript } from 'wxt/utils/define-content-script';
import type { BridgeMessage } from '@/bridge/channel';
import { listenToHook } from '@/bridge/listen';
import { linkedInPageKind } from '@/capture/linkedin/index';
import { readBprBlocks } from '@/capture/linkedin/bpr';
import type { CapturedPerson } from '@/capture/types';
import { startDomFallback, type DomFallback } from '@/content/dom-fallback';
import { newVisitId, watchNavigation } from '@/content/navigation';
import { relayResponse, sendCapture } from '@/content/send';
import { answerTabPerson } from '@/content/tab-person';
import { domReaderFor } from './dom-readers';
import { linkedInTabPerson } from './tab-person';

export default defineContentScript({
  matches: ['*://www.linkedin.com/*'],
  runAt: 'document_start',
  main() {
    let visitId = newVisitId();
    let viewer: string | null = null;
    let fallback: DomFallback | undefined;
    const profiles = new Map<string, CapturedPerson>();

    // Responses go to the background as text; it parses them off the page's main thread.
    const relay = (message: BridgeMessage) => {
      if (!message.url.includes('/voyager/api/me') && !message.url.includes('/identity/dash/profiles'))
        fallback?.apiSeen();
      void relayResponse('linkedin', message, { viewer, visitId }).then((reply) => {
        for (const p of reply?.profiles ?? []) if (p.handle) profiles.set(p.handle, p);
        viewer = reply?.viewer ?? viewer;
      });
    };
    listenToHook(window, (r) => r.ok && relay(r.message));

    const onView = (url: URL) => {
      visitId = newVisitId();
      fallback?.stop();
      const reader = domReaderFor(linkedInPageKind(url).kind);
      if (!reader) return;
      fallback = startDomFallback(document, reader.read, (r) =>
        sendCapture({ kind: reader.kind, source: reader.source, viewer, listOwner: null, visitId }, r),
      );
    };
    const start = () => {
      // Older (Ember) pages embed their first responses in the HTML instead of fetching them.
      for (const block of readBprBlocks(document.documentElement.outerHTML)) {
        if (!block.request) continue;
        const url = new URL(block.request, location.origin).href;
        relay({
          channel: 'touchline:v1',
          url,
          method: 'GET',
          status: 200,
          requestBody: null,
          body: JSON.stringify(block.json),
        });
      }
      onView(new URL(location.href));
      watchNavigation(window, onView);
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
    else start();
    answerTabPerson(() => linkedInTabPerson(new URL(location.href), document, profiles));
  },
});

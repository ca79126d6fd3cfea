import { defineContentScript } from 'wxt/utils/define-content-script';
import { listenToHook } from '@/bridge/listen';
import { linkedInPageKind } from '@/capture/linkedin/index';
import { readBprBlocks } from '@/capture/linkedin/bpr';
import type { CapturedPerson } from '@/capture/types';
import { startDomFallback, type DomFallback } from '@/content/dom-fallback';
import { newVisitId, watchNavigation } from '@/content/navigation';
import { sendCapture, sendFailure } from '@/content/send';
import { answerTabPerson } from '@/content/tab-person';
import { linkedInObservation, linkedInSurface } from './surfaces';
import { domReaderFor } from './dom-readers';
import { linkedInTabPerson } from './tab-person';
import type { Observed } from '@/bridge/protocol';

export default defineContentScript({
  matches: ['*://www.linkedin.com/*'],
  runAt: 'document_start',
  main() {
    let visitId = newVisitId();
    let viewer: string | null = null;
    let fallback: DomFallback | undefined;
    const profiles = new Map<string, CapturedPerson>();

    const observe = (observed: Observed) => {
      const seen = linkedInObservation(observed, new Date());
      if (seen?.type === 'identity') {
        for (const p of seen.result.people) if (p.handle) profiles.set(p.handle, p);
        if (seen.own) viewer = seen.result.people[0]?.handle ?? viewer;
      } else if (seen) {
        fallback?.apiSeen();
        for (const c of seen.captures)
          if (c.result.people.length || Object.keys(c.result.skipped).length)
            void sendCapture({ kind: c.kind, source: c.source, viewer, listOwner: null, visitId }, c.result);
      }
    };
    listenToHook(window, (r) => {
      if (r.ok) return observe(r.observed);
      const surface = linkedInSurface(r.url ?? '');
      if (surface) void sendFailure(surface, r.error);
    });

    const onView = (url: URL) => {
      visitId = newVisitId();
      fallback?.stop();
      const reader = domReaderFor(linkedInPageKind(url).kind);
      if (reader)
        fallback = startDomFallback(
          document,
          reader.read,
          (r) => void sendCapture({ kind: reader.kind, source: reader.source, viewer, listOwner: null, visitId }, r),
        );
    };
    const start = () => {
      // Older (Ember) pages embed their first responses in the HTML instead of fetching them.
      for (const block of readBprBlocks(document.documentElement.outerHTML))
        if (block.request)
          observe({
            url: new URL(block.request, location.origin),
            method: 'GET',
            status: 200,
            requestBody: null,
            json: block.json,
          });
      onView(new URL(location.href));
      watchNavigation(window, onView);
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
    else start();
    answerTabPerson(() => linkedInTabPerson(new URL(location.href), document, profiles));
  },
});

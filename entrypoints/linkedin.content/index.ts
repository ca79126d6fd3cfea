import { defineContentScript } from 'wxt/utils/define-content-script';
import { listenToHook } from '@/bridge/listen';
import { linkedInPageKind } from '@/capture/linkedin/index';
import { readBprBlocks } from '@/capture/linkedin/bpr';
import { startDomFallback, type DomFallback } from '@/content/dom-fallback';
import { whenIdle } from '@/content/idle';
import { newVisitId, watchNavigation } from '@/content/navigation';
import { sendCapture } from '@/content/send';
import { answerTabPerson } from '@/content/tab-person';
import { domReaderFor } from './dom-readers';
import { observeLinkedIn, type LinkedInState } from './observe';
import { linkedInTabPerson } from './tab-person';

export default defineContentScript({
  matches: ['*://www.linkedin.com/*'],
  runAt: 'document_start',
  main() {
    const state: LinkedInState = { viewer: null, visitId: newVisitId(), profiles: new Map() };
    let fallback: DomFallback | undefined;

    listenToHook(window, (r) => {
      if (!r.ok) return;
      if (!/\/voyager\/api\/(?:me\b|identity\/dash\/profiles)/.test(r.message.url)) fallback?.apiSeen();
      whenIdle(() => observeLinkedIn(r.message, state));
    });

    const onView = (url: URL) => {
      state.visitId = newVisitId();
      fallback?.stop();
      const reader = domReaderFor(linkedInPageKind(url).kind);
      if (!reader) return;
      fallback = startDomFallback(document, reader.read, (r) =>
        sendCapture(
          { kind: reader.kind, source: reader.source, viewer: state.viewer, listOwner: null, visitId: state.visitId },
          r,
        ),
      );
    };
    const start = () => {
      // Older (Ember) pages embed their first responses in the HTML instead of fetching them.
      for (const block of readBprBlocks(document.documentElement.outerHTML)) {
        if (!block.request) continue;
        const url = new URL(block.request, location.origin).href;
        observeLinkedIn({ url, status: 200, body: JSON.stringify(block.json) }, state);
      }
      onView(new URL(location.href));
      watchNavigation(window, onView);
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
    else start();
    answerTabPerson(() => linkedInTabPerson(new URL(location.href), document, state.profiles));
  },
});

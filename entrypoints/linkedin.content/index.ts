import { defineContentScript } from 'wxt/utils/define-content-script';
import { listenToHook } from '@/bridge/listen';
import { linkedInPageKind } from '@/capture/linkedin/index';
import { readBprBlocks } from '@/capture/linkedin/bpr';
import { startDomFallback, type DomFallback } from '@/content/dom-fallback';
import { whenIdle } from '@/content/idle';
import { watchNavigation } from '@/content/navigation';
import { newVisit } from '@/content/visit';
import { sendCapture } from '@/content/send';
import { answerTabPerson } from '@/content/tab-person';
import { domReaderFor } from './dom-readers';
import { observeLinkedIn, type LinkedInState } from './observe';
import { linkedInTabPerson } from './tab-person';

export default defineContentScript({
  matches: ['*://www.linkedin.com/*'],
  runAt: 'document_start',
  main() {
    const state: LinkedInState = { viewer: null, visit: newVisit(), profiles: new Map() };
    let fallback: DomFallback | undefined;

    listenToHook(window, (r) => {
      if (!r.ok) return;
      if (!/\/voyager\/api\/(?:me\b|identity\/dash\/profiles)/.test(r.message.url)) fallback?.apiSeen();
      whenIdle(() => observeLinkedIn(r.message, state));
    });

    const onView = (url: URL) => {
      state.visit.restart();
      fallback?.stop();
      const reader = domReaderFor(linkedInPageKind(url).kind);
      if (!reader) return;
      fallback = startDomFallback(document, reader.read, (r) => {
        // DOM rows arrive top first, a batch at a time: each batch of the followers list is a page.
        const index = reader.source === 'linkedin.followers' ? state.visit.nextListPage() : -1;
        const list = index >= 0 ? { list: { index, first: index === 0, end: false } } : {};
        const meta = { viewer: state.viewer, listOwner: null, visitId: state.visit.id(), ...list };
        return sendCapture({ kind: reader.kind, source: reader.source, ...meta }, r);
      });
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

import { defineContentScript } from 'wxt/utils/define-content-script';
import { holdHookMessages } from '@/bridge/queue';

// The isolated world's first half (bridge/queue.ts): at document_start only the hook's handoff
// is caught; the parsers load at document_idle (x.content), so the page's load never waits on them.
export default defineContentScript({
  matches: ['*://x.com/*', '*://twitter.com/*'],
  runAt: 'document_start',
  // WXT would post `<extension id>:<entry>:wxt:content-script-started` to the page: a fingerprint.
  noScriptStartedPostMessage: true,
  main() {
    holdHookMessages(window);
  },
});

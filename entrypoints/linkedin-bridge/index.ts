import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { holdHookMessages } from '@/bridge/queue';

// The isolated world's first half (bridge/queue.ts): at document_start only the hook's handoff
// is caught; the parsers load at document_idle (linkedin-capture), so the page's load never waits on them.
// Declared in wxt.config.ts: see there why it is an unlisted script.
export default defineUnlistedScript(() => {
  holdHookMessages(window);
});

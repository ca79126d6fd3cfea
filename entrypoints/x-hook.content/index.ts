import { defineContentScript } from 'wxt/utils/define-content-script';
import { installHook } from '@/bridge/hook';
import { X_HOOK_PATTERN } from '@/capture/x/hook-pattern';

// MAIN world at document_start, so the page's first requests are already observed.
export default defineContentScript({
  matches: ['*://x.com/*', '*://twitter.com/*'],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installHook(window, new RegExp(X_HOOK_PATTERN));
  },
});

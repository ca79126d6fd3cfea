import { defineContentScript } from 'wxt/utils/define-content-script';
import { installHook } from '@/bridge/hook';
import { LINKEDIN_HOOK_PATTERN } from '@/capture/linkedin/hook-pattern';

// MAIN world at document_start, so the page's first requests are already observed.
export default defineContentScript({
  matches: ['*://www.linkedin.com/*'],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installHook(window, new RegExp(LINKEDIN_HOOK_PATTERN));
  },
});

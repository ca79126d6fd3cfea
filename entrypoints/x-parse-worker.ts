import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { serveReads } from '@/content/off-thread';
import { readX } from './x-capture/read';

// The parse worker x-capture starts in x.com pages (content/off-thread.ts): the same reading of
// a hooked response as on the page's thread, off it. Web-accessible (wxt.config.ts), Chromium only.
export default defineUnlistedScript(() => {
  serveReads(readX);
});

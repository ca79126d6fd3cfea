import { defineConfig } from 'wxt';
import { inlineCss } from './scripts/vite-inline-css';
import { noEval } from './scripts/vite-no-eval';

// Host access is limited to the two sites we read; nothing else is ever requested.
const X = ['*://x.com/*', '*://twitter.com/*'];
const LINKEDIN = ['*://www.linkedin.com/*'];
const HOSTS = [...X, ...LINKEDIN];

// The isolated-world scripts (docs/architecture.md) are unlisted scripts declared here, not WXT
// content scripts: WXT wraps each content script in a context that costs ~0.4 ms of every page
// load and dispatches `<extension id>:<name>:wxt:content-script-started` on the page's document,
// where any page script can listen for it. The MAIN-world hooks (entrypoints/*-hook.content) come
// after these in the manifest, so each bridge is listening before its hook hands over.
const ISOLATED = [
  { matches: LINKEDIN, run_at: 'document_start' as const, js: ['linkedin-bridge.js'] },
  { matches: LINKEDIN, run_at: 'document_idle' as const, js: ['linkedin-capture.js'] },
  { matches: X, run_at: 'document_start' as const, js: ['x-bridge.js'] },
  { matches: X, run_at: 'document_idle' as const, js: ['x-capture.js'] },
];

// The Firefox smoke suite's build only (TOUCHLINE_E2E_PAGES=1, never the store build): WebDriver
// BiDi will not open a moz-extension:// page, so the test frames the dashboard and popup inside a
// routed x.com page instead, which needs them web-accessible there (test/firefox/, docs/firefox.md).
const E2E_PAGES = process.env.TOUCHLINE_E2E_PAGES === '1';

// x-capture reads X's responses in a blob worker that loads this file (content/off-thread.ts).
// A per-session URL (`use_dynamic_url`), so a page cannot probe for it to tell Touchline is
// installed. Chromium only: Firefox builds read on the page's thread and declare nothing.
const PARSE_WORKER = { resources: ['x-parse-worker.js'], matches: X, use_dynamic_url: true };
const E2E_RESOURCES = { resources: ['dashboard.html', 'popup.html'], matches: ['https://x.com/*'] };

export default defineConfig({
  // A separate output folder lets parallel builds (bench, several E2E runs) not overwrite each other.
  outDir: process.env.TOUCHLINE_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react'],
  vite: () => ({ plugins: [noEval(), inlineCss(['popup'])] }),
  // Explicit imports everywhere: the folder boundary lint rules can then see what code uses.
  imports: false,
  manifest: ({ browser }) => {
    const exposed = [...(browser === 'firefox' ? [] : [PARSE_WORKER]), ...(E2E_PAGES ? [E2E_RESOURCES] : [])];
    return {
      name: 'Touchline',
      description:
        'Turns the people who follow you or view your profile on X and LinkedIn into leads. Nothing leaves your browser.',
      permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications'],
      host_permissions: HOSTS,
      content_scripts: ISOLATED,
      action: { default_title: 'Touchline' },
      ...(exposed.length ? { web_accessible_resources: exposed } : {}),
      browser_specific_settings: {
        gecko: {
          id: 'touchline@touchline.local',
          // Touchline collects nothing: every lead stays in this browser (addons.mozilla.org asks).
          data_collection_permissions: { required: ['none'] },
        },
      },
    };
  },
});

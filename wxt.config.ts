import { defineConfig } from 'wxt';
import { noEval } from './scripts/vite-no-eval';

// Host access is limited to the two sites we read; nothing else is ever requested.
const HOSTS = ['*://x.com/*', '*://twitter.com/*', '*://www.linkedin.com/*'];

// The Firefox smoke suite's build only (TOUCHLINE_E2E_PAGES=1, never the store build): WebDriver
// BiDi will not open a moz-extension:// page, so the test frames the dashboard and popup inside a
// routed x.com page instead, which needs them web-accessible there (test/firefox/, docs/firefox.md).
const E2E_PAGES = process.env.TOUCHLINE_E2E_PAGES === '1';

export default defineConfig({
  // A separate output folder lets parallel builds (bench, several E2E runs) not overwrite each other.
  outDir: process.env.TOUCHLINE_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react'],
  vite: () => ({ plugins: [noEval()] }),
  // Explicit imports everywhere: the folder boundary lint rules can then see what code uses.
  imports: false,
  manifest: {
    name: 'Touchline',
    description:
      'Turns the people who follow you or view your profile on X and LinkedIn into leads. Nothing leaves your browser.',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications'],
    host_permissions: HOSTS,
    action: { default_title: 'Touchline' },
    ...(E2E_PAGES
      ? { web_accessible_resources: [{ resources: ['dashboard.html', 'popup.html'], matches: ['https://x.com/*'] }] }
      : {}),
    browser_specific_settings: {
      gecko: {
        id: 'touchline@touchline.local',
        // Touchline collects nothing: every lead stays in this browser (addons.mozilla.org asks).
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});

import { defineConfig } from 'wxt';

// Host access is limited to the two sites we read; nothing else is ever requested.
const HOSTS = ['*://x.com/*', '*://twitter.com/*', '*://www.linkedin.com/*'];

export default defineConfig({
  // A separate output folder lets parallel builds (bench, several E2E runs) not overwrite each other.
  outDir: process.env.TOUCHLINE_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: the folder boundary lint rules can then see what code uses.
  imports: false,
  manifest: {
    name: 'Touchline',
    description:
      'Turns the people who follow you or view your profile on X and LinkedIn into leads. Nothing leaves your browser.',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications'],
    host_permissions: HOSTS,
    action: { default_title: 'Touchline' },
    browser_specific_settings: { gecko: { id: 'touchline@touchline.local' } },
  },
});

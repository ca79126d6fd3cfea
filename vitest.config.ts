import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.output/**', '.ci/**', '.tools/**', 'test/e2e/**'],
    setupFiles: ['test/setup.ts'],
    env: { TZ: 'UTC' },
  },
});

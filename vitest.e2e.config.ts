import { defineConfig } from 'vitest/config';

/** End-to-end tests: real headless Chromium with the built extension loaded. Run after `npm run build`. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});

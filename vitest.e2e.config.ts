import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end tests: Node drives headless Chromium with the built extension
// (.output/chrome-mv3, from `npm run build`) loaded. One browser at a time, so
// files run one after another, with timeouts long enough for a cold browser start.
export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('.', import.meta.url)) },
  },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // expect.poll gives up after 1 s by default: too short for a browser on a loaded CI machine,
    // where a message round trip or a first IndexedDB open can take longer. A poll still ends as
    // soon as it matches, so this only slows down a test that fails.
    expect: { poll: { timeout: 10_000 } },
  },
});

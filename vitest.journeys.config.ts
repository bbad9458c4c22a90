import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The journeys (tests/journeys): the same end-to-end tests in Chromium and in
// Firefox ESR, one browser per run, chosen by JIANBAO_BROWSER=chromium|firefox
// (scripts/test-all.mjs runs both). Files run one after another.
export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('.', import.meta.url)) },
  },
  test: {
    include: ['tests/journeys/**/*.e2e.ts'],
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

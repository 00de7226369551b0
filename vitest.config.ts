import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // the perf suites generate thousands of nominees before their tests; on a loaded 2-core
    // machine that takes well over vitest's 10 s default for a hook
    hookTimeout: 120_000,
  },
});

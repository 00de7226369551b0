import { defineConfig } from 'vitest/config';

/**
 * Two projects, both run by `npm test`: the unit tests, then the render tests that drive
 * LibreOffice and Chromium (slow, and alone with `npm run test:e2e`). The render tests start
 * once the unit tests are done, so the programs they start do not slow the timed hooks of the
 * unit tests on a small CI machine. The self-check page's test is one of them: it drives Chromium;
 * the list's annex is another: LibreOffice prints its Word document and workbook.
 */
const RENDER = ['test/e2e/render.test.ts', 'test/e2e/page.test.ts', 'test/e2e/list-render.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // the perf suites generate thousands of nominees before their tests; on a loaded 2-core
    // machine that takes well over vitest's 10 s default for a hook
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: RENDER } },
      {
        extends: true,
        test: { name: 'render', include: RENDER, testTimeout: 180_000 },
      },
    ],
  },
});

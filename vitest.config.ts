import { defineConfig } from 'vitest/config';

/**
 * Three projects. `unit` is what `npm test` runs: the modules called in this process, fast
 * enough to run on every change. The end-to-end checks are apart, run by `npm run test:e2e` and
 * by CI (`.ci/run`) after `npm test`: `e2e` starts the command as a process, packs the package,
 * or generates lists of thousands of nominees to compare the reader's paths; `render` drives
 * LibreOffice and Chromium (the self-check page and the list's annex among them). Each group
 * starts once the one before it is done, so the programs the later ones start do not slow the
 * timed hooks of the earlier ones on a small CI machine.
 */
const E2E = [
  'test/e2e/**/*.test.ts',
  // spawn the command or a script, or generate thousands of nominees before their tests
  'test/perf/engine.test.ts',
  'test/perf/startup.test.ts',
  'test/perf/stream.test.ts',
  'test/perf/threads.test.ts',
  'test/perf/xlsx-stream.test.ts',
];
const RENDER = ['test/e2e/render.test.ts', 'test/e2e/page.test.ts', 'test/e2e/list-render.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // the perf suites generate thousands of nominees before their tests; on a loaded 2-core
    // machine that takes well over vitest's 10 s default for a hook
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // one module graph for every unit file in a worker: importing the sources afresh for
          // each of a hundred files was over half of the project's time. No unit test may leave
          // state behind (an environment variable, the working folder) for the next file to see:
          // leaves-nothing.ts fails the file that does.
          isolate: false,
          setupFiles: ['test/helpers/leaves-nothing.ts'],
          // a worker for every core: vitest's default leaves one to itself, which on two cores
          // runs the unit files one after the other while a core waits
          maxWorkers: '100%',
          include: ['test/**/*.test.ts'],
          exclude: [...E2E, ...RENDER],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: { name: 'e2e', include: E2E, exclude: RENDER, sequence: { groupOrder: 1 } },
      },
      {
        extends: true,
        test: { name: 'render', include: RENDER, testTimeout: 180_000, sequence: { groupOrder: 2 } },
      },
    ],
  },
});

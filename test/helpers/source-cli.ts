import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** The flags that let `node` load the TypeScript sources as they are (`source-hooks.mjs`). */
export const SOURCE_LOADER: readonly string[] = [
  '--import',
  path.join(ROOT, 'test', 'helpers', 'source.mjs'),
];

/**
 * Each module keeps its own file's URL in the bundle, so that what it finds from
 * `import.meta.url` (the campaigns, package.json, exceljs's files) is found as in the build;
 * but the worker thread runs its module's file, which here is the bundle's: left as it is, the
 * bundle parses in one thread (test/perf/threads.test.ts runs the worker from the sources).
 */
const ownUrl: Plugin = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      if (args.path.endsWith(`${path.sep}offload.ts`)) return undefined;
      const { readFile } = await import('node:fs/promises');
      const text = await readFile(args.path, 'utf8');
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: text.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

/**
 * The command bundled from the TypeScript sources by esbuild, once for each test file that
 * starts it, inside the project so that its packages are found where they are installed.
 */
async function bundle(): Promise<string> {
  const outdir = path.join(ROOT, 'node_modules', '.cache', 'eligibility-cli', String(process.pid));
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: [path.join(ROOT, 'test', 'helpers', 'eligibility.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // what the command loads only when it needs it stays apart, as in the build
    splitting: true,
    outdir,
    outExtension: { '.js': '.mjs' },
    logLevel: 'error',
    plugins: [ownUrl],
  });
  return path.join(outdir, 'eligibility.mjs');
}

/**
 * The arguments that make `node` run the command as `bin/eligibility.js` runs the build, but
 * built from the sources when the test file starts: `spawn(process.execPath, [...CLI, 'check', …])`.
 * Tests that need a real process (signals, closed pipes, exit codes) run what the sources say;
 * nothing can be stale and nothing depends on `dist/`.
 */
export const CLI: readonly string[] = [await bundle()];

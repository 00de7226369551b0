/**
 * Bundles the command (src/cli/main.ts) with esbuild into dist/bundle/, which bin/eligibility.js
 * runs. A check of a few dozen nominees spends most of its time loading modules: the tool's own
 * and zod's, commander's, csv-parse's, the zip and XML readers' (some 340 ES modules), and
 * exceljs's workbook model with jszip (some 290 CommonJS files), each resolved, read and compiled
 * apart. Bundled they are a few dozen files. What a run loads only when it needs it (each
 * command, each report writer, exceljs's workbook model or its streaming reader) stays a chunk or
 * a function of its own, loaded or run when first needed, as in the build. The report writers'
 * exceljs, loaded only to write a workbook, is left to Node (below).
 *
 * Each module keeps finding what it finds from its own `import.meta.url` (the campaigns in
 * rules/, package.json, the page's script, the worker thread's module) where the build of the
 * same module (`tsc`, dist/) finds it: its URL becomes that dist file's, taken relative to the
 * bundle, so an installed package works wherever it is unpacked. The worker thread runs its
 * module from dist/ as built by tsc.
 *
 *   node scripts/build-cli.mjs        (run by `npm run build`, after tsc)
 */
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = path.join(ROOT, 'src');
const DIST = path.join(ROOT, 'dist');
const OUT = path.join(DIST, 'bundle');

/**
 * src/exceljs.ts and src/exceljs-stream.ts require exceljs's parts through `createRequire`,
 * which esbuild leaves to Node; without it the `require` is esbuild's, which bundles each part
 * and runs it when first called. Two modules, so that the streaming reader's parts are a chunk
 * of their own, loaded only when a workbook streams.
 */
const EXCELJS = new Set([path.join(SRC, 'exceljs.ts'), path.join(SRC, 'exceljs-stream.ts')]);
const EXCELJS_REQUIRE = /^const require = createRequire\(import\.meta\.url\);$/m;

/**
 * `import 'exceljs'` (the whole package, for the report writers and the template) stays
 * Node's to load, from node_modules: a package calling a deprecated API from there is not
 * warned about, and its writers, whose archiver does, would print a warning from the bundle.
 */
const exceljsWhole = {
  name: 'exceljs-whole',
  setup(b) {
    b.onResolve({ filter: /^exceljs$/ }, () => ({ path: 'exceljs', external: true }));
  },
};

/** A source module as bundled: `import.meta.url` made the URL of its tsc output in dist/. */
const asBuilt = {
  name: 'as-built',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (!args.path.startsWith(SRC + path.sep)) return undefined;
      let text = await readFile(args.path, 'utf8');
      if (EXCELJS.has(args.path)) {
        if (!EXCELJS_REQUIRE.test(text))
          throw new Error(`${args.path} no longer declares its require as build-cli.mjs expects`);
        text = text.replace(EXCELJS_REQUIRE, '');
      }
      if (!text.includes('import.meta.url')) return { contents: text, loader: 'ts' };
      const built = path.join(DIST, path.relative(SRC, args.path)).replace(/\.ts$/, '.js');
      const relative = path.relative(OUT, built).split(path.sep).join('/');
      const url = `new URL(${JSON.stringify(relative)}, import.meta.url).href`;
      return { contents: text.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

// chunks are named by their content: the last build's would otherwise stay beside the new ones
rmSync(OUT, { recursive: true, force: true });
await build({
  entryPoints: { cli: path.join(SRC, 'cli', 'main.ts') },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: true,
  outdir: OUT,
  // the CommonJS packages bundled in call `require` for Node's own modules; an ES module has none
  banner: {
    js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [exceljsWhole, asBuilt],
});

/**
 * Bundles the self-check page's script (src/page/main.ts) for the browser into
 * dist/page/page.js, one minified file that `eligibility page` inlines into the HTML it writes
 * with the campaign's data. It runs the modules the command runs: Node's own modules are
 * replaced by the browser copies of the same APIs (buffer, path, streams, inflate), and those
 * the page never reaches, because it reads files held in memory, by stubs that say so.
 *
 *   node scripts/build-page.mjs        (run by `npm run build`)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHIMS = path.join(ROOT, 'src/page/shims');

/** Node modules, by the browser module that stands for each. */
const NODE = {
  buffer: path.join(SHIMS, 'buffer.ts'),
  path: 'path-browserify',
  stream: 'readable-stream',
  'stream/promises': path.join(SHIMS, 'stream-promises.ts'),
  zlib: path.join(SHIMS, 'zlib.ts'),
  // reached only through a path on disk, a worker thread or the package's own files, which
  // the page never has: each stub throws if it is ever called
  fs: path.join(SHIMS, 'absent.ts'),
  'fs/promises': path.join(SHIMS, 'absent.ts'),
  os: path.join(SHIMS, 'absent.ts'),
  url: path.join(SHIMS, 'absent.ts'),
  worker_threads: path.join(SHIMS, 'absent.ts'),
  module: path.join(SHIMS, 'absent.ts'),
  crypto: path.join(SHIMS, 'absent.ts'),
};

/** Our modules that load Node-only code, by their browser twin. */
const TWINS = {
  // exceljs's browser build instead of its CommonJS files loaded one by one
  [path.join(ROOT, 'src/exceljs.ts')]: path.join(SHIMS, 'exceljs.ts'),
  [path.join(ROOT, 'src/exceljs-stream.ts')]: path.join(SHIMS, 'exceljs.ts'),
};

const browser = {
  name: 'browser',
  setup(b) {
    b.onResolve({ filter: /^(node:)?[a-z_/]+$/ }, async (args) => {
      const name = args.path.replace(/^node:/, '');
      // the shims themselves import the npm packages of the same names
      if (!(name in NODE) || args.importer.startsWith(SHIMS)) return undefined;
      const target = NODE[name];
      if (path.isAbsolute(target)) return { path: target };
      return b.resolve(target, { kind: args.kind, resolveDir: ROOT });
    });
    b.onResolve({ filter: /\.js$/ }, async (args) => {
      if (args.importer.includes('node_modules') || !args.path.startsWith('.')) return undefined;
      const ts = path.resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
      if (ts in TWINS) return { path: TWINS[ts] };
      return undefined;
    });
    // exceljs's CSV reader and writer (fast-csv), which the page never uses: lists are read by csv-parse
    b.onResolve({ filter: /^\.\.\/csv\/csv$/ }, async (args) =>
      args.importer.includes('node_modules/exceljs/') ? { path: path.join(SHIMS, 'absent.ts') } : undefined,
    );
    // exceljs's model without its Node-only parts, with the streaming writer's API on it
    b.onResolve({ filter: /^exceljs$/ }, async () => ({ path: path.join(SHIMS, 'exceljs-package.ts') }));
  },
};

/** Builds the page's script; returns its path and size. */
export async function buildPage({ outfile = path.join(ROOT, 'dist/page/page.js'), metafile = false } = {}) {
  await mkdir(path.dirname(outfile), { recursive: true });
  const result = await build({
    entryPoints: [path.join(ROOT, 'src/page/main.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    outfile,
    inject: [path.join(SHIMS, 'globals.ts')],
    define: { 'import.meta.url': '"eligibility:page"' },
    plugins: [browser],
    metafile,
    logLevel: 'warning',
  });
  if (metafile) await writeFile(`${outfile}.meta.json`, JSON.stringify(result.metafile));
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildPage({ metafile: process.argv.includes('--meta') });
}

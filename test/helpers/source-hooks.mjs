// Module hooks that let Node run the TypeScript sources as they are, for tests that start a
// process or a worker thread: an import of `./x.js` finds `./x.ts` when no `x.js` is there (the
// sources import what the build will write), and a `.ts` file is stripped of its types by
// esbuild. Each module keeps its own file's URL, so paths found from `import.meta.url` (the
// campaigns, package.json) resolve as they do in the build. What esbuild makes of a file is kept
// by the hash of the file's text, so a process started again starts no esbuild for files that
// did not change: tests start hundreds of such processes.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CACHE = fileURLToPath(new URL('../../node_modules/.cache/eligibility-source/', import.meta.url));

export async function resolve(specifier, context, next) {
  if (specifier.endsWith('.js') && context.parentURL?.endsWith('.ts') && /^\.\.?\//.test(specifier)) {
    const url = new URL(specifier, context.parentURL);
    if (!existsSync(fileURLToPath(url))) {
      const ts = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
      if (existsSync(fileURLToPath(ts))) return { url: ts.href, format: 'module', shortCircuit: true };
    }
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!url.endsWith('.ts')) return next(url, context);
  const file = fileURLToPath(url);
  const source = await readFile(file, 'utf8');
  const cached = path.join(
    CACHE,
    `${createHash('sha256').update(file).update('\0').update(source).digest('hex')}.js`,
  );
  const known = await readFile(cached, 'utf8').catch(() => undefined);
  if (known !== undefined) return { format: 'module', source: known, shortCircuit: true };
  const { transform } = await import('esbuild');
  const { code } = await transform(source, {
    loader: 'ts',
    format: 'esm',
    target: 'node20',
    sourcefile: file,
    sourcemap: 'inline',
  });
  // written whole under another name first: processes started together read it at once
  await mkdir(CACHE, { recursive: true });
  const temp = `${cached}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  await writeFile(temp, code);
  await rename(temp, cached);
  return { format: 'module', source: code, shortCircuit: true };
}

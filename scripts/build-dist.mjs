/**
 * Type-checks the whole project as `tsc --noEmit` does (tsconfig.json: the sources, the tests,
 * the scripts) and writes dist/ as `tsc -p tsconfig.build.json` does (the sources' JavaScript
 * and declarations), from one program. Run one after the other, the two compilers parsed, bound
 * and checked the sources twice, which made the build half of `npm test`'s type checking.
 *
 * The sources are checked and written first, in the build's order, before the tests and the
 * scripts are checked: the declarations come out byte for byte as `tsc -p tsconfig.build.json`
 * writes them (the order of a union's members in a declaration follows the order the checker
 * met its types). Like tsc, it writes over dist/ without emptying it first: the end-to-end tests
 * pack the package (which builds) while others read dist/page/page.js.
 *
 *   node scripts/build-dist.mjs        (run by `npm run build`, before the page and the bundle)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = path.join(ROOT, 'src');

const formatHost = {
  getCurrentDirectory: () => ROOT,
  getCanonicalFileName: (file) => file,
  getNewLine: () => ts.sys.newLine,
};

let errors = 0;

/** Prints diagnostics as tsc does (with colour and the line in a terminal); true when one is an error. */
function report(diagnostics) {
  if (diagnostics.length === 0) return false;
  const format = process.stdout.isTTY ? ts.formatDiagnosticsWithColorAndContext : ts.formatDiagnostics;
  process.stdout.write(format(diagnostics, formatHost));
  const found = diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error).length;
  errors += found;
  return found > 0;
}

function config(name) {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, name),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        report([d]);
        process.exit(1);
      },
    },
  );
  if (report(parsed.errors)) process.exit(1);
  return parsed;
}

const whole = config('tsconfig.json');
const build = config('tsconfig.build.json');
const built = new Set(build.fileNames);
const others = whole.fileNames.filter((file) => !built.has(file));
const checkedOnly = new Set(others);

// the build's options, but with the tests and the scripts in the program: they sit outside
// src/, so the program's root is the project's and each output's path loses its src/ below
const options = { ...build.options, rootDir: ROOT };
const program = ts.createProgram({
  rootNames: [...build.fileNames, ...others],
  options,
  host: ts.createCompilerHost(options),
});
const DIST = build.options.outDir;
const fromRoot = path.join(DIST, 'src') + path.sep;
const writeFile = (file, text, bom) => {
  const normal = path.normalize(file);
  if (!normal.startsWith(fromRoot)) throw new Error(`${normal} is outside ${fromRoot}`);
  ts.sys.writeFile(path.join(DIST, normal.slice(fromRoot.length)), text, bom);
};

/** A file's own problems, as `tsc` finds them before it writes anything. */
const problems = (file) => [
  ...program.getSyntacticDiagnostics(file),
  ...program.getSemanticDiagnostics(file),
];

let failed = report([...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()]);
// in the program's order (each file after those it imports), the order tsc checks them in
const sources = program.getSourceFiles().filter((file) => built.has(file.fileName));
for (const file of sources) failed = report(problems(file)) || failed;

for (const file of sources) {
  if (!file.fileName.startsWith(SRC)) throw new Error(`${file.fileName} is not a source`);
  failed = report(program.emit(file, writeFile).diagnostics) || failed;
}

for (const file of program.getSourceFiles())
  if (checkedOnly.has(file.fileName)) failed = report(problems(file)) || failed;
if (failed) {
  process.stdout.write(`\nFound ${errors} error${errors === 1 ? '' : 's'}.\n`);
  process.exitCode = 2;
}

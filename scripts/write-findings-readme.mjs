// Rewrites the list of findings in README.md (between <!-- findings:start --> and
// <!-- findings:end -->) from the built catalogue: `npm run build && node scripts/write-findings-readme.mjs`.
// test/findings/readme.test.ts fails when the README drifts from src/findings/catalogue.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readmeWithFindings } from '../dist/cli/findings.js';

const README = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'README.md');
const before = readFileSync(README, 'utf8');
const after = readmeWithFindings(before);
if (after === null) {
  process.stderr.write('README.md has no <!-- findings:start --> / <!-- findings:end --> markers\n');
  process.exitCode = 1;
} else if (after !== before) {
  writeFileSync(README, after);
  process.stdout.write('README.md: list of findings updated\n');
}

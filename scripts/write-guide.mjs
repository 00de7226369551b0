// Writes docs/campaign-guide.md from the built registries of column types and predicates (`npm run guide`).
// test/campaign/guide.test.ts fails when the committed file drifts from the code.
import { writeFileSync } from 'node:fs';
import { campaignGuide, GUIDE_FILE } from '../dist/campaign/guide.js';

writeFileSync(GUIDE_FILE, campaignGuide());
process.stdout.write(`${GUIDE_FILE}\n`);

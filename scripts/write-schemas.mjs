// Regenerates rules/schema/*.schema.json from the built zod schemas (`npm run schemas`).
// test/campaign/schemas.test.ts fails when the committed files drift from the code.
import { writeSchemaFiles } from '../dist/campaign/schemas.js';

for (const file of writeSchemaFiles()) process.stdout.write(`${file}\n`);

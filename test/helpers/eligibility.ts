// The command as `bin/eligibility.js` runs it, from the sources: see `CLI` in built.ts.
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv);

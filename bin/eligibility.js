#!/usr/bin/env node
// the command bundled by `npm run build` (scripts/build-cli.mjs): one of a few dozen files to load
// instead of some six hundred modules, which is most of a small check's time
import { main } from '../dist/bundle/cli.js';

process.exitCode = await main(process.argv);

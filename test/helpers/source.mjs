// `node --import ./test/helpers/source.mjs src/….ts`: run the TypeScript sources without building.
import { register } from 'node:module';

register('./source-hooks.mjs', import.meta.url);

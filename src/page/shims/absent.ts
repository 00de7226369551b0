/**
 * The Node modules the bundled code imports for what the page never does: read a path on disk
 * (`node:fs`), start a worker thread (`node:worker_threads`), find the package's own files
 * (`node:url`, `node:module`), count cores (`node:os`), name a temporary file (`node:crypto`).
 * The page hands the reader files held in memory, so none of these is reached; each stands
 * here so that the modules load, and throws if it ever were called.
 */
function absent(name: string): never {
  throw new Error(`${name} is not available in the page`);
}

const stub =
  (name: string) =>
  (..._args: unknown[]): never =>
    absent(name);

export const existsSync = stub('fs.existsSync');
export const readdirSync = stub('fs.readdirSync');
export const readFileSync = stub('fs.readFileSync');
export const statSync = stub('fs.statSync');
export const writeFileSync = stub('fs.writeFileSync');
export const cpSync = stub('fs.cpSync');
export const mkdirSync = stub('fs.mkdirSync');
export const createReadStream = stub('fs.createReadStream');
export const open = stub('fs.open');
export const readFile = stub('fs.readFile');
export const stat = stub('fs.stat');
export const availableParallelism = stub('os.availableParallelism');
export const fileURLToPath = stub('url.fileURLToPath');
export const pathToFileURL = stub('url.pathToFileURL');
export const createRequire = stub('module.createRequire');
export const randomBytes = stub('crypto.randomBytes');
export class Worker {
  constructor() {
    absent('worker_threads.Worker');
  }
}
/** The page is its own main thread: the worker's side of offload.ts never starts. */
export const isMainThread = true;
export const parentPort = null;

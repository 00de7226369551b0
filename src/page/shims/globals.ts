/**
 * The two globals of Node the bundled modules use: `Buffer` (the zip, compound-file and CSV
 * readers work on Buffers) and `process` (its `env` and `cwd`, read where a default is taken).
 * The page has no environment and no working directory: `SOURCE_DATE_EPOCH` is never set, so a
 * report is dated by the browser's clock, and names are read as given.
 */
import { Buffer } from 'buffer';

export { Buffer };

export const process = {
  env: {} as Record<string, string | undefined>,
  cwd: (): string => '/',
  platform: 'browser',
  version: '',
  versions: {},
  nextTick: (callback: (...args: unknown[]) => void, ...args: unknown[]): void => {
    queueMicrotask(() => callback(...args));
  },
};

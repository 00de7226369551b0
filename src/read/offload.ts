import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { type Finding, InputError } from '../findings/finding.js';
import type { Detected } from './encoding.js';
import type { Limits } from './limits.js';
import type { StreamPlan } from './xlsx-stream.js';

/**
 * Parsing a large file in a second thread. Turning bytes into rows (csv-parse, exceljs's
 * streaming reader) and turning rows into judged nominees cost about the same, so on a machine
 * with two cores the rows of a large file are parsed in a worker thread while this thread reads,
 * judges and reports the rows before them. The worker hands over plain rows in batches, exactly
 * the rows the same parser gives in this thread, and stops when this thread falls behind, so the
 * rows waiting in between stay few.
 */

/** What the worker parses; everything in it survives being copied to another thread. */
export type ParseJob =
  | { kind: 'csv'; file: string; sample: Uint8Array; detected: Detected; limits: Limits }
  | { kind: 'xlsx'; file: string; limits: Limits; plan: Extract<StreamPlan, { sheets: unknown }> };

type ToMain =
  | { type: 'rows'; sheet: number; rows: unknown[] }
  | { type: 'end'; sheet: number }
  | { type: 'error'; finding?: Finding; message: string };

/** Rows per message, and messages on their way before the worker waits: a few thousand rows. */
const BATCH = 512;
const WINDOW = 8;

export interface Parser {
  /**
   * Parse `job`: the rows (`RawRow`) of each of its `sheets` sheets as its parser in this
   * thread gives them. They must be read in order, as
   * `readNomineeFile` reads sheets.
   */
  run(job: ParseJob, sheets: number): AsyncIterable<unknown>[];
  /** Stop the worker: call when the sheets have been read, reading stopped, or `run` was not needed. */
  close(): Promise<void>;
}

/**
 * The worker runs this module's own file: the built JavaScript, or the TypeScript sources when
 * node loads them through a loader given with `--import` (as the tests run them), which the
 * worker is then given too. Inside vitest, or bundled, rows are parsed in this thread.
 */
const fromSource = import.meta.url.endsWith('.ts');
const loaderFlags = fromSource ? importFlags(process.execArgv) : [];
export const canOffload: boolean = import.meta.url.endsWith('.js') || loaderFlags.length > 0;

/** The `--import` flags among node's own, each with its module. */
function importFlags(argv: readonly string[]): string[] {
  const flags: string[] = [];
  argv.forEach((arg, i) => {
    if (arg.startsWith('--import=')) flags.push(arg);
    else if (arg === '--import' && argv[i + 1] !== undefined) flags.push(arg, argv[i + 1] as string);
  });
  return flags;
}

/**
 * Start a worker thread for parsing. It loads its parsers at once, so that a workbook's checks
 * in this thread (`inspectWorkbook`) and the loading of exceljs there happen at the same time.
 */
export function startParser(): Parser {
  const worker = new Worker(new URL(import.meta.url), {
    workerData: { eligibilityParser: true },
    // none of the flags node was started with but a loader of the sources: some are refused in
    // a worker (`--expose-gc`), others would not apply to a module file (`--input-type`)
    execArgv: loaderFlags,
  });
  const inbox: ToMain[] = [];
  let waiting: (() => void) | undefined;
  let failed: Error | undefined;
  const arrive = () => {
    waiting?.();
    waiting = undefined;
  };
  worker.on('message', (message: ToMain) => {
    inbox.push(message);
    arrive();
  });
  worker.on('error', (error) => {
    failed = error;
    arrive();
  });
  const next = async (): Promise<ToMain> => {
    for (;;) {
      const message = inbox.shift();
      if (message) return message;
      if (failed) throw failed;
      await new Promise<void>((resolve) => {
        waiting = resolve;
      });
    }
  };

  async function* rows(index: number): AsyncGenerator<unknown> {
    for (;;) {
      const message = await next();
      if (message.type === 'error') {
        throw message.finding ? new InputError(message.finding) : new Error(message.message);
      }
      // what is left of a sheet the reader stopped reading early
      if (message.sheet < index) {
        if (message.type === 'rows') worker.postMessage('ack');
        continue;
      }
      if (message.type === 'end') return;
      worker.postMessage('ack');
      yield* message.rows;
    }
  }

  return {
    run(job, sheets) {
      worker.postMessage({ job });
      return Array.from({ length: sheets }, (_, index) => rows(index));
    },
    async close() {
      await worker.terminate();
    },
  };
}

async function work(): Promise<void> {
  const port = parentPort;
  if (!port) return;
  // load the parsers while the other thread still checks the file
  const [{ csvSheet }, { xlsxRawSheets }, { workbookReaderClass }] = await Promise.all([
    import('./csv.js'),
    import('./xlsx-stream.js'),
    import('../exceljs-stream.js'),
  ]);
  const job = await new Promise<ParseJob>((resolve) => {
    port.once('message', (message: { job: ParseJob }) => resolve(message.job));
  });
  if (job.kind === 'xlsx') workbookReaderClass();
  let credits = WINDOW;
  let wake: (() => void) | undefined;
  port.on('message', () => {
    credits++;
    wake?.();
    wake = undefined;
  });
  const send = async (message: ToMain): Promise<void> => {
    while (credits <= 0) {
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
    credits--;
    port.postMessage(message);
  };
  let sheet = 0;
  let batch: unknown[] = [];
  try {
    const sources: AsyncIterable<unknown>[] =
      job.kind === 'csv'
        ? [csvSheet(job.file, Buffer.from(job.sample), job.detected, job.limits).source.rows]
        : xlsxRawSheets(job.file, job.limits, job.plan);
    for (const [index, source] of sources.entries()) {
      sheet = index;
      for await (const row of source) {
        batch.push(row);
        if (batch.length >= BATCH) {
          await send({ type: 'rows', sheet, rows: batch });
          batch = [];
        }
      }
      if (batch.length > 0) await send({ type: 'rows', sheet, rows: batch });
      batch = [];
      port.postMessage({ type: 'end', sheet } satisfies ToMain);
    }
  } catch (error) {
    // the rows before the failure first, as the parser in this thread would have given them
    if (batch.length > 0) await send({ type: 'rows', sheet, rows: batch });
    port.postMessage({
      type: 'error',
      finding: error instanceof InputError ? error.finding : undefined,
      message: (error as Error).message ?? String(error),
    } satisfies ToMain);
  }
}

if (!isMainThread && parentPort) {
  const { workerData } = await import('node:worker_threads');
  if ((workerData as { eligibilityParser?: boolean } | undefined)?.eligibilityParser) await work();
}

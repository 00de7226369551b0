import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Finding } from '../findings/finding.js';
import { InputError } from '../findings/finding.js';
import type { RawRow, SheetSource } from './cells.js';
import { csvSheet } from './csv.js';
import type { Detected } from './encoding.js';
import type { Limits } from './limits.js';
import { type StreamPlan, xlsxStreamSheets } from './xlsx-stream.js';

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
  | { type: 'rows'; sheet: number; rows: RawRow[] }
  | { type: 'end'; sheet: number }
  | { type: 'error'; finding?: Finding; message: string };

/** Rows per message, and messages on their way before the worker waits: a few thousand rows. */
const BATCH = 512;
const WINDOW = 8;

export interface Offloaded {
  sources: SheetSource[];
  /** Stop the worker: call when the sheets have been read, or reading stopped. */
  close(): Promise<void>;
}

/**
 * Whether a worker can run here: it starts from this module's built JavaScript, which a run
 * from the TypeScript sources (the tests) does not have; those parse in this thread.
 */
export const canOffload: boolean = import.meta.url.endsWith('.js');

/**
 * The sheets of `job`, their rows parsed by a worker thread. `sheets` names them as the caller
 * knows them; they must be read in order, as `readNomineeFile` reads them, and a sheet may be
 * left early.
 */
export function offload(job: ParseJob, sheets: readonly Omit<SheetSource, 'rows'>[]): Offloaded {
  const worker = new Worker(new URL(import.meta.url), {
    workerData: { eligibilityParseJob: job },
    // none of the flags node was started with: some are refused in a worker (`--expose-gc`),
    // others would not apply to a module file (`--input-type`); parsing needs none
    execArgv: [],
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

  async function* rows(index: number): AsyncGenerator<RawRow> {
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
    sources: sheets.map((sheet, index) => ({ ...sheet, rows: rows(index) })),
    async close() {
      await worker.terminate();
    },
  };
}

async function work(job: ParseJob): Promise<void> {
  const port = parentPort;
  if (!port) return;
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
  let batch: RawRow[] = [];
  try {
    const sources =
      job.kind === 'csv'
        ? [csvSheet(job.file, Buffer.from(job.sample), job.detected, job.limits).source]
        : xlsxStreamSheets(job.file, job.limits, job.plan);
    for (const [index, source] of sources.entries()) {
      sheet = index;
      for await (const row of source.rows) {
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

if (!isMainThread && (workerData as { eligibilityParseJob?: ParseJob } | undefined)?.eligibilityParseJob) {
  await work((workerData as { eligibilityParseJob: ParseJob }).eligibilityParseJob);
}

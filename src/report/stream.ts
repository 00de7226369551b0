import type { CheckResult } from '../check.js';
import type { Judgement } from '../engine/types.js';

/** Where a streamed report's bytes go: an `--output` file being written, or standard output. */
export type Sink = (chunk: string | Uint8Array) => void;

/**
 * A report written as the check goes: `nominee` as each is judged (the check's `onJudgement`),
 * then `finish` with the result for what needs the whole input (quota, findings, summary). Nothing
 * of a nominee is kept once it is written, so a report of any length takes bounded memory. The
 * bytes are those the format's whole render gives for the same check.
 */
export interface ReportWriter {
  /**
   * The writer puts each nominee's own finding (`Judgement.duplicate`) beside the nominee, so
   * the check need not keep those findings for `finish` (`CheckOptions.findingsWithJudgements`).
   */
  findingsWithNominees?: boolean;
  nominee(j: Judgement): void;
  finish(result: CheckResult): Promise<void>;
  /** Remove what was put aside for `finish` (spool.ts): a check that failed leaves nothing. */
  abort?(): void;
}

/** Text gathered into chunks of about this many characters before `write`: a few thousand writes for a million nominees, not a million. */
export const CHUNK = 64 * 1024;

/** Text handed to `write` in chunks of about `CHUNK` characters; `flush` sends what is left. */
export function chunked(write: Sink): { add(text: string): void; flush(): void } {
  let chunk = '';
  return {
    add(text) {
      chunk += text;
      if (chunk.length >= CHUNK) {
        write(chunk);
        chunk = '';
      }
    },
    flush() {
      if (chunk !== '') write(chunk);
      chunk = '';
    },
  };
}

/** What a writer's chunks make together: a whole render through the streamed path (tests, small runs). */
export function collected(): { write: Sink; text(): string; bytes(): Uint8Array } {
  const parts: (string | Uint8Array)[] = [];
  const buffers = () => parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p));
  return {
    write: (chunk) => parts.push(chunk),
    text: () => Buffer.concat(buffers()).toString('utf8'),
    bytes: () => Buffer.concat(buffers()),
  };
}

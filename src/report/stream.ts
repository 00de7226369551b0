import type { CheckFiles, CheckResult } from '../check.js';
import type { Judgement } from '../engine/types.js';
import type { Finding } from '../findings/finding.js';

/** Where a streamed report's bytes go: an `--output` file being written, or standard output. */
export type Sink = (chunk: string | Uint8Array) => void;

/**
 * A report written as the check goes: `begin` with the check's files, `nominee` as each is
 * judged (the check's `onJudgement`), then `finish` with the result for what needs the whole
 * input (quota, findings, summary). Nothing of a nominee is kept in memory once it is written
 * (or put aside on disk, spool.ts), so a report of any length takes bounded memory. The bytes
 * are those the format's whole render gives for the same check.
 */
export interface ReportWriter {
  /**
   * The writer puts each nominee's own finding (`Judgement.duplicate`) beside the nominee, so
   * the check need not keep those findings for `finish` (`CheckOptions.findingsWithJudgements`).
   */
  findingsWithNominees?: boolean;
  /**
   * Told what the check calls its files before the first nominee (`CheckOptions.onFiles`): for
   * a writer whose nominee lines name a file by the path the user gave (`CheckResult.paths`).
   */
  begin?(files: CheckFiles): void;
  nominee(j: Judgement): void;
  finish(result: CheckResult): Promise<void>;
  /** Remove what was put aside for `finish` (spool.ts): a check that failed leaves nothing. */
  abort?(): void;
}

/** Text gathered into chunks of about this many characters before `write`: a few thousand writes for a million nominees, not a million. */
export const CHUNK = 64 * 1024;

/** Bytes a UTF-16 code unit takes at most in UTF-8 (a surrogate pair, two units, takes four). */
const UTF8_PER_UNIT = 3;

const encoder = new TextEncoder();

/**
 * Text handed to `write` as UTF-8 in chunks of about `CHUNK` bytes; `flush` sends what is left.
 * Each piece is encoded as it is added: a 64 KB string joined from a hundred lines took four
 * times as long to encode as the lines one by one, the largest single cost of writing a long
 * report. A piece is never split between chunks, so every chunk is whole characters.
 */
export function chunked(write: Sink): { add(text: string): void; flush(): void } {
  let bytes = new Uint8Array(2 * CHUNK);
  let used = 0;
  const send = () => {
    if (used === 0) return;
    write(bytes.subarray(0, used));
    // the chunk handed on is the writer's now (a file stream writes it later)
    bytes = new Uint8Array(bytes.length);
    used = 0;
  };
  return {
    add(text) {
      const most = text.length * UTF8_PER_UNIT;
      if (used + most > bytes.length) {
        send();
        if (most > bytes.length) {
          write(encoder.encode(text));
          return;
        }
      }
      used += encoder.encodeInto(text, bytes.subarray(used)).written;
      if (used >= CHUNK) send();
    },
    flush: send,
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

/**
 * Every finding of a check that handed each nominee's own finding (D-DUP) out with its judgement
 * (`findingsWithNominees`): those it kept, and the handed-out ones a writer put aside in input
 * order, each put back where a check that kept it would have listed it (`findingBefore`).
 */
export async function* findingsInPlace(
  kept: Iterable<Finding>,
  handedOut: AsyncIterable<Finding>,
  before: NonNullable<CheckResult['findingBefore']>,
): AsyncGenerator<Finding> {
  const out = handedOut[Symbol.asyncIterator]();
  let next = await out.next();
  for (const f of kept) {
    while (!next.done && !before(f, next.value)) {
      yield next.value;
      next = await out.next();
    }
    yield f;
  }
  while (!next.done) {
    yield next.value;
    next = await out.next();
  }
}

import { finding, inLangs, renderFinding } from '../findings/catalogue.js';
import { errnoWords } from '../findings/errno.js';
import type { Lang } from '../findings/finding.js';
import { removeTemps } from '../report/output.js';

/** What a shell reports for a process ended by SIGPIPE (128 + 13): a reader that stopped early. */
export const CLOSED_PIPE_STATUS = 141;

const STDOUT_NAME = { vi: 'đầu ra chuẩn (stdout)', en: 'standard output' };

/**
 * Standard output and error as streams that can fail: `check … | head` closes the pipe early
 * and `> /dev/full` fills the disk. A closed pipe is the reader's choice, not an error anyone
 * must read: the run ends quietly with the status a shell gives such a process. Any other
 * write error is one line naming where the report was going, and exit 2. Without these
 * handlers Node prints an unhandled 'error' event with its stack.
 */
export function guardStandardStreams(lang: Lang, exitCodeForFailure: number): void {
  const end = (status: number) => {
    removeTemps();
    process.exit(status);
  };
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return end(CLOSED_PIPE_STATUS);
    const words = errnoWords(error);
    const reason = words ? inLangs('reason', words) : { reason: error.message };
    const line = renderFinding(
      finding('E-OUTPUT-WRITE', { ...inLangs('path', STDOUT_NAME), path: STDOUT_NAME[lang], ...reason }),
      lang,
    );
    try {
      process.stderr.write(`${line}\n`);
    } catch {
      // stderr is gone as well: the status says it
    }
    end(exitCodeForFailure);
  });
  // nowhere is left to say anything: the status alone tells
  process.stderr.on('error', (error: NodeJS.ErrnoException) =>
    end(error.code === 'EPIPE' ? CLOSED_PIPE_STATUS : exitCodeForFailure),
  );
}

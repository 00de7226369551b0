import type { Lang } from '../findings/finding.js';

export interface ProgressTarget {
  write: (text: string) => void;
  /** Whether a person is watching: the line is drawn only on a terminal. */
  isTTY: boolean | undefined;
}

export interface Progress {
  /** How many rows have been read so far. */
  update(rows: number): void;
  /**
   * A report is being written: one more nominee of it done. The line goes on moving while a
   * large report renders (a big workbook takes most of a minute), counting from 0 per format.
   */
  rendering(format: string): () => void;
  /** Clear the line before the report or an error is printed. */
  done(): void;
}

/** A run shorter than this shows no line at all: small files must stay quiet. */
const SHOW_AFTER_MS = 1000;
/** Redrawn at most this often, so the line costs nothing next to the reading. */
const REDRAW_MS = 250;

const WORDS = {
  vi: (rows: string, rate: string) => `Đã đọc ${rows} dòng (${rate} dòng/giây)…`,
  en: (rows: string, rate: string) => `Read ${rows} rows (${rate} rows/s)…`,
} as const;

const RENDER_WORDS = {
  vi: (format: string, done: string) => `Đang lập báo cáo ${format}: đã viết ${done} đề nghị…`,
  en: (format: string, done: string) => `Writing the ${format} report: ${done} nominees written…`,
} as const;

/** A nominee rendered is a few microseconds: the clock is read once per this many. */
const RENDER_TICKS = 64;

/**
 * A line on stderr saying how far a long check has come: rows read and rows per second, then
 * nominees written while each report renders, drawn over itself with a carriage return. Only for a terminal (a CI log or a file would fill with
 * redraws) and never with `--quiet`; `undefined` when it should not be shown at all.
 */
export function progressLine(
  target: ProgressTarget,
  options: { lang: Lang; quiet: boolean; now?: () => number },
): Progress | undefined {
  if (options.quiet || target.isTTY !== true) return undefined;
  const now = options.now ?? (() => performance.now());
  const start = now();
  let drawn = 0;
  let last = 0;
  const format = new Intl.NumberFormat(options.lang === 'vi' ? 'vi-VN' : 'en-US');
  /** Draws `text()` when the run has gone on long enough and the last drawing is old enough. */
  const draw = (text: () => string): void => {
    const t = now();
    if (t - start < SHOW_AFTER_MS || t - last < REDRAW_MS) return;
    last = t;
    const line = text();
    // pad over a longer line drawn before, then return to the start of the line
    target.write(`\r${line.padEnd(drawn)}`);
    drawn = line.length;
  };
  return {
    update(rows) {
      draw(() => {
        const rate = rows / ((now() - start) / 1000);
        return WORDS[options.lang](format.format(rows), format.format(Math.round(rate)));
      });
    },
    rendering(name) {
      let done = 0;
      return () => {
        if (++done % RENDER_TICKS === 0) draw(() => RENDER_WORDS[options.lang](name, format.format(done)));
      };
    },
    done() {
      if (drawn > 0) target.write(`\r${' '.repeat(drawn)}\r`);
      drawn = 0;
    },
  };
}

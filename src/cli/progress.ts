import type { Lang } from '../findings/finding.js';

export interface ProgressTarget {
  write: (text: string) => void;
  /** Whether a person is watching: the line is drawn only on a terminal. */
  isTTY: boolean | undefined;
}

export interface Progress {
  /** How many rows have been read so far. */
  update(rows: number): void;
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

/**
 * A line on stderr saying how far a long check has come: rows read and rows per second, drawn
 * over itself with a carriage return. Only for a terminal (a CI log or a file would fill with
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
  return {
    update(rows) {
      const t = now();
      if (t - start < SHOW_AFTER_MS || t - last < REDRAW_MS) return;
      last = t;
      const rate = rows / ((t - start) / 1000);
      const text = WORDS[options.lang](format.format(rows), format.format(Math.round(rate)));
      // pad over a longer line drawn before, then return to the start of the line
      target.write(`\r${text.padEnd(drawn)}`);
      drawn = text.length;
    },
    done() {
      if (drawn > 0) target.write(`\r${' '.repeat(drawn)}\r`);
      drawn = 0;
    },
  };
}

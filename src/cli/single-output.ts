import { finding } from '../findings/catalogue.js';
import { InputError, type Lang } from '../findings/finding.js';
import { checkOutputPath, isStdoutName, writeAtomic } from '../report/output.js';
import { plainText } from '../report/sanitize.js';
import type { Io } from './main.js';
import { refuseToOverwrite } from './overwrite.js';

/** One format a command writes: its extension and whether a terminal can show it. */
export interface OutputKind {
  extension: string;
  binary: boolean;
}

/**
 * Where a command that writes one report (`diff`, `list`) sends it, decided before any work:
 * `--format`, else the format `--output`'s extension names, else the command's default; a binary
 * format (xlsx, docx) only ever to a file. An output that is one of the run's inputs, or that
 * exists without `--force`, is refused before anything is read.
 */
export async function planSingleOutput<F extends string>(options: {
  format: F | undefined;
  output: string | undefined;
  fallback: F;
  kinds: Record<F, OutputKind>;
  ofPath: (file: string) => F | undefined;
  force: boolean;
  inputs: readonly string[];
  terminal: boolean;
}): Promise<{ format: F; path: string | null }> {
  const { output } = options;
  const toStdout = output !== undefined && isStdoutName(output);
  const format =
    options.format ??
    (output === undefined || toStdout ? undefined : options.ofPath(output)) ??
    options.fallback;
  const { binary, extension } = options.kinds[format];
  if (binary && (output === undefined || (toStdout && options.terminal)))
    throw new InputError(finding('E-OUTPUT-BINARY', { format, extension }));
  const path = output === undefined || toStdout ? null : output;
  if (path !== null) {
    await checkOutputPath(path, options.inputs);
    await refuseToOverwrite([path], options.force);
  }
  return { format, path };
}

/** Write the report where `planSingleOutput` said, and say so on stderr unless quiet. */
export async function writeSingleOutput(
  target: { path: string | null },
  data: string | Uint8Array,
  io: Io,
  lang: Lang,
  quiet = false,
): Promise<void> {
  if (target.path === null) {
    if (typeof data === 'string') io.stdout(data);
    else process.stdout.write(data);
    return;
  }
  await writeAtomic(target.path, data);
  if (!quiet) io.stderr(`${lang === 'en' ? 'Wrote' : 'Đã ghi'} ${plainText(target.path)}\n`);
}

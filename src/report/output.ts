import { randomBytes } from 'node:crypto';
import { closeSync, constants, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open, realpath, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { finding } from '../findings/catalogue.js';
import { InputError, type Lang } from '../findings/finding.js';
import { type FormatName, formatOfPath, parseFormats, reportFormat } from './index.js';

/** Where one format of a run goes: a file, or `null` for standard output. */
export interface OutputTarget {
  format: FormatName;
  path: string | null;
}

/**
 * Which formats a run writes and where, decided before any work is done:
 * - no `--format`: the format `--output`'s extension names (`report.xlsx`), else text;
 * - one format: `--output` is the file, as given; without it the report goes to stdout,
 *   except a binary one (xlsx), which is never sent to a terminal;
 * - several formats: `--output` is required and names a base; each format is written to the
 *   base with its own extension (`--output report` or `--output report.xlsx` with
 *   `--format xlsx,json` give `report.xlsx` and `report.json`).
 */
export function planOutputs(options: { format?: string; output?: string; lang: Lang }): OutputTarget[] {
  const { output, lang } = options;
  const formats =
    options.format === undefined
      ? [(output === undefined ? undefined : formatOfPath(output)) ?? 'text']
      : parseFormats(options.format, lang);
  if (formats.length === 1) {
    const format = formats[0] as FormatName;
    const { binary, extension } = reportFormat(format);
    if (output === undefined && binary)
      throw new InputError(finding('E-OUTPUT-BINARY', { format, extension }));
    return [{ format, path: output ?? null }];
  }
  if (output === undefined) {
    const base = lang === 'vi' ? 'bao-cao' : 'report';
    const example = formats.map((f) => `${base}.${reportFormat(f).extension}`).join(', ');
    throw new InputError(finding('E-OUTPUT-MANY', { formats: formats.join(', '), example }));
  }
  const base = formats.includes(formatOfPath(output) as FormatName)
    ? output.replace(/\.[^./\\]+$/, '')
    : output;
  return formats.map((format) => ({ format, path: `${base}.${reportFormat(format).extension}` }));
}

/**
 * Refuse, before the check runs, an output that would overwrite one of the inputs (the same
 * file by its real path, through a symbolic link, or by a hard link) or that has no folder to
 * go in. Inputs that cannot be resolved are left for the reader to report.
 */
export async function checkOutputPath(output: string, inputs: readonly string[]): Promise<void> {
  const resolved = path.resolve(output);
  const dir = path.dirname(resolved);
  const dirStat = await stat(dir).catch(() => undefined);
  if (!dirStat?.isDirectory()) {
    throw new InputError(finding('E-OUTPUT-DIR', { path: output, dir: path.dirname(output) || '.' }));
  }
  const existing = await stat(resolved).catch(() => undefined);
  if (existing?.isDirectory()) {
    throw new InputError(finding('E-OUTPUT-FOLDER', { path: output }));
  }
  const real = existing ? await realpath(resolved) : path.join(await realpath(dir), path.basename(resolved));
  for (const input of inputs) {
    const inputReal = await realpath(input).catch(() => undefined);
    if (inputReal === undefined) continue;
    const inputStat = await stat(inputReal).catch(() => undefined);
    const sameInode =
      existing !== undefined &&
      inputStat !== undefined &&
      existing.dev === inputStat.dev &&
      existing.ino === inputStat.ino;
    if (sameInode || samePath(real, inputReal)) {
      throw new InputError(finding('E-OUTPUT-IS-INPUT', { path: output, input }));
    }
  }
}

/** Case-insensitive where the file system usually is. */
function samePath(a: string, b: string): boolean {
  if (process.platform === 'win32' || process.platform === 'darwin')
    return a.toLowerCase() === b.toLowerCase();
  return a === b;
}

/**
 * Write a report so that it is either all there or not there: into a temporary file in the
 * same folder (a rename across file systems would not be atomic), flushed to disk, then
 * renamed over the target. The temporary file is removed when anything fails.
 */
export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const resolved = path.resolve(file);
  const temp = path.join(
    path.dirname(resolved),
    `.${path.basename(resolved)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    const handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, resolved);
  } catch (error) {
    await rm(temp, { force: true });
    throw writeError(error, file, temp);
  }
}

/**
 * What went wrong writing `file`, in the user's terms: the temporary file is an implementation
 * detail, so its name never reaches the message.
 */
function writeError(error: unknown, file: string, temp: string): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  const dir = path.dirname(file) || '.';
  if (code === 'ENOENT') return new InputError(finding('E-OUTPUT-DIR', { path: file, dir }));
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new InputError(finding('E-OUTPUT-DENIED', { path: file, dir }));
  }
  const reason = (error as Error).message.split(temp).join(path.resolve(file));
  return new InputError(finding('E-OUTPUT-WRITE', { path: file, reason }));
}

/** A report file written piece by piece, as `openAtomic` gives it. */
export interface AtomicFile {
  write(chunk: string): void;
  /** Flush to disk and put the file in place of the target. */
  commit(): void;
  /** Remove what was written: a run that failed leaves the target as it was. */
  abort(): void;
}

/**
 * `writeAtomic` for a report written as a check streams: pieces go to a temporary file beside
 * the target as they come and `commit` renames it over the target, so a large report is never
 * held whole and a half-written one never takes the target's name. Writes are synchronous: the
 * check that feeds it runs between them, and a pipe or disk slower than the check holds it back
 * instead of filling memory.
 */
export function openAtomic(file: string): AtomicFile {
  const resolved = path.resolve(file);
  const temp = path.join(
    path.dirname(resolved),
    `.${path.basename(resolved)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  const fail = (error: unknown): InputError => {
    rmSync(temp, { force: true });
    return writeError(error, file, temp);
  };
  let fd: number;
  try {
    fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
  } catch (error) {
    throw fail(error);
  }
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    write(chunk) {
      try {
        writeSync(fd, chunk);
      } catch (error) {
        close();
        throw fail(error);
      }
    },
    commit() {
      try {
        fsyncSync(fd);
        close();
        renameSync(temp, resolved);
      } catch (error) {
        close();
        throw fail(error);
      }
    },
    abort() {
      close();
      rmSync(temp, { force: true });
    },
  };
}

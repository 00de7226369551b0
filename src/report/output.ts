import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fsyncSync,
  lstatSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import type { Text } from '../campaign/schema.js';
import { finding, inLangs } from '../findings/catalogue.js';
import { errnoWords } from '../findings/errno.js';
import { InputError, type Lang } from '../findings/finding.js';
import { type FormatName, formatOfPath, parseFormats, reportFormat } from './index.js';

/** Where one format of a run goes: a file, or `null` for standard output. */
export interface OutputTarget {
  format: FormatName;
  path: string | null;
}

/** The names people give standard output: `-`, as every Unix tool takes it, and its device names. */
const STDOUT_NAMES = new Set(['-', '/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

export function isStdoutName(output: string): boolean {
  return STDOUT_NAMES.has(output);
}

/**
 * Which formats a run writes and where, decided before any work is done:
 * - no `--format`: the format `--output`'s extension names (`report.xlsx`), else text;
 * - one format: `--output` is the file, as given (`-` or `/dev/stdout`: standard output); without
 *   it the report goes to stdout, except a binary one (xlsx), which is never sent to a terminal
 *   (`--output -` sends it down a pipe, never to a terminal either);
 * - several formats: `--output` is required and names a base; each format is written to the
 *   base with its own extension (`--output report` or `--output report.xlsx` with
 *   `--format xlsx,json` give `report.xlsx` and `report.json`).
 */
export function planOutputs(options: {
  format?: string;
  output?: string;
  lang: Lang;
  /** Whether standard output is a terminal; unknown counts as one. */
  terminal?: boolean;
}): OutputTarget[] {
  const { output, lang } = options;
  const toStdout = output !== undefined && isStdoutName(output);
  const formats =
    options.format === undefined
      ? [(output === undefined || toStdout ? undefined : formatOfPath(output)) ?? 'text']
      : parseFormats(options.format, lang);
  if (formats.length === 1) {
    const format = formats[0] as FormatName;
    const { binary, extension } = reportFormat(format);
    if (binary && (output === undefined || (toStdout && options.terminal !== false)))
      throw new InputError(finding('E-OUTPUT-BINARY', { format, extension }));
    return [{ format, path: output === undefined || toStdout ? null : output }];
  }
  if (output === undefined || toStdout) {
    const base = lang === 'vi' ? 'bao-cao' : 'report';
    const example = formats.map((f) => `${base}.${reportFormat(f).extension}`).join(', ');
    throw new InputError(finding('E-OUTPUT-MANY', { formats: formats.join(', '), example }));
  }
  const base = formats.includes(formatOfPath(output) as FormatName)
    ? output.replace(/\.[^./\\]+$/, '')
    : output;
  return formats.map((format) => ({ format, path: `${base}.${reportFormat(format).extension}` }));
}

/** Where a report lands: the real file (a symbolic link is written through, never replaced). */
interface Destination {
  /** The path as the user gave it: what messages name. */
  given: string;
  /** The real path the finished file is renamed to. */
  file: string;
  /** The file being replaced: its mode and owner are kept. */
  previous?: Pick<Stats, 'mode' | 'uid' | 'gid' | 'dev' | 'ino'>;
}

const NOT_A_FILE: Record<string, Text> = {
  character: { vi: 'một thiết bị (như /dev/null)', en: 'a device (like /dev/null)' },
  block: { vi: 'một ổ đĩa (thiết bị khối)', en: 'a block device' },
  fifo: { vi: 'một đường ống có tên (FIFO)', en: 'a named pipe (FIFO)' },
  socket: { vi: 'một socket', en: 'a socket' },
  link: { vi: 'một liên kết tượng trưng trỏ tới nơi không có', en: 'a symbolic link to nothing' },
  other: { vi: 'một tệp đặc biệt', en: 'a special file' },
};

function kindOf(info: Stats): Text {
  if (info.isCharacterDevice()) return NOT_A_FILE.character as Text;
  if (info.isBlockDevice()) return NOT_A_FILE.block as Text;
  if (info.isFIFO()) return NOT_A_FILE.fifo as Text;
  if (info.isSocket()) return NOT_A_FILE.socket as Text;
  return NOT_A_FILE.other as Text;
}

function notAFile(given: string, kind: Text): InputError {
  return new InputError(finding('E-OUTPUT-NOT-FILE', { path: given, ...inLangs('kind', kind) }));
}

function missing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/**
 * What `--output` names, checked: a regular file to replace or a new name in an existing
 * folder. A device, a FIFO, a socket or a folder is refused, never replaced: as root, renaming
 * over `/dev/null` would put a report where every later `> /dev/null` writes.
 */
function destination(given: string): Destination {
  const resolved = path.resolve(given);
  // `out/` means a folder, even one that does not exist: never a file called `out`
  if (/[\\/]$/.test(given) && given.length > 1) {
    const info = statOrUndefined(resolved, given);
    if (info?.isDirectory()) throw new InputError(finding('E-OUTPUT-FOLDER', { path: tidy(given) }));
    throw new InputError(finding('E-OUTPUT-DIR', { path: given, dir: tidy(given) }));
  }
  const info = statOrUndefined(resolved, given);
  if (info === undefined) {
    const link = lstatOrUndefined(resolved);
    if (link?.isSymbolicLink()) throw notAFile(given, NOT_A_FILE.link as Text);
    const dir = path.dirname(resolved);
    if (!statOrUndefined(dir, given)?.isDirectory()) {
      throw new InputError(finding('E-OUTPUT-DIR', { path: given, dir: path.dirname(given) || '.' }));
    }
    return { given, file: path.join(realpathSync(dir), path.basename(resolved)) };
  }
  if (info.isDirectory()) throw new InputError(finding('E-OUTPUT-FOLDER', { path: tidy(given) }));
  if (!info.isFile()) throw notAFile(given, kindOf(info));
  return { given, file: realpathSync(resolved), previous: info };
}

function statOrUndefined(file: string, given: string): Stats | undefined {
  try {
    return statSync(file);
  } catch (error) {
    if (missing(error)) return undefined;
    throw writeError(error, given);
  }
}

function lstatOrUndefined(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}

/** A path without the trailing separator a folder was typed with (`ot/` → `ot`). */
function tidy(given: string): string {
  return given.length > 1 ? given.replace(/[\\/]+$/, '') : given;
}

/**
 * Refuse, before the check runs, an output that cannot be written safely: one that would
 * overwrite a file the run reads (the same file by its real path, through a symbolic link, or
 * by a hard link), one that is not a regular file, or one that has no folder to go in.
 * `inputs` are every file the run reads: nominee files and the campaign's own. Inputs that
 * cannot be resolved are left for the reader to report.
 */
export async function checkOutputPath(output: string, inputs: readonly string[]): Promise<void> {
  const target = destination(output);
  for (const input of inputs) {
    let inputReal: string;
    let inputStat: Stats;
    try {
      inputReal = realpathSync(input);
      inputStat = statSync(inputReal);
    } catch {
      continue;
    }
    const sameInode =
      target.previous !== undefined &&
      target.previous.dev === inputStat.dev &&
      target.previous.ino === inputStat.ino;
    if (sameInode || samePath(target.file, inputReal)) {
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
 * Temporary files not yet renamed into place: a signal removes them before the process ends
 * (`exitOnSignals`), so an interrupted run leaves nothing behind.
 */
const liveTemps = new Set<string>();

/** A temporary file of the run's own (standard input copied to disk): removed by a signal too. */
export function trackTemp(file: string): void {
  liveTemps.add(file);
}

/** Remove one temporary file `trackTemp` was told about. */
export function removeTemp(file: string): void {
  discard(file);
}

/** Remove every temporary file still open; what a run that is ending leaves behind. */
export function removeTemps(): void {
  for (const temp of liveTemps) rmSync(temp, { force: true });
  liveTemps.clear();
}

/** The exit status a shell gives for each signal: 128 + its number. */
const SIGNAL_STATUS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
let signalsHandled = false;

/**
 * An interrupted run (Ctrl+C, `kill`, a closed terminal) removes its temporary files and ends
 * with the status the shell would give for the signal. Installed once per process.
 */
export function exitOnSignals(): void {
  if (signalsHandled) return;
  signalsHandled = true;
  for (const [signal, status] of Object.entries(SIGNAL_STATUS)) {
    process.on(signal, () => {
      removeTemps();
      process.exit(status);
    });
  }
}

/** A report written to its temporary file, not yet in place. */
interface Staged {
  target: Destination;
  temp: string;
}

/** True when running as root: only then can a replaced report keep another user's ownership. */
const isRoot = () => process.getuid?.() === 0;

/**
 * A temporary file beside the real target (a rename across file systems would not be atomic).
 * A report that replaces one starts private and takes the old file's mode when it is finished;
 * a new one is created 0644, less if the umask says so.
 */
function openTemp(target: Destination): { fd: number; temp: string } {
  const temp = path.join(
    path.dirname(target.file),
    `.${path.basename(target.file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  const fd = openSync(
    temp,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL,
    target.previous ? 0o600 : 0o644,
  );
  liveTemps.add(temp);
  return { fd, temp };
}

/** Give the finished temporary file the replaced report's owner and mode, and flush it to disk. */
function finishTemp(fd: number, target: Destination): void {
  const { previous } = target;
  if (previous) {
    // reports hold names, birth years and ethnicity: a report someone made private stays so
    if (isRoot()) fchownSync(fd, previous.uid, previous.gid);
    fchmodSync(fd, previous.mode & 0o7777);
  }
  fsyncSync(fd);
}

function writeAll(fd: number, data: string | Uint8Array): void {
  if (typeof data !== 'string' && !(data instanceof Uint8Array)) throw new TypeError('not text or bytes');
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

/**
 * Put a finished file in place. The target is looked at again first: something that became a
 * device or a folder since the run began is still not replaced.
 */
function place({ target, temp }: Staged): void {
  const now = lstatOrUndefined(target.file);
  if (now !== undefined && !now.isFile()) {
    if (now.isDirectory()) throw new InputError(finding('E-OUTPUT-FOLDER', { path: target.given }));
    throw notAFile(target.given, kindOf(now));
  }
  renameSync(temp, target.file);
  liveTemps.delete(temp);
}

function discard(temp: string): void {
  rmSync(temp, { force: true });
  liveTemps.delete(temp);
}

/** One file of a set `writeFiles` writes. */
export interface OutputFile {
  path: string;
  data: string | Uint8Array;
}

/**
 * Write reports so that they are all there or none is: each into a temporary file beside its
 * target, flushed to disk; only when every one is written are they renamed over their targets.
 * A failure (a full disk, a signal) on any of them removes every temporary file and leaves the
 * old reports as they were, never a new `r.json` beside an old `r.html`.
 */
export async function writeFiles(files: readonly OutputFile[]): Promise<void> {
  const staged: Staged[] = [];
  let current = files[0]?.path ?? '';
  try {
    for (const file of files) {
      current = file.path;
      const target = destination(file.path);
      const { fd, temp } = openTemp(target);
      staged.push({ target, temp });
      try {
        writeAll(fd, file.data);
        finishTemp(fd, target);
      } finally {
        closeSync(fd);
      }
    }
    for (const one of staged) {
      current = one.target.given;
      place(one);
    }
  } catch (error) {
    for (const { temp } of staged) discard(temp);
    throw writeError(error, current);
  }
}

/** `writeFiles` for one report. */
export function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  return writeFiles([{ path: file, data }]);
}

/**
 * What went wrong writing `file`, in the user's terms: the temporary file is an implementation
 * detail, so its name never reaches the message, and the system's English never does either.
 */
export function writeError(error: unknown, file: string): InputError {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const dir = path.dirname(file) || '.';
  if (code === 'ENOENT') return new InputError(finding('E-OUTPUT-DIR', { path: file, dir }));
  if (code === 'EACCES' || code === 'EPERM') {
    return new InputError(finding('E-OUTPUT-DENIED', { path: file, dir }));
  }
  const words = errnoWords(error);
  const reason = words ? inLangs('reason', words) : { reason: String((error as Error).message ?? error) };
  return new InputError(finding('E-OUTPUT-WRITE', { path: file, ...reason }));
}

/** A report file written piece by piece, as `openAtomic` gives it. */
export interface AtomicFile {
  write(chunk: string | Uint8Array): void;
  /** Flush to disk and put the file in place of the target. */
  commit(): void;
  /** Flush to disk and close, not yet in place: `commitAll` puts several in place together. */
  seal(): void;
  /** Put a sealed file in place of its target. */
  place(): void;
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
  let staged: Staged;
  let fd: number;
  try {
    const target = destination(file);
    const opened = openTemp(target);
    fd = opened.fd;
    staged = { target, temp: opened.temp };
  } catch (error) {
    throw writeError(error, file);
  }
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  const fail = (error: unknown): InputError => {
    close();
    discard(staged.temp);
    return writeError(error, file);
  };
  const seal = () => {
    try {
      finishTemp(fd, staged.target);
      close();
    } catch (error) {
      throw fail(error);
    }
  };
  const put = () => {
    try {
      place(staged);
    } catch (error) {
      throw fail(error);
    }
  };
  return {
    write(chunk) {
      try {
        writeAll(fd, chunk);
      } catch (error) {
        throw fail(error);
      }
    },
    commit() {
      seal();
      put();
    },
    seal,
    place: put,
    abort() {
      close();
      discard(staged.temp);
    },
  };
}

/**
 * Put streamed reports in place all together, as `writeFiles` does with rendered ones: each is
 * flushed to disk first, and only when every one is are they renamed over their targets. A
 * failure removes every temporary file left.
 */
export function commitAll(files: readonly AtomicFile[]): void {
  try {
    for (const f of files) f.seal();
    for (const f of files) f.place();
  } catch (error) {
    for (const f of files) f.abort();
    throw error;
  }
}

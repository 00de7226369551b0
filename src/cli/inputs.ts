import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, type Dirent, readdirSync } from 'node:fs';
import { readdir, readlink, realpath, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { escapePath, glob } from 'tinyglobby';
import { append } from '../append.js';
import { finding, inLangs } from '../findings/catalogue.js';
import { readErrorWords } from '../findings/errno.js';
import { type Finding, InputError } from '../findings/finding.js';
import { removeTemp, trackTemp } from '../report/output.js';

/**
 * The FILE arguments of `check`, expanded: a folder is every nominee file under it, a quoted
 * glob (`'submissions/**\/*.xlsx'`) is every nominee file it matches, anything else is a file
 * path left for the reader (which reports a missing or unreadable file itself).
 *
 * Node 20 has no `fs.glob`; patterns are matched by tinyglobby. People write `*`, `**` and `?`
 * for a folder of submissions, and file names hold brackets and parentheses (`Bảng (1).xlsx`),
 * so everything else in a pattern is taken literally.
 */

/** What a folder or a glob yields: the files a reader can tell apart by content. */
export const NOMINEE_EXTENSIONS = ['.xlsx', '.csv'] as const;

export interface ExpandedInputs {
  /** Files to check: each argument's in the order given, a folder's or a glob's sorted; each real file once. */
  files: string[];
  /** Office lock files (`~$…`) a folder or glob held, left out. */
  skipped: string[];
  /** Folders that could not be read and links to nothing met on the way: error findings, never silence. */
  problems: Finding[];
  /** Reports this tool wrote, found among the inputs (a report saved into the folder checked), left out. */
  reports: string[];
}

/** An Office lock file (`~$Book1.xlsx`), which Excel leaves beside a workbook it has open. */
export function isLockFile(name: string): boolean {
  return name.startsWith('~$');
}

function isHidden(name: string): boolean {
  return name.startsWith('.');
}

function isNomineeFile(name: string): boolean {
  const lower = name.toLowerCase();
  return NOMINEE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export function isGlob(arg: string): boolean {
  return /[*?]/.test(arg);
}

/** Windows and macOS file names ignore case, and so should a pattern there. */
const IGNORE_CASE = process.platform === 'win32' || process.platform === 'darwin';

/** A pattern for the glob library with everything but `*` and `?` taken literally. */
export function literalExceptWildcards(pattern: string): string {
  return pattern
    .split(/([*?])/)
    .map((piece, i) => (i % 2 === 1 ? piece : escapePath(piece)))
    .join('');
}

export async function expandInputs(args: readonly string[]): Promise<ExpandedInputs> {
  const files: string[] = [];
  const skipped: string[] = [];
  const problems: Finding[] = [];
  for (const arg of args) {
    const info = await stat(arg).catch(() => undefined);
    // a pipe (`<(…)`, a FIFO) or a device is read as the file it stands for
    if ((info && !info.isDirectory()) || (!info && !isGlob(arg))) {
      files.push(arg);
      continue;
    }
    const found = info?.isDirectory() ? await walkFolder(arg, problems) : await matchGlob(arg);
    append(skipped, found.skipped.sort(byPath));
    if (found.files.length === 0 && problems.length === 0)
      throw new InputError(finding('E-NO-FILES', { path: arg }));
    append(files, found.files.sort(byPath));
  }
  const { isOwnReport } = await import('../report/marker.js');
  const nominees: string[] = [];
  const reports: string[] = [];
  for (const file of await oncePerFile(files)) ((await isOwnReport(file)) ? reports : nominees).push(file);
  if (nominees.length === 0 && reports.length > 0 && problems.length === 0)
    throw new InputError(finding('E-NO-FILES', { path: args.join(' ') }));
  return { files: nominees, skipped, problems, reports };
}

/**
 * Each real file once, however many paths reach it (a folder and a link into it, a hard link,
 * `a.xlsx` and `./a.xlsx`): read twice, every nominee in it would be its own duplicate.
 * A path that names no file is kept for the reader to report.
 */
async function oncePerFile(files: readonly string[]): Promise<string[]> {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const file of files) {
    const info = await stat(file).catch(() => undefined);
    const key = info?.isFile() ? `${info.dev}:${info.ino}` : `path:${path.resolve(file)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(file);
  }
  return out;
}

/** What a folder or link met while expanding the arguments says about itself, as an error finding. */
function unreadableFolder(dir: string, error: unknown): Finding {
  return finding('E-FOLDER-UNREADABLE', inLangs('reason', readErrorWords(error)), { file: dir });
}

/** Code-unit order of the path: the same on every machine, whatever its locale. */
function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Found {
  files: string[];
  skipped: string[];
}

/** Entries of a folder, symbolic links resolved to what they point at; hidden ones left out. */
async function entries(
  dir: string,
  problems: Finding[],
): Promise<{ name: string; full: string; dir: boolean; file: boolean }[]> {
  let list: Dirent[];
  try {
    list = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    // a folder that cannot be listed would leave its files out without a word: the exit code
    // would then speak only of what was read; one that is not there (a glob's base) holds nothing
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') problems.push(unreadableFolder(dir, error));
    return [];
  }
  const out = [];
  for (const e of list) {
    if (isHidden(e.name)) continue;
    const full = path.join(dir, e.name);
    if (e.isSymbolicLink()) {
      const target = await stat(full).catch(() => undefined);
      if (target) out.push({ name: e.name, full, dir: target.isDirectory(), file: target.isFile() });
      else if (isNomineeFile(e.name) || !path.extname(e.name)) {
        const to = await readlink(full).catch(() => '?');
        problems.push(finding('E-LINK-BROKEN', { target: to }, { file: full }));
      }
    } else out.push({ name: e.name, full, dir: e.isDirectory(), file: e.isFile() });
  }
  return out;
}

/** Every nominee file under `root`, at any depth; a folder reached twice through links is read once. */
async function walkFolder(root: string, problems: Finding[], seen = new Set<string>()): Promise<Found> {
  const found: Found = { files: [], skipped: [] };
  const real = await realpath(root).catch(() => root);
  if (seen.has(real)) return found;
  seen.add(real);
  for (const e of await entries(root, problems)) {
    if (e.dir) {
      const inner = await walkFolder(e.full, problems, seen);
      append(found.files, inner.files);
      append(found.skipped, inner.skipped);
    } else if (e.file && isNomineeFile(e.name)) {
      (isLockFile(e.name) ? found.skipped : found.files).push(e.full);
    }
  }
  return found;
}

/**
 * The nominee files a pattern matches. The segments before the first wildcard name the folder
 * to start from; `**` stands for any number of folders, none included. Hidden files and
 * folders are left out and links followed, each real folder once, as in a folder's walk.
 */
async function matchGlob(pattern: string): Promise<Found> {
  const segments = pattern.split(/[\\/]+/);
  const firstWild = segments.findIndex(isGlob);
  const fixed = segments.slice(0, firstWild);
  const base = fixed.length === 0 ? '.' : fixed.join('/') || '/';
  const matched = await glob(literalExceptWildcards(segments.slice(firstWild).join('/')), {
    cwd: base,
    onlyFiles: true,
    dot: false,
    followSymbolicLinks: true,
    caseSensitiveMatch: !IGNORE_CASE,
    expandDirectories: false,
  });
  // a link back up is followed once more by the library: a file met through several paths is
  // kept under its shortest, as the walk of a folder meets it first
  const byReal = new Map<string, string>();
  for (const match of matched) {
    if (!isNomineeFile(path.basename(match))) continue;
    // `path.join` also turns a base of `.` into nothing: `*.xlsx` gives `a.xlsx`, not `./a.xlsx`
    const file = path.join(base, match);
    const real = await realpath(file).catch(() => file);
    const kept = byReal.get(real);
    if (kept === undefined || depth(file) < depth(kept) || (depth(file) === depth(kept) && file < kept))
      byReal.set(real, file);
  }
  const found: Found = { files: [], skipped: [] };
  for (const file of byReal.values())
    (isLockFile(path.basename(file)) ? found.skipped : found.files).push(file);
  return found;
}

function depth(file: string): number {
  return file.split(path.sep).length;
}

/**
 * Every file of the campaign folder and its allocation table: what a run reads besides the
 * nominee files, and so what no report may replace.
 */
export function campaignFiles(campaign: { dir: string; allocationsFile: string }): string[] {
  const files = [campaign.allocationsFile];
  try {
    for (const name of readdirSync(campaign.dir, { recursive: true }))
      files.push(path.join(campaign.dir, String(name)));
  } catch {
    // a folder that cannot be listed was read file by file: the table and the three JSON files
    for (const name of ['campaign.json', 'vocabulary.json', 'criteria.json'])
      files.push(path.join(campaign.dir, name));
  }
  return files;
}

/** How standard input is named as a FILE argument: `-`, as every Unix tool takes it, and its devices. */
const STDIN_NAMES = new Set(['-', '/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);

/** What reports and messages call a file that came down standard input. */
export const STDIN_LABEL = 'stdin';

export interface Spooled {
  /** The files to read: regular files as given, the others replaced by their copies. */
  files: string[];
  /** Each copy's name in reports: `stdin`, or the path that was given. */
  labels: Map<string, string>;
  /** Remove the copies. */
  remove(): void;
}

/**
 * Standard input (`-`, `/dev/stdin`) and other streams given as files (`<(…)`, a FIFO) copied
 * to temporary files first: a workbook is a zip read from its end, and a CSV's start is read
 * twice (to tell its type and encoding, then as rows), neither of which a pipe allows. The
 * copies are private (0600) and removed after the run, or by a signal that ends it.
 */
export async function spoolStreams(
  files: readonly string[],
  stdin: Readable = process.stdin,
): Promise<Spooled> {
  const labels = new Map<string, string>();
  const copies = new Map<string, string>();
  const out: string[] = [];
  for (const file of files) {
    const fromStdin = STDIN_NAMES.has(file);
    const key = fromStdin ? '-' : file;
    let copy = copies.get(key);
    if (copy === undefined) {
      if (!fromStdin && !(await isStream(file))) {
        out.push(file);
        continue;
      }
      copy = path.join(tmpdir(), `eligibility-${process.pid}-${randomBytes(4).toString('hex')}.input`);
      trackTemp(copy);
      await pipeline(
        fromStdin ? stdin : createReadStream(file),
        createWriteStream(copy, { flags: 'wx', mode: 0o600 }),
      );
      copies.set(key, copy);
      labels.set(copy, fromStdin ? STDIN_LABEL : file);
    }
    // the same stream named twice is one submission, read once
    if (!out.includes(copy)) out.push(copy);
  }
  return {
    files: out,
    labels,
    remove: () => {
      for (const copy of copies.values()) removeTemp(copy);
    },
  };
}

/** A pipe, a FIFO or a character device: something read once, from its start to its end. */
async function isStream(file: string): Promise<boolean> {
  const info = await stat(file).catch(() => undefined);
  return info !== undefined && (info.isFIFO() || info.isCharacterDevice() || info.isSocket());
}

import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { finding } from '../findings/catalogue.js';
import { InputError } from '../findings/finding.js';

/**
 * The FILE arguments of `check`, expanded: a folder is every nominee file under it, a quoted
 * glob (`'submissions/**\/*.xlsx'`) is every nominee file it matches, anything else is a file
 * path left for the reader (which reports a missing or unreadable file itself).
 *
 * Node 20 has no `fs.glob`, and the patterns people write for a folder of submissions need
 * only `*`, `**` and `?`: a matcher for those is a few dozen lines here rather than another
 * dependency. Brackets and braces are taken literally.
 */

/** What a folder or a glob yields: the files a reader can tell apart by content. */
export const NOMINEE_EXTENSIONS = ['.xlsx', '.csv'] as const;

export interface ExpandedInputs {
  /** Files to check: each argument's in the order given, a folder's or a glob's sorted. */
  files: string[];
  /** Office lock files (`~$…`) a folder or glob held, left out. */
  skipped: string[];
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

/** One path segment of a pattern (`*.xlsx`, `don-vi-?.csv`) as a regular expression. */
export function segmentPattern(segment: string, ignoreCase = IGNORE_CASE): RegExp {
  const body = segment
    .split('')
    .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[\\^$.|+()[\]{}]/, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, ignoreCase ? 'iu' : 'u');
}

export async function expandInputs(args: readonly string[]): Promise<ExpandedInputs> {
  const files: string[] = [];
  const skipped: string[] = [];
  for (const arg of args) {
    const info = await stat(arg).catch(() => undefined);
    if (info?.isFile() || (!info && !isGlob(arg))) {
      files.push(arg);
      continue;
    }
    const found = info?.isDirectory() ? await walkFolder(arg) : await matchGlob(arg);
    skipped.push(...found.skipped.sort(byPath));
    if (found.files.length === 0) throw new InputError(finding('E-NO-FILES', { path: arg }));
    files.push(...found.files.sort(byPath));
  }
  return { files, skipped };
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
async function entries(dir: string): Promise<{ name: string; full: string; dir: boolean; file: boolean }[]> {
  let list: Dirent[];
  try {
    list = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out = [];
  for (const e of list) {
    if (isHidden(e.name)) continue;
    const full = path.join(dir, e.name);
    if (e.isSymbolicLink()) {
      const target = await stat(full).catch(() => undefined);
      if (target) out.push({ name: e.name, full, dir: target.isDirectory(), file: target.isFile() });
    } else out.push({ name: e.name, full, dir: e.isDirectory(), file: e.isFile() });
  }
  return out;
}

/** Every nominee file under `root`, at any depth; a folder reached twice through links is read once. */
async function walkFolder(root: string, seen = new Set<string>()): Promise<Found> {
  const found: Found = { files: [], skipped: [] };
  const real = await realpath(root).catch(() => root);
  if (seen.has(real)) return found;
  seen.add(real);
  for (const e of await entries(root)) {
    if (e.dir) {
      const inner = await walkFolder(e.full, seen);
      found.files.push(...inner.files);
      found.skipped.push(...inner.skipped);
    } else if (e.file && isNomineeFile(e.name)) {
      (isLockFile(e.name) ? found.skipped : found.files).push(e.full);
    }
  }
  return found;
}

/**
 * The nominee files a pattern matches. The segments before the first wildcard name the folder
 * to start from; `**` stands for any number of folders, none included.
 */
async function matchGlob(pattern: string): Promise<Found> {
  const segments = pattern.split(/[\\/]+/);
  const firstWild = segments.findIndex(isGlob);
  const fixed = segments.slice(0, firstWild);
  const base = fixed.length === 0 ? '.' : fixed.join('/') || '/';
  const found: Found = { files: [], skipped: [] };
  const files = new Set<string>();
  const visit = async (dir: string, rest: readonly string[], seen: Set<string>): Promise<void> => {
    const [segment, ...tail] = rest;
    if (segment === undefined) return;
    if (segment === '**') {
      const real = await realpath(dir).catch(() => dir);
      if (seen.has(real)) return;
      const inner = new Set(seen).add(real);
      await visit(dir, tail.length === 0 ? ['*'] : tail, inner);
      for (const e of await entries(dir)) if (e.dir) await visit(e.full, rest, inner);
      return;
    }
    const match = segmentPattern(segment);
    for (const e of await entries(dir)) {
      if (!match.test(e.name)) continue;
      if (tail.length > 0) {
        if (e.dir) await visit(e.full, tail, seen);
      } else if (e.file && isNomineeFile(e.name) && !files.has(e.full)) {
        files.add(e.full);
        (isLockFile(e.name) ? found.skipped : found.files).push(e.full);
      }
    }
  };
  // `path.join` also turns a base of `.` into nothing: `*.xlsx` gives `a.xlsx`, not `./a.xlsx`
  await visit(base, segments.slice(firstWild), new Set());
  return found;
}

import path from 'node:path';
import type { Campaign } from './campaign/schema.js';
import { type CompositionGroup, composition } from './checks/composition.js';
import { checkDeadline } from './checks/deadline.js';
import { findDuplicates } from './checks/duplicates.js';
import { checkPerUnitFile, type FileQuotaEntry } from './checks/per-unit-file.js';
import { checkPlan } from './checks/plan.js';
import { checkQuota } from './checks/quota.js';
import { engineContext } from './engine/context.js';
import { createEngine } from './engine/evaluate.js';
import type { Judgement } from './engine/types.js';
import { type Finding, InputError } from './findings/finding.js';
import type { Nominee } from './model/nominee.js';
import { buildCodeBook, type CodeBook } from './model/vocabulary.js';
import { type ReadResult, readNomineeFile } from './read/index.js';
import type { Limits } from './read/limits.js';
import { type Summary, summarize } from './report/summary.js';

export interface CheckOptions {
  campaign: Campaign;
  /** Each file is one unit's submission, its quota checked alone (`--per-unit-file`). */
  perUnitFile?: boolean;
  /** Bounds on rows, cells, cell length and unpacked size (`--max-*`); the reader's defaults where left out. */
  limits?: Partial<Limits>;
}

/** Everything a reporter needs; reporters are pure functions of this and a language. */
export interface CheckResult {
  campaign: Campaign;
  /** The files as reports name them (see `displayNames`), in the order read. */
  files: string[];
  /** The same files as paths the user gave (see `givenPath`), for annotations that must find them. */
  paths: string[];
  /** One per nominee, in input order: file, then sheet, then row. */
  judgements: Judgement[];
  /** Per unit and category; with `perUnitFile`, per file first (`file` set), then units without one. */
  quota: FileQuotaEntry[];
  /** Who the individuals are, per unit and in total: information, never a failure. */
  composition: CompositionGroup[];
  /** Input order (file, sheet, row); findings about no place in a file (quota) come last. */
  findings: Finding[];
  summary: Summary;
}

/**
 * The `check` pipeline: read every file in the order given, judge every nominee, count
 * quotas and look for duplicates over all files together. Throws `InputError` when a file
 * cannot be read at all.
 */
export async function runCheck(files: readonly string[], options: CheckOptions): Promise<CheckResult> {
  const { campaign } = options;
  const book = buildCodeBook(campaign.vocabulary);
  // a file named twice (`check a.xlsx ./a.xlsx`) is one submission, not a set of duplicates
  const paths = [...new Map(files.map((f) => [path.resolve(f), f])).values()];
  const names = displayNames(paths);

  const nominees: Nominee[] = [];
  const readFindings: Finding[] = [];
  for (const [index, file] of paths.entries()) {
    const name = names[index] as string;
    let read: ReadResult;
    try {
      read = await readNomineeFile(file, { campaign, book, limits: options.limits });
    } catch (error) {
      // one unreadable file among several is an error finding about it; the others are still checked
      if (!(error instanceof InputError) || paths.length === 1) throw error;
      readFindings.push({ ...error.finding, file: name });
      continue;
    }
    for (const n of read.nominees) nominees.push({ ...n, file: name });
    for (const f of read.findings) readFindings.push({ ...f, file: name });
    readFindings.push(...checkDeadline(name, read.submitted, campaign.deadline));
  }

  return checkNominees(
    {
      campaign,
      files: names,
      paths: paths.map((p) => givenPath(p)),
      nominees,
      findings: readFindings,
      perUnitFile: options.perUnitFile ?? false,
    },
    book,
  );
}

/**
 * A file's path as the user gave it, with `/` separators and no leading `./`; an absolute path
 * inside the working directory becomes relative to it. CI annotations (`::error file=`) need
 * the path from the checkout's root, which is where a pipeline runs the tool.
 */
export function givenPath(file: string, cwd: string = process.cwd()): string {
  let given = file;
  if (path.isAbsolute(file)) {
    const relative = path.relative(cwd, file);
    if (relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)) given = relative;
  }
  return path.normalize(given).split(path.sep).join('/');
}

export interface ReadInput {
  campaign: Campaign;
  /** Display names of the files read, in order. */
  files: string[];
  /** The files as the user gave them, in the same order; the display names when absent. */
  paths?: string[];
  /** Every nominee read, in input order. */
  nominees: Nominee[];
  /** What the reader found wrong in the files. */
  findings: Finding[];
  perUnitFile?: boolean;
}

/** Everything after reading: judge, count quotas, find duplicates, order findings, tally. */
export function checkNominees(input: ReadInput, book?: CodeBook): CheckResult {
  const { campaign, files, nominees } = input;
  const engine = createEngine(campaign, engineContext(campaign, book));
  const judgements = nominees.map((n) => engine.judge(n));
  const quota = input.perUnitFile
    ? checkPerUnitFile(judgements, files, campaign)
    : checkQuota(judgements, campaign);
  const findings = inInputOrder(
    [...input.findings, ...quota.findings, ...findDuplicates(nominees), ...planNotes(campaign)],
    files,
    nominees,
  );
  return {
    campaign,
    files,
    paths: input.paths ?? files,
    judgements,
    quota: quota.quota,
    composition: composition(judgements, campaign),
    findings,
    summary: summarize(judgements, findings),
  };
}

/**
 * Names for reports: the file's base name, lengthened by parent folders only where two
 * inputs share it. Never the absolute path, so reports do not depend on where they were run.
 */
export function displayNames(files: readonly string[]): string[] {
  const parts = files.map((f) =>
    path
      .resolve(f)
      .split(/[\\/]+/)
      .filter(Boolean),
  );
  const depth = files.map(() => 1);
  for (;;) {
    const names = parts.map((p, i) => p.slice(-(depth[i] as number)).join('/'));
    const counts = new Map<string, number>();
    for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
    let grew = false;
    names.forEach((n, i) => {
      if ((counts.get(n) ?? 0) > 1 && (depth[i] as number) < (parts[i] as string[]).length) {
        depth[i] = (depth[i] as number) + 1;
        grew = true;
      }
    });
    if (!grew) return names;
  }
}

/** Stable sort by file, sheet (as the reader met them) and row; file-less findings last. */
function inInputOrder(
  findings: Finding[],
  files: readonly string[],
  nominees: readonly Nominee[],
): Finding[] {
  const fileRank = new Map(files.map((f, i) => [f, i]));
  const sheetRank = new Map<string, number>();
  for (const item of [...nominees, ...findings]) {
    if (item.file === undefined || item.sheet === undefined) continue;
    const key = `${item.file}\u0000${item.sheet}`;
    if (!sheetRank.has(key)) sheetRank.set(key, sheetRank.size);
  }
  const key = (f: Finding): [number, number, number] => [
    f.file === undefined ? Number.POSITIVE_INFINITY : (fileRank.get(f.file) ?? files.length),
    // a CSV's one sheet has no name: its nominees say '' and its findings say nothing
    sheetRank.get(`${f.file}\u0000${f.sheet ?? ''}`) ?? -1,
    f.row ?? -1,
  ];
  return findings
    .map((f, i) => ({ f, i, k: key(f) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2] || a.i - b.i)
    .map(({ f }) => f);
}

/**
 * The plan's own inconsistencies (`plan check`), shown with every check so nobody counts on a
 * total the plan gets wrong, but as information: a submitting unit cannot fix the plan, so they
 * must not fail its check. `eligibility plan check` reports them as errors.
 */
function planNotes(campaign: Campaign): Finding[] {
  // placed nowhere in the submitted files: the message names the plan section instead
  return checkPlan(campaign).map((f) => ({ code: f.code, severity: 'info', args: f.args }));
}

import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { append } from './append.js';
import type { Campaign } from './campaign/schema.js';
import { CompositionCount, type CompositionGroup } from './checks/composition.js';
import { checkDeadline } from './checks/deadline.js';
import { DuplicateFinder } from './checks/duplicates.js';
import { checkPerUnitFile, type FileQuotaEntry } from './checks/per-unit-file.js';
import { checkPlan } from './checks/plan.js';
import { QuotaCount } from './checks/quota.js';
import { UnitSelection } from './checks/unit-selection.js';
import { DecisionCheck } from './decisions/check.js';
import type { DecisionRow } from './decisions/file.js';
import { engineContext } from './engine/context.js';
import { createEngine } from './engine/evaluate.js';
import type { Verdict } from './engine/kleene.js';
import type { Judgement } from './engine/types.js';
import { type FindingCode, finding } from './findings/catalogue.js';
import { type Finding, InputError } from './findings/finding.js';
import type { Nominee } from './model/nominee.js';
import { buildCodeBook, type CodeBook } from './model/vocabulary.js';
import { type ReadResult, readNomineeFile } from './read/index.js';
import { inputName, type NomineeInput } from './read/input.js';
import type { Limits } from './read/limits.js';
import { plainText } from './report/sanitize.js';
import { type Summary, summaryOf } from './report/summary.js';

export interface CheckOptions {
  campaign: Campaign;
  /** Each file is one unit's submission, its quota checked alone (`--per-unit-file`). */
  perUnitFile?: boolean;
  /** Bounds on rows, cells, cell length and unpacked size (`--max-*`); the reader's defaults where left out. */
  limits?: Partial<Limits>;
  /**
   * Each judgement as soon as it is made, in input order. Given this, the result's `judgements`
   * is empty: a large input is judged as it streams by and never held whole; only quota counts,
   * duplicate keys, findings and the tally stay (and, with `perUnitFile`, the judgements the
   * per-file quota needs).
   */
  onJudgement?: (judgement: Judgement) => void;
  /**
   * Told once, before the first file is read, what the result will call the files (its `files`
   * and `paths`): a report written as the check goes needs the path the user gave for a file
   * in its first nominee's lines, long before the result exists.
   */
  onFiles?: (files: CheckFiles) => void;
  /**
   * With `onJudgement`: each nominee's own finding (D-DUP) goes out only with its judgement
   * (`Judgement.duplicate`) and is not kept for `findings`, where a list that repeats most of its
   * rows would hold hundreds of thousands. They are still counted in `summary` and the exit code
   * (`CheckResult.streamedFindings`). For a report that writes them as it writes the nominee.
   */
  findingsWithJudgements?: boolean;
  /**
   * Unit ids the report is limited to (`--unit`): only their nominees, quota entries and findings
   * are reported, and only they decide the exit code, while quotas and duplicates are counted over
   * everything read. Every unit when left out.
   */
  units?: readonly string[];
  /** Told how many nominees have been judged so far, every `PROGRESS_EVERY` of them. */
  onProgress?: (judged: number) => void;
  /** Findings about the inputs made before reading them (a folder that could not be listed). */
  findings?: readonly Finding[];
  /**
   * The council's decisions read from a decisions file (`--decisions`), checked with those of the
   * sheets' decision column against the verdicts and the seats (src/decisions/).
   */
  decisions?: readonly DecisionRow[];
  /**
   * What to call a file read from somewhere other than its path: standard input copied to a
   * temporary file is `stdin` in every report and message, never the temporary file's name.
   */
  labels?: ReadonlyMap<string, string>;
}

/** How often `onProgress` is told: often enough for a line that moves, rarely enough to cost nothing. */
export const PROGRESS_EVERY = 1024;

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
  /**
   * With `findingsWithJudgements`: the findings that went out with their judgements instead of
   * into `findings`, by severity (none is a quota finding). `summary` counts them already.
   */
  streamedFindings?: Record<Finding['severity'], number>;
  /**
   * With `streamedFindings`: whether `f`, one of `findings`, comes before `handedOut`, a finding
   * that went out with its judgement, in the order a check that kept it gives (input order; on
   * the same row, the reader's and the quota's findings before it, the decisions' after), so a
   * report that lists every finding in one table can put the handed-out ones back in place.
   */
  findingBefore?: (f: Finding, handedOut: Finding) => boolean;
  /** The unit ids the report is limited to (`--unit`), in the campaign's order; absent for all. */
  units?: string[];
  /**
   * Set when `judgements` are only those the reports' lists show (a streamed check keeps the
   * first of each, report/listing.ts): how many nominees each list has in all.
   */
  counts?: NomineeCounts;
}

/** What a check calls its files, as its result gives them. */
export type CheckFiles = Pick<CheckResult, 'files' | 'paths'>;

/** How many nominees a check judged in all, eligible (repeats aside) and not eligible. */
export interface NomineeCounts {
  nominees: number;
  eligible: number;
  notEligible: number;
}

/**
 * The `check` pipeline: read every file in the order given, judge every nominee, count
 * quotas and look for duplicates over all files together. Files are paths, or files held in
 * memory (the page), named by their own names. Throws `InputError` when a file cannot be read
 * at all.
 */
export async function runCheck(files: readonly NomineeInput[], options: CheckOptions): Promise<CheckResult> {
  const { campaign } = options;
  const book = buildCodeBook(campaign.vocabulary);
  // a file named twice (`check a.xlsx ./a.xlsx`) is one submission, not a set of duplicates
  const inputs = [...new Map(files.map((f, i) => [typeof f === 'string' ? path.resolve(f) : i, f])).values()];
  const paths = inputs.map(inputName);
  const labels = options.labels ?? new Map<string, string>();
  // a file's name is text from outside, shown in every report: neutralised as cell text is
  const names = displayNames(paths).map((name, i) => labels.get(paths[i] as string) ?? plainText(name));
  const given = paths.map((p) => labels.get(p) ?? plainText(givenPath(p)));
  options.onFiles?.({ files: names, paths: given });

  const judging = new Judging(campaign, book, {
    keep: options.onJudgement === undefined,
    perUnitFile: options.perUnitFile ?? false,
    units: options.units,
    decisions: options.decisions,
    findingsWithJudgements: options.onJudgement !== undefined && options.findingsWithJudgements === true,
  });
  const readFindings: Finding[] = [...(options.findings ?? [])];
  for (const [index, input] of inputs.entries()) {
    const file = paths[index] as string;
    const name = names[index] as string;
    const onDisk = typeof input === 'string';
    const onNominee = (nominee: Nominee): void => {
      // the reader's nominee is its own fresh object: naming it as reports do costs no copy
      nominee.file = name;
      const judgement = judging.add(nominee);
      if (judging.shown) options.onJudgement?.(judgement);
      if (options.onProgress && judging.count % PROGRESS_EVERY === 0) options.onProgress(judging.count);
    };
    const before = judging.count;
    const was = onDisk ? await stat(file).catch(() => undefined) : undefined;
    let read: ReadResult;
    try {
      read = await readNomineeFile(input, { campaign, book, limits: options.limits, onNominee });
    } catch (error) {
      // One unreadable file among several is an error finding about it; the others are still
      // checked. Rows it gave before it failed were judged already and stay counted.
      if (error instanceof InputError && labels.has(file)) error.finding.file = name;
      if (!(error instanceof InputError) || paths.length === 1) throw error;
      readFindings.push({ ...error.finding, file: name });
      continue;
    }
    // a file saved again while it was read gives rows of two versions: never a silent mix
    if (onDisk && changed(was, await stat(file).catch(() => undefined)))
      readFindings.push(finding('E-FILE-CHANGED', {}, { file: name }));
    // the reader's findings are its own fresh objects, as its nominees are: named in place
    for (const f of read.findings) f.file = name;
    append(readFindings, emptySubmission(read.findings, judging.count - before, name));
    append(readFindings, checkDeadline(name, read.submitted, campaign.deadline));
  }

  return judging.finish({
    files: names,
    paths: given,
    findings: readFindings,
  });
}

/**
 * A file that gave no nominee and no error is an empty submission (the blank template sent back,
 * the wrong file attached): an error of its own, never "every nominee eligible". It stands for
 * the per-sheet "no rows" warnings, which would only say the same thing again.
 */
function emptySubmission(findings: Finding[], nominees: number, file: string): Finding[] {
  if (nominees > 0 || findings.some((f) => f.severity === 'error')) return findings;
  return [
    finding('E-EMPTY-SUBMISSION', {}, { file }),
    ...findings.filter((f) => f.code !== 'W-SHEET-NO-ROWS'),
  ];
}

/** Whether a file's size or modification time moved between two looks at it. */
function changed(was: Stats | undefined, now: Stats | undefined): boolean {
  if (was === undefined || now === undefined || !was.isFile()) return false;
  return was.size !== now.size || was.mtimeMs !== now.mtimeMs;
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
  /** As `CheckOptions.units`. */
  units?: readonly string[];
  /** As `CheckOptions.decisions`. */
  decisions?: readonly DecisionRow[];
}

/** Everything after reading: judge, count quotas, find duplicates, order findings, tally. */
export function checkNominees(input: ReadInput, book?: CodeBook): CheckResult {
  const judging = new Judging(input.campaign, book, {
    keep: true,
    perUnitFile: input.perUnitFile ?? false,
    units: input.units,
    decisions: input.decisions,
  });
  for (const n of input.nominees) judging.add(n);
  return judging.finish({ files: input.files, paths: input.paths ?? input.files, findings: input.findings });
}

/**
 * Judges nominees one at a time and keeps only what needs the whole input: quota counts,
 * duplicate keys, composition counts, verdict counts and the order sheets were met in. Both a
 * check held in memory and one streamed through it, so the two cannot differ.
 */
class Judging {
  private readonly engine;
  private readonly quota: QuotaCount;
  private readonly duplicates = new DuplicateFinder();
  private readonly duplicateFindings: Finding[] = [];
  /** D-DUP findings handed out with their judgements and not kept, by severity. */
  private readonly streamed: Record<Finding['severity'], number> | undefined;
  private readonly composition: CompositionCount;
  private readonly verdicts: Record<Verdict, number> = { eligible: 0, ineligible: 0, review: 0 };
  /** Rows that repeat a nomination under the same unit and category, counted apart. */
  private repeats = 0;
  private readonly sheets = new SheetOrder();
  /** The judgements, when the caller keeps them or the per-file quota needs them. */
  private readonly judgements: Judgement[] = [];
  /** `--unit`: what the report shows; everything when unset. */
  private readonly selection: UnitSelection | undefined;
  /** The council's decisions against the verdicts and seats. */
  private readonly decisions: DecisionCheck;
  count = 0;
  /** Whether the report shows the nominee last added. */
  shown = true;

  constructor(
    private readonly campaign: Campaign,
    book: CodeBook | undefined,
    private readonly options: {
      keep: boolean;
      perUnitFile: boolean;
      units?: readonly string[] | undefined;
      decisions?: readonly DecisionRow[] | undefined;
      findingsWithJudgements?: boolean;
    },
  ) {
    if (options.findingsWithJudgements) this.streamed = { error: 0, warning: 0, info: 0 };
    this.decisions = new DecisionCheck(campaign, options.decisions);
    this.engine = createEngine(campaign, engineContext(campaign, book));
    this.quota = new QuotaCount(campaign);
    this.composition = new CompositionCount(campaign);
    if (options.units !== undefined) this.selection = new UnitSelection(new Set(options.units));
  }

  add(nominee: Nominee): Judgement {
    const judgement: Judgement = this.engine.judge(nominee);
    this.count++;
    const shown = this.selection?.admit(nominee) ?? true;
    this.shown = shown;
    // duplicates and quotas are counted over everything read, whatever the report shows
    const { finding, repeatOf } = this.duplicates.add(nominee);
    if (repeatOf) judgement.repeatOf = repeatOf;
    if (finding && shown) {
      judgement.duplicate = finding;
      if (this.streamed) this.streamed[finding.severity]++;
      else this.duplicateFindings.push(finding);
    }
    this.sheets.see(nominee);
    if (this.options.perUnitFile || (this.options.keep && shown)) this.judgements.push(judgement);
    if (!this.options.perUnitFile) this.quota.add(judgement);
    if (!shown) return judgement;
    this.decisions.add(judgement);
    // a repeat is the nomination already counted: no tally presents it as one more nominee
    if (repeatOf) this.repeats++;
    else {
      this.verdicts[judgement.verdict]++;
      this.composition.add(judgement);
    }
    return judgement;
  }

  finish(read: { files: string[]; paths: string[]; findings: Finding[] }): CheckResult {
    const { campaign, judgements, selection } = this;
    const quota = this.options.perUnitFile
      ? checkPerUnitFile(judgements, read.files, campaign)
      : this.quota.result();
    const shownUnit = (unit: string | null) =>
      selection === undefined || (unit !== null && selection.units.has(unit));
    const kept = (f: Finding) => selection === undefined || selection.keeps(f);
    // on one row a handed-out finding goes after the reader's and quota's and before these
    const late = [...this.decisions.findings(), ...planNotes(campaign)].filter(kept);
    const findings = inInputOrder(
      [...read.findings, ...quota.findings, ...this.duplicateFindings].filter(kept).concat(late),
      read.files,
      this.sheets,
    );
    return {
      campaign,
      files: read.files,
      paths: read.paths,
      // with the per-file quota every judgement was kept; the report shows the selected ones
      judgements: this.options.keep ? judgements.filter((j) => shownUnit(j.nominee.unit)) : [],
      quota: quota.quota.filter((q) => shownUnit(q.unit)),
      composition: this.composition.result().filter((g) => g.unit === null || shownUnit(g.unit)),
      findings,
      summary: withStreamed(summaryOf(this.verdicts, findings, this.repeats), this.streamed),
      ...(this.streamed === undefined
        ? {}
        : {
            streamedFindings: { ...this.streamed },
            findingBefore: handedOutOrder(read.files, this.sheets, new Set(late)),
          }),
      ...(selection === undefined
        ? {}
        : { units: campaign.units.map((u) => u.id).filter((id) => selection.units.has(id)) }),
    };
  }
}

/** The tally with the findings that went out with their judgements added. */
function withStreamed(summary: Summary, streamed: Record<Finding['severity'], number> | undefined): Summary {
  if (streamed === undefined) return summary;
  return {
    ...summary,
    errors: summary.errors + streamed.error,
    warnings: summary.warnings + streamed.warning,
    infos: summary.infos + streamed.info,
  };
}

/** The order sheets were met in, file by file: findings are sorted by it. */
class SheetOrder {
  private readonly rank = new Map<string, number>();
  private lastFile: string | undefined;
  private lastSheet: string | undefined;

  see(item: { file?: string; sheet?: string }): void {
    // consecutive nominees share their sheet: one comparison instead of a key per nominee
    if (item.file === this.lastFile && item.sheet === this.lastSheet) return;
    this.lastFile = item.file;
    this.lastSheet = item.sheet;
    if (item.file === undefined || item.sheet === undefined) return;
    const key = `${item.file}\u0000${item.sheet}`;
    if (!this.rank.has(key)) this.rank.set(key, this.rank.size);
  }

  get(file: string | undefined, sheet: string): number | undefined {
    return this.rank.get(`${file}\u0000${sheet}`);
  }
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

/**
 * Stable sort by file, sheet (as the reader met them: nominees first, then sheets only findings
 * name) and row; file-less findings last.
 */
function inInputOrder(findings: Finding[], files: readonly string[], sheets: SheetOrder): Finding[] {
  for (const f of findings) sheets.see(f);
  const key = inputOrder(files, sheets);
  return findings
    .map((f, i) => ({ f, i, k: key(f) }))
    .sort((a, b) => compareKeys(a.k, b.k) || a.i - b.i)
    .map(({ f }) => f);
}

type OrderKey = [number, number, number];

function inputOrder(files: readonly string[], sheets: SheetOrder): (f: Finding) => OrderKey {
  const fileRank = new Map(files.map((f, i) => [f, i]));
  return (f) => [
    f.file === undefined ? Number.POSITIVE_INFINITY : (fileRank.get(f.file) ?? files.length),
    // a CSV's one sheet has no name: its nominees say '' and its findings say nothing
    sheets.get(f.file, f.sheet ?? '') ?? -1,
    f.row ?? -1,
  ];
}

function compareKeys(a: OrderKey, b: OrderKey): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** `CheckResult.findingBefore`: `inInputOrder` as if the handed-out finding had been among the kept ones. */
function handedOutOrder(
  files: readonly string[],
  sheets: SheetOrder,
  late: ReadonlySet<Finding>,
): (f: Finding, handedOut: Finding) => boolean {
  const key = inputOrder(files, sheets);
  return (f, handedOut) => {
    const order = compareKeys(key(f), key(handedOut));
    return order < 0 || (order === 0 && !late.has(f));
  };
}

/**
 * The plan's own inconsistencies (`plan check`), shown with every check so nobody counts on a
 * total the plan gets wrong, but as information: a submitting unit cannot fix the plan, so they
 * must not fail its check. `eligibility plan check` reports them as errors.
 */
function planNotes(campaign: Campaign): Finding[] {
  // placed nowhere in the submitted files: the message names the plan section instead
  return checkPlan(campaign).map((f) => finding(f.code as FindingCode, f.args));
}

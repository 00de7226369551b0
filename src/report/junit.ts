import type { Campaign } from '../campaign/schema.js';
import type { CheckFiles, CheckResult } from '../check.js';
import { overQuota, type QuotaEntry } from '../checks/quota.js';
import type { Judgement } from '../engine/types.js';
import { DEFAULT_FAIL_ON, type FailOn, findingCondition } from '../fail-on.js';
import { renderFinding } from '../findings/catalogue.js';
import { type Finding, formatPosition, type Lang } from '../findings/finding.js';
import {
  ciWords,
  findingTitle,
  nomineeLabel,
  nomineePlace,
  openRuleLines,
  type PathOf,
  pathOf,
  quotaLabel,
  verdictLabel,
} from './ci-words.js';
import { repeatWords } from './nominee-marks.js';
import { xmlSafe } from './sanitize.js';
import { Spool } from './spool.js';
import { chunked, findingsInPlace, type ReportWriter, type Sink } from './stream.js';
import { unitName } from './table.js';

export interface JunitOptions {
  lang: Lang;
  /** What fails the run; a case that falls short on anything else is reported as skipped. */
  failOn?: readonly FailOn[];
  /** Told once per nominee's case (cli/progress.ts). */
  onNominee?: () => void;
}

/** A test case's outcome: passed, failed (with its reason) or skipped (shown, not failing). */
interface Case {
  name: string;
  classname: string;
  file?: string;
  line?: number;
  outcome?: { kind: 'failure' | 'skipped'; type: string; message: string; body: string };
}

/** What every case is made with: the language, what fails the run, and each file's path as given. */
interface Making {
  lang: Lang;
  failOn: ReadonlySet<FailOn>;
  pathFor: PathOf;
}

function making(options: JunitOptions, files: CheckFiles): Making {
  return { lang: options.lang, failOn: new Set(options.failOn ?? DEFAULT_FAIL_ON), pathFor: pathOf(files) };
}

/**
 * JUnit XML as GitLab, Jenkins and the GitHub test-report actions read it: a test suite per file
 * with a test case per nominee (sheet, row and name) and per error or warning found in the file,
 * then a suite for the quota of each unit and category. A case fails on exactly what fails the
 * run (`--fail-on`); what falls short on anything else is a skipped case, visible but not red.
 * No time stamps or host names, so one input gives one output.
 */
export function renderJunit(result: CheckResult, options: JunitOptions): string {
  const make = making(options, result);
  const suites = fileSuites(result.files);
  const cases = result.files.map((): string[] => []);
  for (const j of result.judgements) {
    options.onNominee?.();
    const suite = suites.of.get(j.nominee.file);
    if (suite === undefined) continue;
    const c = nomineeCase(j, result.campaign, make);
    count(suites.tallies[suite] as Tally, c);
    cases[suite]?.push(caseXml(c));
  }
  let out = '';
  for (const piece of layout(result, make, suites.tallies)) {
    if (typeof piece === 'string') {
      out += `${piece}\n`;
      continue;
    }
    for (const xml of cases[piece.suite] ?? []) out += `${xml}\n`;
    for (const f of piece.findings) out += `${findingXml(f, make)}\n`;
  }
  return out;
}

/**
 * The JUnit report written as the check goes, with the bytes `renderJunit` gives. Its header
 * counts every case before the first, so each nominee's case is made as it is judged and put
 * aside on disk (spool.ts) with its file's counts kept, and so is its own finding (D-DUP), which
 * the check then need not keep; `finish` writes the header and each file's suite, its nominees'
 * cases read back in turn, then its findings' with the D-DUPs back in their places, then the
 * quota's.
 */
export function junitWriter(campaign: Campaign, options: JunitOptions, write: Sink): ReportWriter {
  const out = chunked(write);
  const cases = new Spool<string>();
  const duplicates = new Spool<Finding>();
  let files: { make: Making; suites: FileSuites; duplicates: Tally[] } | undefined;
  /** The suite of the last nominee: a check hands its files' nominees out one file after another. */
  let last = 0;
  const remove = () => {
    cases.remove();
    duplicates.remove();
  };
  return {
    findingsWithNominees: true,
    begin(named) {
      const { tallies } = fileSuites(named.files);
      files = { make: making(options, named), suites: fileSuites(named.files), duplicates: tallies };
    },
    nominee(j) {
      if (files === undefined) throw new Error('junitWriter: begin() comes before the first nominee');
      const suite = files.suites.of.get(j.nominee.file);
      if (suite === undefined) return;
      // read back in the order written, a suite's cases must come together
      if (suite < last) throw new Error(`junitWriter: ${j.nominee.file} came back after a later file`);
      last = suite;
      const c = nomineeCase(j, campaign, files.make);
      count(files.suites.tallies[suite] as Tally, c);
      cases.add(caseXml(c));
      const condition = j.duplicate === undefined ? null : caseCondition(j.duplicate);
      if (j.duplicate === undefined || condition === null) return;
      countFinding(files.duplicates[suite] as Tally, condition, files.make);
      duplicates.add(j.duplicate);
    },
    async finish(result) {
      try {
        const make = making(options, result);
        const nominees = files?.suites.tallies ?? fileSuites(result.files).tallies;
        // the check kept every finding unless it handed the D-DUPs out (`findingBefore`)
        const before = result.findingBefore;
        const handedOut = before === undefined ? [] : (files?.duplicates ?? []);
        const counted = nominees.map((t, i) => sum(t, handedOut[i]));
        const written = cases.read();
        const found = duplicates.read();
        for (const piece of layout(result, make, counted)) {
          if (typeof piece === 'string') {
            out.add(`${piece}\n`);
            continue;
          }
          for (let k = 0; k < (nominees[piece.suite]?.tests ?? 0); k++) {
            const next = await written.next();
            if (next.done) throw new Error('junitWriter: fewer cases read back than were written');
            options.onNominee?.();
            out.add(`${next.value}\n`);
          }
          const own = handedOut[piece.suite]?.tests ?? 0;
          const findings =
            before === undefined || own === 0
              ? piece.findings
              : findingsInPlace(piece.findings, taken(found, own), before);
          for await (const f of findings) out.add(`${findingXml(f, make)}\n`);
        }
        out.flush();
        // the readers closed before their files go
        await written.return(undefined);
        await found.return(undefined);
      } finally {
        remove();
      }
    },
    abort: remove,
  };
}

/** The next `n` of `from`, leaving the rest for later. */
async function* taken<T>(from: AsyncIterator<T>, n: number): AsyncGenerator<T> {
  for (let k = 0; k < n; k++) {
    const next = await from.next();
    if (next.done) throw new Error('junitWriter: fewer findings read back than were put aside');
    yield next.value;
  }
}

/** A suite per file, found by the file's name (the last of two alike, as a `Map` keeps it), each with its nominees' counts. */
interface FileSuites {
  of: Map<string, number>;
  tallies: Tally[];
}

function fileSuites(files: readonly string[]): FileSuites {
  return {
    of: new Map(files.map((f, i) => [f, i])),
    tallies: files.map(() => ({ tests: 0, failures: 0, skipped: 0 })),
  };
}

/**
 * Where a file's cases go in the report, after its suite's head: its nominees' (the render has
 * them in memory, the writer on disk), then those of `findings`, the file's findings the check
 * kept (the writer puts the D-DUPs it handed out back among them).
 */
interface SuiteCases {
  suite: number;
  findings: Finding[];
}

/**
 * The report's lines, each without its line break, with a place for each file's cases. The
 * cases of a file already `counted` (its nominees', the D-DUPs handed out) add to the counts of
 * its findings', which every suite's head, and the report's first, gives.
 */
function* layout(
  result: CheckResult,
  make: Making,
  counted: readonly Tally[],
): Generator<string | SuiteCases> {
  const w = ciWords(make.lang);
  const suites = result.files.map((file, i) => ({
    name: file,
    file: make.pathFor(file),
    findings: [] as Finding[],
    tally: { ...(counted[i] as Tally) },
  }));
  const suiteOf = new Map(suites.map((s) => [s.name, s]));
  // the quota suite also takes the findings of no file's suite, first
  const quotaCases: Case[] = [];
  for (const f of result.findings) {
    const condition = caseCondition(f);
    if (condition === null) continue;
    const suite = f.file === undefined ? undefined : suiteOf.get(f.file);
    if (suite === undefined) {
      quotaCases.push(findingCase(f, condition, make));
      continue;
    }
    // a file's finding cases are made as they are written; only their counts are needed first
    suite.findings.push(f);
    countFinding(suite.tally, condition, make);
  }
  for (const q of result.quota) {
    if (q.allocated === 0 && q.nominated === 0) continue;
    quotaCases.push(quotaCase(q, result, make));
  }
  const quotaTally = { tests: 0, failures: 0, skipped: 0 };
  for (const c of quotaCases) count(quotaTally, c);
  let total = quotaTally;
  for (const s of suites) total = sum(total, s.tally);

  yield '<?xml version="1.0" encoding="UTF-8"?>';
  yield `<testsuites name="${attr(`eligibility ${result.campaign.id}`)}" ${counts(total)}>`;
  for (const [i, suite] of suites.entries()) {
    yield suiteHead(suite.name, suite.file, suite.tally);
    yield { suite: i, findings: suite.findings };
    yield '  </testsuite>';
  }
  if (quotaCases.length > 0) {
    yield suiteHead(`${result.campaign.id} · ${w.quota}`, undefined, quotaTally);
    for (const c of quotaCases) yield caseXml(c);
    yield '  </testsuite>';
  }
  yield '</testsuites>';
}

/** What a finding's case fails on; none for a quota finding (the quota cases are those) or information (no test outcome). */
function caseCondition(f: Finding): Exclude<FailOn, 'quota'> | null {
  const condition = findingCondition(f);
  return condition === 'quota' ? null : condition;
}

function findingXml(f: Finding, make: Making): string {
  return caseXml(findingCase(f, caseCondition(f) as FailOn, make));
}

function suiteHead(name: string, file: string | undefined, tally: Tally): string {
  const fileAttr = file === undefined ? '' : ` file="${attr(file)}"`;
  return `  <testsuite name="${attr(name)}"${fileAttr} ${counts(tally)}>`;
}

function nomineeCase(j: Judgement, campaign: Campaign, { failOn, lang, pathFor }: Making): Case {
  const n = j.nominee;
  const c: Case = {
    name: nomineeLabel(n, lang),
    classname: n.sheet ? `${n.file} › ${n.sheet}` : n.file,
    file: pathFor(n.file),
    line: n.row,
  };
  if (j.verdict === 'eligible') return c;
  const lines = openRuleLines(j, { campaign }, lang);
  const repeat = repeatWords(j, lang);
  const ids = j.rules.filter((r) => r.result !== 'pass').map((r) => r.id);
  c.outcome = {
    kind: failOn.has(j.verdict) ? 'failure' : 'skipped',
    type: j.verdict,
    message: `${verdictLabel(j.verdict, lang)}: ${ids.join(', ')}`,
    body: [nomineePlace(n), ...(repeat === undefined ? [] : [repeat]), ...lines].join('\n'),
  };
  return c;
}

function findingCase(f: Finding, condition: FailOn, { failOn, lang, pathFor }: Making): Case {
  const where = formatPosition(f);
  const c: Case = {
    name: [findingTitle(f, lang), where].filter(Boolean).join(' · '),
    classname: f.file ? (f.sheet ? `${f.file} › ${f.sheet}` : f.file) : ciWords(lang).fileFindings,
  };
  const file = pathFor(f.file);
  if (file !== undefined) c.file = file;
  if (f.row !== undefined) c.line = f.row;
  const message = renderFinding(f, lang);
  c.outcome = {
    kind: failOn.has(condition) ? 'failure' : 'skipped',
    type: f.code,
    message: `${f.code}: ${message}`,
    body: [where, message].filter(Boolean).join('\n'),
  };
  return c;
}

function quotaCase(q: QuotaEntry, result: CheckResult, { failOn, lang }: Making): Case {
  const c: Case = { name: quotaLabel(q, result, lang), classname: ciWords(lang).quota };
  if (q.status !== 'over') return c;
  const unit = unitName(result.campaign, q.unit);
  const over = overQuota(unit, q, result.campaign.kinds);
  const message = renderFinding(over, lang);
  c.outcome = {
    kind: failOn.has('quota') ? 'failure' : 'skipped',
    type: 'Q-OVER',
    message: `Q-OVER: ${message}`,
    body: message,
  };
  return c;
}

interface Tally {
  tests: number;
  failures: number;
  skipped: number;
}

/** Both counts together. */
function sum(a: Tally, b: Tally | undefined): Tally {
  if (b === undefined) return { ...a };
  return { tests: a.tests + b.tests, failures: a.failures + b.failures, skipped: a.skipped + b.skipped };
}

/** One more finding's case in `t`: failed when the run fails on its condition, else skipped. */
function countFinding(t: Tally, condition: FailOn, make: Making): void {
  t.tests++;
  t[make.failOn.has(condition) ? 'failures' : 'skipped']++;
}

/** One more case in `t`, by its outcome. */
function count(t: Tally, c: Case): void {
  t.tests++;
  if (c.outcome?.kind === 'failure') t.failures++;
  if (c.outcome?.kind === 'skipped') t.skipped++;
}

function counts(t: Tally): string {
  return `tests="${t.tests}" failures="${t.failures}" errors="0" skipped="${t.skipped}" time="0"`;
}

/** A case's lines, joined by line breaks. */
function caseXml(c: Case): string {
  const attrs = [
    `name="${attr(c.name)}"`,
    `classname="${attr(c.classname)}"`,
    ...(c.file === undefined ? [] : [`file="${attr(c.file)}"`]),
    ...(c.line === undefined ? [] : [`line="${c.line}"`]),
    'time="0"',
  ].join(' ');
  if (!c.outcome) return `    <testcase ${attrs}/>`;
  const { kind, type, message, body } = c.outcome;
  const element =
    kind === 'failure'
      ? `<failure message="${attr(message)}" type="${attr(type)}">${text(body)}</failure>`
      : `<skipped message="${attr(message)}">${text(body)}</skipped>`;
  return `    <testcase ${attrs}>\n      ${element}\n    </testcase>`;
}

/** Text content: characters XML cannot carry at all become U+FFFD (`xmlSafe`), so the report stays well-formed. */
export function text(value: string): string {
  return xmlSafe(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value in double quotes; line breaks and tabs as references, or parsers fold them to spaces. */
export function attr(value: string): string {
  return text(value)
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

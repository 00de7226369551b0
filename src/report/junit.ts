import { append } from '../append.js';
import type { CheckResult } from '../check.js';
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
  pathOf,
  quotaLabel,
  verdictLabel,
} from './ci-words.js';
import { repeatWords } from './nominee-marks.js';
import { xmlSafe } from './sanitize.js';
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

interface Suite {
  name: string;
  file?: string;
  cases: Case[];
}

/**
 * JUnit XML as GitLab, Jenkins and the GitHub test-report actions read it: a test suite per file
 * with a test case per nominee (sheet, row and name) and per error or warning found in the file,
 * then a suite for the quota of each unit and category. A case fails on exactly what fails the
 * run (`--fail-on`); what falls short on anything else is a skipped case, visible but not red.
 * No time stamps or host names, so one input gives one output.
 */
export function renderJunit(result: CheckResult, options: JunitOptions): string {
  const { lang } = options;
  const failOn = new Set(options.failOn ?? DEFAULT_FAIL_ON);
  const w = ciWords(lang);
  const pathFor = pathOf(result);

  const suites: Suite[] = result.files.map((file) => ({ name: file, file: pathFor(file), cases: [] }));
  const suiteOf = new Map(suites.map((s) => [s.name, s]));
  const quotaSuite: Suite = { name: `${result.campaign.id} · ${w.quota}`, cases: [] };

  for (const j of result.judgements) {
    options.onNominee?.();
    suiteOf.get(j.nominee.file)?.cases.push(nomineeCase(j, result, failOn, lang, pathFor));
  }
  for (const f of result.findings) {
    const condition = findingCondition(f);
    // quota findings are the quota cases; information is not a test outcome
    if (condition === null || condition === 'quota') continue;
    const suite = (f.file !== undefined && suiteOf.get(f.file)) || quotaSuite;
    suite.cases.push(findingCase(f, condition, failOn, lang, pathFor));
  }
  for (const q of result.quota) {
    if (q.allocated === 0 && q.nominated === 0) continue;
    quotaSuite.cases.push(quotaCase(q, result, failOn, lang));
  }
  if (quotaSuite.cases.length > 0) suites.push(quotaSuite);

  const total = tally(suites.flatMap((s) => s.cases));
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(`eligibility ${result.campaign.id}`)}" ${counts(total)}>`,
  ];
  for (const suite of suites) {
    const fileAttr = suite.file === undefined ? '' : ` file="${attr(suite.file)}"`;
    out.push(`  <testsuite name="${attr(suite.name)}"${fileAttr} ${counts(tally(suite.cases))}>`);
    for (const c of suite.cases) append(out, caseXml(c));
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}

function nomineeCase(
  j: Judgement,
  result: CheckResult,
  failOn: ReadonlySet<FailOn>,
  lang: Lang,
  pathFor: (file: string | undefined) => string | undefined,
): Case {
  const n = j.nominee;
  const c: Case = {
    name: nomineeLabel(n, lang),
    classname: n.sheet ? `${n.file} › ${n.sheet}` : n.file,
    file: pathFor(n.file),
    line: n.row,
  };
  if (j.verdict === 'eligible') return c;
  const lines = openRuleLines(j, result, lang);
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

function findingCase(
  f: Finding,
  condition: FailOn,
  failOn: ReadonlySet<FailOn>,
  lang: Lang,
  pathFor: (file: string | undefined) => string | undefined,
): Case {
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

function quotaCase(q: QuotaEntry, result: CheckResult, failOn: ReadonlySet<FailOn>, lang: Lang): Case {
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

function tally(cases: readonly Case[]): Tally {
  return {
    tests: cases.length,
    failures: cases.filter((c) => c.outcome?.kind === 'failure').length,
    skipped: cases.filter((c) => c.outcome?.kind === 'skipped').length,
  };
}

function counts(t: Tally): string {
  return `tests="${t.tests}" failures="${t.failures}" errors="0" skipped="${t.skipped}" time="0"`;
}

function caseXml(c: Case): string[] {
  const attrs = [
    `name="${attr(c.name)}"`,
    `classname="${attr(c.classname)}"`,
    ...(c.file === undefined ? [] : [`file="${attr(c.file)}"`]),
    ...(c.line === undefined ? [] : [`line="${c.line}"`]),
    'time="0"',
  ].join(' ');
  if (!c.outcome) return [`    <testcase ${attrs}/>`];
  const { kind, type, message, body } = c.outcome;
  const element =
    kind === 'failure'
      ? `<failure message="${attr(message)}" type="${attr(type)}">${text(body)}</failure>`
      : `<skipped message="${attr(message)}">${text(body)}</skipped>`;
  return [`    <testcase ${attrs}>`, `      ${element}`, '    </testcase>'];
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

import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { append } from '../append.js';
import { runCheck } from '../check.js';
import type { Tri, Verdict } from '../engine/kleene.js';
import type { Judgement, RuleResult } from '../engine/types.js';
import { finding, inLangs } from '../findings/catalogue.js';
import { type Finding, InputError } from '../findings/finding.js';
import { foldKey } from '../model/fold.js';
import { type CellValue, cellText, columnLetter, type SheetSource } from '../read/cells.js';
import { csvSheet } from '../read/csv.js';
import { withDefaults } from '../read/limits.js';
import { sniffFile } from '../read/sniff.js';
import { xlsxSheets } from '../read/xlsx.js';
import { nearestName } from './nearest.js';
import type { Campaign } from './schema.js';

/**
 * A campaign's tests, kept as data beside its criteria (as OpenFisca keeps YAML tests and ESLint
 * lists valid and invalid cases). A cases file is a list in the campaign's own form, as units fill
 * it in, with columns added on the right: `Kết quả mong đợi` (the verdict the row should get),
 * one column per criterion id holding the result that criterion should give (`đạt`, `không đạt`,
 * `chưa rõ`, or `không áp dụng` for a criterion that must not apply to the row), and an optional
 * `Trường hợp` naming the case. A blank expectation is not checked. The rows are read and judged
 * exactly as `check` reads and judges a submission.
 */

/** What a rule may be expected to give: a result, or not to apply to the nominee at all. */
export type RuleExpectation = Tri | 'not-applicable';

/** One row's expectations and where they are written. */
export interface Case {
  file: string;
  sheet: string;
  row: number;
  /** The `Trường hợp` cell, when the file has that column and the cell is filled. */
  label?: string;
  verdict?: { expected: Verdict; cell: string };
  rules: { id: string; expected: RuleExpectation; cell: string }[];
}

/** An expectation the engine did not meet. `rule` absent: the verdict. */
export interface Mismatch {
  file: string;
  sheet: string;
  row: number;
  cell: string;
  /** The case's label, else the nominee's name, else nothing (the row gave no nominee). */
  name?: string;
  rule?: string;
  expected: Verdict | RuleExpectation;
  /** `not-read`: the reader gave no nominee for the row; `findings` say why. */
  found: Verdict | RuleExpectation | 'not-read';
  /** What the rule found, for the reason in words. */
  judged?: RuleResult;
  /** The reader's findings about the row. */
  findings?: Finding[];
}

export interface CasesResult {
  files: string[];
  cases: Case[];
  mismatches: Mismatch[];
  /** Per criterion id, how many cases expect each result of it (the gaps are what is left to write). */
  coverage: Record<string, Record<Tri, number>>;
  /** What the reader said about the cases files, for a mismatch the row's findings explain. */
  findings: Finding[];
}

const CASES_NAME = 'cases';
const CASE_EXTENSIONS = new Set(['.csv', '.xlsx']);

/** A campaign's cases files: `cases.csv` / `cases.xlsx` and every such file in `cases/`, by name. */
export function caseFiles(dir: string): string[] {
  const own = readdirSync(dir)
    .filter((name) => path.parse(name).name === CASES_NAME && CASE_EXTENSIONS.has(path.extname(name)))
    .map((name) => path.join(dir, name));
  const folder = path.join(dir, CASES_NAME);
  const inFolder =
    existsSync(folder) && statSync(folder).isDirectory()
      ? readdirSync(folder)
          .filter((name) => CASE_EXTENSIONS.has(path.extname(name)) && !name.startsWith('~$'))
          .map((name) => path.join(folder, name))
      : [];
  return [...own.sort(), ...inFolder.sort()];
}

/** Run every case of a campaign; throws `InputError` when it has none or a cases file is malformed. */
export async function runCases(
  campaign: Campaign,
  files: readonly string[] = caseFiles(campaign.dir),
): Promise<CasesResult> {
  if (files.length === 0) throw new InputError(finding('E-CASES-NONE', { dir: campaign.dir }));
  const cases: Case[] = [];
  for (const file of files) append(cases, await readCases(file, campaign));
  const result = await runCheck(files, { campaign });
  const judged = new Map<string, Judgement>();
  for (const j of result.judgements) judged.set(rowKey(j.nominee.file, j.nominee.sheet, j.nominee.row), j);
  // runCheck names files as reports do; the cases name them as given
  const shown = new Map(files.map((file, i) => [file, result.files[i] ?? file]));

  const mismatches: Mismatch[] = [];
  for (const c of cases) {
    const judgement = judged.get(rowKey(shown.get(c.file) ?? c.file, c.sheet, c.row));
    const at = { file: c.file, sheet: c.sheet, row: c.row };
    const name = c.label ?? judgement?.nominee.name;
    const named = name === undefined ? {} : { name };
    if (judgement === undefined) {
      const cell = c.verdict?.cell ?? c.rules[0]?.cell ?? '';
      const expected = c.verdict?.expected ?? c.rules[0]?.expected ?? 'eligible';
      const shownFile = shown.get(c.file) ?? c.file;
      const said = result.findings.filter(
        (f) => f.file === shownFile && f.row === c.row && (f.sheet ?? '') === c.sheet,
      );
      mismatches.push({ ...at, ...named, cell, expected, found: 'not-read', findings: said });
      continue;
    }
    if (c.verdict && c.verdict.expected !== judgement.verdict) {
      mismatches.push({
        ...at,
        ...named,
        cell: c.verdict.cell,
        expected: c.verdict.expected,
        found: judgement.verdict,
      });
    }
    for (const rule of c.rules) {
      const judged = judgement.rules.find((r) => r.id === rule.id);
      const found = judged?.result ?? 'not-applicable';
      if (found !== rule.expected) {
        const evidence = judged ? { judged } : {};
        mismatches.push({
          ...at,
          ...named,
          cell: rule.cell,
          rule: rule.id,
          expected: rule.expected,
          found,
          ...evidence,
        });
      }
    }
  }
  return {
    files: [...files],
    cases,
    mismatches,
    coverage: coverageOf(campaign, cases),
    findings: result.findings,
  };
}

function rowKey(file: string, sheet: string, row: number): string {
  return `${file}\u0000${sheet}\u0000${row}`;
}

function coverageOf(campaign: Campaign, cases: readonly Case[]): CasesResult['coverage'] {
  const coverage: CasesResult['coverage'] = {};
  for (const c of campaign.criteria) coverage[c.id] = { pass: 0, fail: 0, unknown: 0 };
  for (const c of cases) {
    for (const rule of c.rules) {
      const counts = coverage[rule.id];
      if (counts && rule.expected !== 'not-applicable') counts[rule.expected]++;
    }
  }
  return coverage;
}

/** Per criterion, the results no case expects of it. */
export function coverageGaps(coverage: CasesResult['coverage']): { id: string; missing: Tri[] }[] {
  return Object.entries(coverage).flatMap(([id, counts]) => {
    const missing = (['pass', 'fail', 'unknown'] as const).filter((tri) => counts[tri] === 0);
    return missing.length > 0 ? [{ id, missing }] : [];
  });
}

/** Headers of the added columns, folded; Vietnamese first, as the form is. */
const VERDICT_HEADERS = new Set(
  ['Kết quả mong đợi', 'Kết luận mong đợi', 'Expected verdict', 'Expected'].map(foldKey),
);
const LABEL_HEADERS = new Set(['Trường hợp', 'Case'].map(foldKey));

const VERDICT_WORDS = new Map<string, Verdict>([
  ...['Đạt', 'Đủ điều kiện', 'Eligible'].map((w) => [foldKey(w), 'eligible'] as const),
  ...['Không đạt', 'Không đủ điều kiện', 'Ineligible'].map((w) => [foldKey(w), 'ineligible'] as const),
  ...['Cần xem xét', 'Xem xét', 'Review', 'To review'].map((w) => [foldKey(w), 'review'] as const),
]);

const RESULT_WORDS = new Map<string, RuleExpectation>([
  ...['Đạt', 'Pass'].map((w) => [foldKey(w), 'pass'] as const),
  ...['Không đạt', 'Fail'].map((w) => [foldKey(w), 'fail'] as const),
  ...['Chưa rõ', 'Unknown'].map((w) => [foldKey(w), 'unknown'] as const),
  ...['Không áp dụng', 'Not applicable', 'N/A'].map((w) => [foldKey(w), 'not-applicable'] as const),
]);
/** A dash alone says "does not apply" too; it folds to nothing, so it is told apart before folding. */
const DASHES = new Set(['-', '–', '—']);

/** The words a cell of each kind of column may hold, for the message about one that holds something else. */
const ALLOWED = {
  verdict: { vi: 'Đạt, Không đạt, Cần xem xét', en: 'Eligible, Ineligible, To review' },
  rule: { vi: 'đạt, không đạt, chưa rõ, không áp dụng', en: 'pass, fail, unknown, not applicable' },
};

interface Columns {
  verdict?: number;
  label?: number;
  rules: { index: number; id: string }[];
}

/** The expectations written in one cases file, sheet by sheet. */
async function readCases(file: string, campaign: Campaign): Promise<Case[]> {
  const ids = campaign.criteria.map((c) => c.id);
  const byFolded = new Map(ids.map((id) => [foldKey(id), id]));
  const cases: Case[] = [];
  let found = false;
  for (const source of await rawSheets(file)) {
    let columns: Columns | undefined;
    for await (const row of source.rows) {
      if (columns === undefined) {
        columns = headerColumns(row.cells, byFolded, ids, { file, sheet: source.name, row: row.number });
        if (columns) found = true;
        continue;
      }
      const c = caseOf(row.cells, columns, { file, sheet: source.name, row: row.number });
      if (c) cases.push(c);
    }
  }
  if (!found) throw new InputError(finding('E-CASES-COLUMNS', {}, { file }));
  return cases;
}

/** The sheets of a cases file as raw rows, read by the tool's own readers (CSV or xlsx). */
async function rawSheets(file: string): Promise<SheetSource[]> {
  const sniffed = await sniffFile(file);
  const limits = withDefaults(undefined);
  if (sniffed.type === 'csv')
    return [csvSheet(file, sniffed.sample, sniffed.encoding ?? { encoding: 'utf-8' }, limits).source];
  return xlsxSheets(await readFile(file), file, limits);
}

type Where = { file: string; sheet: string; row: number };

/**
 * The added columns of a header row, or nothing when the row has none (it is a title line above
 * the header). A header that looks like a criterion id but names none is an error with the
 * nearest id: a misspelt column would otherwise test nothing, silently.
 */
function headerColumns(
  cells: readonly CellValue[],
  byFolded: ReadonlyMap<string, string>,
  ids: readonly string[],
  where: Where,
): Columns | undefined {
  const columns: Columns = { rules: [] };
  cells.forEach((value, index) => {
    const text = cellText(value);
    const key = foldKey(text);
    if (key === '') return;
    if (VERDICT_HEADERS.has(key)) columns.verdict = index;
    else if (LABEL_HEADERS.has(key)) columns.label = index;
    else {
      const id = byFolded.get(key);
      if (id) columns.rules.push({ index, id });
    }
  });
  if (columns.verdict === undefined && columns.rules.length === 0) return undefined;
  // now that this is the header row, anything shaped like a criterion id must be one
  cells.forEach((value, index) => {
    const text = cellText(value);
    if (!/^[A-Z]+(?:-[A-Z0-9]+)+$/.test(text) || byFolded.has(foldKey(text))) return;
    const near = nearestName(text, ids);
    throw new InputError(
      finding(
        'E-CASES-RULE',
        {
          id: text,
          ...inLangs('hint', {
            vi: near ? ` Có phải ${near}?` : '',
            en: near ? ` Did you mean ${near}?` : '',
          }),
        },
        { ...cellAt(where, index) },
      ),
    );
  });
  return columns;
}

function caseOf(cells: readonly CellValue[], columns: Columns, where: Where): Case | undefined {
  const read = <T>(
    index: number,
    words: ReadonlyMap<string, T>,
    allowed: { vi: string; en: string },
  ): T | undefined => {
    const text = cellText(cells[index] ?? null);
    if (text === '') return undefined;
    const word = DASHES.has(text) ? words.get(foldKey('Không áp dụng')) : words.get(foldKey(text));
    if (word === undefined) {
      throw new InputError(
        finding('E-CASES-VALUE', { value: text, ...inLangs('allowed', allowed) }, cellAt(where, index)),
      );
    }
    return word;
  };
  const c: Case = { ...where, rules: [] };
  if (columns.verdict !== undefined) {
    const expected = read(columns.verdict, VERDICT_WORDS, ALLOWED.verdict);
    if (expected) c.verdict = { expected, cell: cellAt(where, columns.verdict).cell };
  }
  for (const { index, id } of columns.rules) {
    const expected = read(index, RESULT_WORDS, ALLOWED.rule);
    if (expected) c.rules.push({ id, expected, cell: cellAt(where, index).cell });
  }
  if (c.verdict === undefined && c.rules.length === 0) return undefined;
  const label = columns.label === undefined ? '' : cellText(cells[columns.label] ?? null);
  if (label !== '') c.label = label;
  return c;
}

function cellAt(where: Where, index: number): { file: string; sheet?: string; row: number; cell: string } {
  return {
    file: where.file,
    ...(where.sheet ? { sheet: where.sheet } : {}),
    row: where.row,
    cell: `${columnLetter(index)}${where.row}`,
  };
}

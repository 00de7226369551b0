import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { finding, inLangs } from '../findings/catalogue.js';
import { errnoWords } from '../findings/errno.js';
import { type Finding, InputError } from '../findings/finding.js';
import { type DeclaredColumn, declaredColumnSchema } from '../model/column.js';
import { DEFAULT_KINDS } from '../model/kinds.js';
import {
  type AllocationTable,
  readAllocationTable,
  readAllocationTableSync,
  seatColumns,
  tablePosition,
} from './allocations.js';
import { checkAwards } from './awards.js';
import { FORMAT_1_COLUMNS } from './form.js';
import { issueFinding } from './issues.js';
import { nearestName } from './nearest.js';
import { PRIORITIES_FILE, type Priorities, prioritiesFileSchema } from './priorities.js';
import { checkPriorities, checkReferences } from './references.js';
import {
  type Campaign,
  type CampaignFile,
  type Criterion,
  campaignFileSchema,
  criteriaFileSchema,
  vocabularyFileSchema,
} from './schema.js';

/** `rules/` beside `src/` and `dist/`: where the campaigns shipped with the tool live. */

/** The form's columns a format-1 folder has, read as its declaration would be. */
const FORMAT_1_FORM = z.array(declaredColumnSchema).parse(FORMAT_1_COLUMNS) as DeclaredColumn[];

export const RULES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules');
export const DEFAULT_CAMPAIGN = 'lai-chau-2020';

export function defaultCampaignDir(): string {
  return path.join(RULES_DIR, DEFAULT_CAMPAIGN);
}

/**
 * The ids of the campaigns shipped in `rules/`, the default first, then by name. A folder whose
 * name starts with `_` is not a campaign of its own (`_blank`, what `campaign init --blank` copies).
 */
export function bundledCampaignIds(): string[] {
  const ids = readdirSync(RULES_DIR, { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() &&
        !entry.name.startsWith('_') &&
        existsSync(path.join(RULES_DIR, entry.name, 'campaign.json')),
    )
    .map((entry) => entry.name)
    .sort();
  return [DEFAULT_CAMPAIGN, ...ids.filter((id) => id !== DEFAULT_CAMPAIGN)];
}

/**
 * The folder `--campaign` names: a folder when one of that name exists (a copy made with
 * `campaign init` and kept under the same name is what its author means), else a shipped
 * campaign's id (`tan-uyen-2021`); neither is an error naming the shipped ids and the nearest one.
 */
export function campaignDir(given: string | undefined): string {
  if (given === undefined) return defaultCampaignDir();
  if (existsSync(given) && statSync(given).isDirectory()) return given;
  const ids = bundledCampaignIds();
  if (ids.includes(given)) return path.join(RULES_DIR, given);
  const near = nearestName(given, ids);
  throw new InputError(
    finding('E-CAMPAIGN-UNKNOWN', {
      given,
      known: ids.join(', '),
      ...inLangs('hint', {
        vi: near ? ` Có phải ${near}?` : '',
        en: near ? ` Did you mean ${near}?` : '',
      }),
    }),
  );
}

/** Problems with a campaign folder, one line each: file, path, what was expected, what was found. */
export class CampaignError extends InputError {
  constructor(readonly problems: Finding[]) {
    super(problems[0] as Finding);
    this.name = 'CampaignError';
  }
}

/**
 * Load and validate every file of a campaign, given as a folder or a shipped campaign's id;
 * throws `CampaignError` listing every problem. Reads a CSV allocation table only: an xlsx one
 * needs `loadCampaignFrom`.
 */
export function loadCampaign(folderOrId?: string): Campaign {
  const dir = campaignDir(folderOrId);
  const files = readCampaignFiles(dir);
  const table = files.meta.allocations
    ? readAllocationTableSync(
        files.allocationsFile,
        files.meta.units,
        files.problems,
        seatColumnsOf(files.meta),
      )
    : { allocations: [] };
  return assemble(dir, files, table);
}

/** `loadCampaign` for allocation tables kept as CSV or xlsx (reading xlsx is async). */
export async function loadCampaignFrom(folderOrId?: string): Promise<Campaign> {
  const dir = campaignDir(folderOrId);
  const files = readCampaignFiles(dir);
  const table = files.meta.allocations
    ? await readAllocationTable(
        files.allocationsFile,
        files.meta.units,
        files.problems,
        seatColumnsOf(files.meta),
      )
    : { allocations: [] };
  return assemble(dir, files, table);
}

/** The table's seat columns, by the kinds and awards campaign.json declares (none: the four categories'). */
function seatColumnsOf(meta: CampaignFile) {
  return seatColumns(meta.kinds ?? DEFAULT_KINDS, meta.awards);
}

interface CampaignFiles {
  meta: CampaignFile;
  vocabulary: z.infer<typeof vocabularyFileSchema>;
  criteria: Criterion[];
  priorities: Priorities | undefined;
  allocationsFile: string;
  problems: Finding[];
}

function readCampaignFiles(dir: string): CampaignFiles {
  const problems: Finding[] = [];
  const meta = readJson(dir, 'campaign.json', campaignFileSchema, problems);
  const vocabulary = readJson(dir, 'vocabulary.json', vocabularyFileSchema, problems);
  const criteriaFile = readJson(dir, 'criteria.json', criteriaFileSchema, problems);
  // optional: a plan that names no priority has no file
  const prioritiesFile = existsSync(path.join(dir, PRIORITIES_FILE))
    ? readJson(dir, PRIORITIES_FILE, prioritiesFileSchema, problems)
    : undefined;
  if (!meta || !vocabulary || !criteriaFile) throw new CampaignError(problems);
  // a campaign without an allocation table says so in campaign.json, which messages then name
  const allocationsFile = path.join(dir, meta.allocations ?? 'campaign.json');
  let priorities: Priorities | undefined;
  if (prioritiesFile) {
    const { $schema: _s, ...rest } = prioritiesFile;
    priorities = rest;
  }
  return { meta, vocabulary, criteria: criteriaFile.criteria, priorities, allocationsFile, problems };
}

function assemble(dir: string, files: CampaignFiles, table: AllocationTable): Campaign {
  const { meta, vocabulary, criteria, priorities, allocationsFile, problems } = files;
  const kinds = meta.kinds ?? DEFAULT_KINDS;
  // format 1 had the form of DOMAIN.md §2 without saying so; format 2 declares every column
  const columns = meta.columns ?? (meta.format === 2 ? [] : FORMAT_1_FORM);
  checkReferences(dir, meta.units, vocabulary, criteria, problems, columns, kinds);
  if (meta.awards) checkAwards(dir, meta.awards, meta.awardColumn, criteria, kinds, columns, problems);
  if (priorities) checkPriorities(dir, vocabulary, priorities.priorities, problems, columns, kinds);
  const printedTotals = meta.printedTotals ?? table.totals;
  if (meta.printedTotals && table.totals) checkTotalsAgree(dir, meta.printedTotals, table.totals, problems);
  if (problems.length > 0) throw new CampaignError(problems);

  const { $schema: _m, allocations: _a, printedTotals: _p, kinds: _k, ...rest } = meta;
  const { $schema: _v, ...vocab } = vocabulary;
  return {
    ...rest,
    ...(printedTotals ? { printedTotals } : {}),
    dir,
    vocabulary: vocab,
    criteria,
    kinds,
    columns,
    checksQuota: meta.allocations !== null,
    allocations: table.allocations,
    allocationsFile,
    ...(priorities ? { priorities } : {}),
  };
}

/** The total row is printed once; campaign.json and the table must not record two different ones. */
function checkTotalsAgree(
  dir: string,
  recorded: NonNullable<CampaignFile['printedTotals']>,
  table: NonNullable<AllocationTable['totals']>,
  problems: Finding[],
): void {
  const row = tablePosition(table)?.row;
  for (const [field, value] of Object.entries(table) as [keyof typeof table, number][]) {
    const own = recorded[field];
    if (own === undefined || own === value) continue;
    problems.push(
      finding(
        'E-CAMPAIGN',
        {
          path: `printedTotals.${field}`,
          expected: `${value}, as the total row${row ? ` (row ${row})` : ''} of the allocation table`,
          ...inLangs('expected', {
            vi: `${value}, như dòng tổng${row ? ` (dòng ${row})` : ''} của bảng phân bổ`,
            en: `${value}, as the total row${row ? ` (row ${row})` : ''} of the allocation table`,
          }),
          found: String(own),
        },
        { file: path.join(dir, 'campaign.json') },
      ),
    );
  }
}

function readJson<S extends z.ZodType>(
  dir: string,
  name: string,
  schema: S,
  problems: Finding[],
): z.infer<S> | undefined {
  const file = path.join(dir, name);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    // a file that cannot be read (EACCES, EISDIR…) says why in words; only bad JSON quotes the parser
    const system = missing ? undefined : errnoWords(error);
    const reason = missing
      ? { vi: 'không có tệp', en: 'missing' }
      : (system ?? { vi: 'JSON lỗi', en: (error as Error).message });
    const detail = missing || system ? '' : `: ${(error as Error).message}`;
    problems.push(
      finding(
        'E-CAMPAIGN',
        {
          path: '(file)',
          expected: 'a JSON file',
          found: reason.en,
          ...inLangs('path', { vi: '(tệp)', en: '(file)' }),
          ...inLangs('expected', { vi: 'một tệp JSON', en: 'a JSON file' }),
          ...inLangs('found', { vi: `${reason.vi}${detail}`, en: reason.en }),
        },
        { file },
      ),
    );
    return undefined;
  }
  // Each file is checked once a run: zod's fast path, a function it writes and compiles for
  // each object schema on first use, would cost more than it saves (a third of loading the
  // default campaign).
  const result = schema.safeParse(data, { reportInput: true, jitless: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    for (const plain of explainUnions(issue)) problems.push(issueFinding(file, plain, data));
  }
  return undefined;
}

/**
 * zod reports a predicate that matches no branch as "Invalid input" for the whole object.
 * People need the one thing to fix: an unknown `type` (and the types there are), or, when the
 * type is known, what is wrong inside that predicate, at any depth.
 */
export function explainUnions(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  const input = (issue as { input?: unknown }).input;
  const at = (i: z.core.$ZodIssue) => i.path.map(String).join('.');
  const isObject = input !== null && typeof input === 'object' && !Array.isArray(input);
  if (!isObject) {
    const expected = new Set(
      issue.errors.flat().flatMap((i) => (at(i) === '' && i.code === 'invalid_type' ? [i.expected] : [])),
    );
    const types = [...expected];
    return [
      { ...issue, code: 'custom', message: types.join(' | '), params: { types }, input } as z.core.$ZodIssue,
    ];
  }
  const chosen = issue.errors
    .filter((branch) => !branch.some((i) => at(i) === 'type'))
    .sort((a, b) => a.length - b.length)[0];
  if (chosen) {
    return chosen.flatMap((inner) =>
      explainUnions({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue),
    );
  }
  const types = issue.errors
    .flat()
    .flatMap((i) => (at(i) === 'type' && i.code === 'invalid_value' ? i.values : []));
  return [
    {
      code: 'invalid_value',
      path: [...issue.path, 'type'],
      values: [...new Set(types)],
      message: '',
      input: (input as { type?: unknown }).type,
    } as z.core.$ZodIssue,
  ];
}

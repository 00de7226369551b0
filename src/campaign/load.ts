import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import type { z } from 'zod';
import { finding } from '../findings/catalogue.js';
import { type Finding, InputError } from '../findings/finding.js';
import { foldKey } from '../model/fold.js';
import {
  type Allocation,
  allocationSchema,
  type Campaign,
  campaignFileSchema,
  criteriaFileSchema,
  vocabularyFileSchema,
} from './schema.js';

/** `rules/` beside `src/` and `dist/`: where the campaigns shipped with the tool live. */
export const RULES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules');
export const DEFAULT_CAMPAIGN = 'lai-chau-2020';

export function defaultCampaignDir(): string {
  return path.join(RULES_DIR, DEFAULT_CAMPAIGN);
}

/** Problems with a campaign folder, one line each: file, path, what was expected, what was found. */
export class CampaignError extends InputError {
  constructor(readonly problems: Finding[]) {
    super(problems[0] as Finding);
    this.name = 'CampaignError';
  }
}

/** Load and validate every file of a campaign folder; throws `CampaignError` listing every problem. */
export function loadCampaign(dir: string = defaultCampaignDir()): Campaign {
  const problems: Finding[] = [];
  const meta = readJson(dir, 'campaign.json', campaignFileSchema, problems);
  const vocabulary = readJson(dir, 'vocabulary.json', vocabularyFileSchema, problems);
  const criteriaFile = readJson(dir, 'criteria.json', criteriaFileSchema, problems);
  if (!meta || !vocabulary || !criteriaFile) throw new CampaignError(problems);

  const allocationsFile = path.join(dir, meta.allocations);
  const allocations = readAllocations(allocationsFile, meta.units, problems);
  checkReferences(dir, meta.units, vocabulary, criteriaFile.criteria, problems);
  if (problems.length > 0) throw new CampaignError(problems);

  const { $schema: _m, allocations: _a, ...rest } = meta;
  const { $schema: _v, ...vocab } = vocabulary;
  return { ...rest, dir, vocabulary: vocab, criteria: criteriaFile.criteria, allocations, allocationsFile };
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
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : (error as Error).message;
    problems.push(
      finding('E-CAMPAIGN', { path: '(file)', expected: 'a JSON file', found: reason }, { file }),
    );
    return undefined;
  }
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push(issueToFinding(file, issue));
  return undefined;
}

export function issueToFinding(file: string, issue: z.core.$ZodIssue): Finding {
  const where = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
  const expected =
    issue.code === 'invalid_type'
      ? issue.expected
      : issue.code === 'invalid_value'
        ? issue.values.map((v) => JSON.stringify(v)).join(' | ')
        : issue.message;
  const input = (issue as { input?: unknown }).input;
  const found = input === undefined ? 'nothing' : truncate(JSON.stringify(input) ?? String(input), 60);
  return finding('E-CAMPAIGN', { path: where, expected, found }, { file });
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const ALLOCATION_COLUMNS: Record<string, keyof Allocation> = {
  unitid: 'unit',
  total: 'total',
  collective: 'collective',
  individual: 'individual',
  collectivehcsn: 'collective-HCSN',
  collectivesxkd: 'collective-SXKD',
  individualhcsn: 'individual-HCSN',
  individualsxkd: 'individual-SXKD',
};

function readAllocations(file: string, units: Campaign['units'], problems: Finding[]): Allocation[] {
  let rows: Record<string, string>[];
  try {
    rows = parseCsv(readFileSync(file), { columns: true, bom: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    problems.push(
      finding(
        'E-CAMPAIGN',
        { path: '(file)', expected: 'a CSV allocation table', found: (error as Error).message },
        { file },
      ),
    );
    return [];
  }
  const known = new Set(units.map((u) => u.id));
  const out: Allocation[] = [];
  rows.forEach((raw, index) => {
    const record: Record<string, unknown> = {};
    for (const [header, value] of Object.entries(raw)) {
      const key = ALLOCATION_COLUMNS[foldKey(header)];
      if (key) record[key] = key === 'unit' ? value : value === '' ? Number.NaN : Number(value);
    }
    const parsed = allocationSchema.safeParse(record, { reportInput: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(issueToFinding(file, { ...issue, path: [`row ${index + 2}`, ...issue.path] }));
      }
      return;
    }
    if (!known.has(parsed.data.unit)) {
      problems.push(
        finding(
          'E-CAMPAIGN',
          {
            path: `row ${index + 2}.unit_id`,
            expected: 'a unit id of campaign.json',
            found: parsed.data.unit,
          },
          { file },
        ),
      );
    }
    out.push(parsed.data);
  });
  return out;
}

/** Codes named by criteria must exist in the vocabulary; unit ids must be unique. */
function checkReferences(
  dir: string,
  units: Campaign['units'],
  vocabulary: Campaign['vocabulary'],
  criteria: Campaign['criteria'],
  problems: Finding[],
): void {
  const file = path.join(dir, 'criteria.json');
  const yearCodes = new Set(vocabulary.yearCodes.map((c) => c.code));
  const distinctionCodes = new Set(vocabulary.distinctions.map((c) => c.code));
  const ids = new Set<string>();
  criteria.forEach((criterion, index) => {
    if (ids.has(criterion.id)) {
      problems.push(
        finding(
          'E-CAMPAIGN',
          { path: `criteria.${index}.id`, expected: 'a unique id', found: criterion.id },
          { file },
        ),
      );
    }
    ids.add(criterion.id);
    const visit = (node: unknown, where: string): void => {
      if (!node || typeof node !== 'object') return;
      const p = node as Record<string, unknown>;
      if ((p.type === 'yearsWith' || p.type === 'everyYear') && !yearCodes.has(p.code as string)) {
        problems.push(
          finding(
            'E-CAMPAIGN',
            { path: `${where}.code`, expected: 'a per-year code of vocabulary.json', found: String(p.code) },
            { file },
          ),
        );
      }
      if (p.type === 'distinctions') {
        for (const code of p.codes as string[]) {
          if (!distinctionCodes.has(code)) {
            problems.push(
              finding(
                'E-CAMPAIGN',
                { path: `${where}.codes`, expected: 'a distinction code of vocabulary.json', found: code },
                { file },
              ),
            );
          }
        }
      }
      for (const [key, value] of Object.entries(p)) {
        if (Array.isArray(value))
          value.forEach((v, i) => {
            visit(v, `${where}.${key}.${i}`);
          });
        else if (value && typeof value === 'object') visit(value, `${where}.${key}`);
      }
    };
    visit(criterion, `criteria.${index}`);
  });
  const unitIds = new Set<string>();
  for (const unit of units) {
    if (unitIds.has(unit.id)) {
      problems.push(
        finding(
          'E-CAMPAIGN',
          { path: 'units', expected: 'unique unit ids', found: unit.id },
          { file: path.join(dir, 'campaign.json') },
        ),
      );
    }
    unitIds.add(unit.id);
  }
}

import type { Campaign } from '../campaign/schema.js';
import { type CheckResult, displayNames, runCheck } from '../check.js';
import { type Finding, InputError } from '../findings/finding.js';
import type { Limits } from '../read/limits.js';
import { plainText } from '../report/sanitize.js';
import { type DiffResult, diffChecks } from './diff.js';

export interface DiffOptions {
  campaign: Campaign;
  limits?: Partial<Limits>;
  /** Findings made while expanding the arguments (a folder that could not be listed). */
  findings?: readonly Finding[];
  /** What to call a file read from a temporary copy (standard input). */
  labels?: ReadonlyMap<string, string>;
}

/**
 * `diff OLD NEW`: the same submissions in two revisions, each side read and judged as `check`
 * judges it, then compared nominee by nominee. File names are made unique over both sides, so
 * `v1/phong-tho.xlsx` and `v2/phong-tho.xlsx` are told apart in every position shown.
 */
export async function diffFiles(
  oldFiles: readonly string[],
  newFiles: readonly string[],
  options: DiffOptions,
): Promise<DiffResult> {
  const all = [...oldFiles, ...newFiles];
  const names = displayNames(all);
  const label = (file: string, i: number) => options.labels?.get(file) ?? plainText(names[i] as string);
  const oldLabels = new Map(oldFiles.map((f, i) => [f, label(f, i)]));
  const newLabels = new Map(newFiles.map((f, i) => [f, label(f, oldFiles.length + i)]));
  const old = await checkSide(oldFiles, options.campaign, oldLabels, options);
  const next = await checkSide(newFiles, options.campaign, newLabels, options);
  return diffChecks(old, next, 'files');
}

/**
 * `diff FILES --campaign NEW --against OLD`: the same files judged under two versions of the
 * criteria, so a correction to a campaign shows which verdicts it would change before it is adopted.
 */
export async function diffCampaigns(
  files: readonly string[],
  options: DiffOptions & { against: Campaign },
): Promise<DiffResult> {
  const labels = new Map(options.labels ?? []);
  const old = await checkSide(files, options.against, labels, options);
  const next = await checkSide(files, options.campaign, labels, options);
  return diffChecks(old, next, 'campaigns');
}

async function checkSide(
  files: readonly string[],
  campaign: Campaign,
  labels: ReadonlyMap<string, string>,
  options: DiffOptions,
): Promise<CheckResult> {
  const result = await runCheck(files, {
    campaign,
    labels,
    limits: options.limits,
    findings: options.findings,
  });
  // a file left unread would show each of its nominees as added or removed: never a comparison
  const unread = result.findings.find(leftUnread);
  if (unread !== undefined) throw new InputError(unread);
  return result;
}

/** A finding that says a file (or folder) was not read whole: no row of it can be trusted absent. */
function leftUnread(f: Finding): boolean {
  return (
    f.severity === 'error' &&
    f.code.startsWith('E-') &&
    f.row === undefined &&
    f.code !== 'E-EMPTY-SUBMISSION'
  );
}

import type { Campaign } from '../campaign/schema.js';
import type { CheckResult } from '../check.js';
import { duplicateKey } from '../checks/duplicates.js';
import type { Tri, Verdict } from '../engine/kleene.js';
import type { Judgement } from '../engine/types.js';
import type { Summary } from '../report/summary.js';
import { type CellChange, changedCells } from './cells.js';

export type { CellChange } from './cells.js';

/**
 * What changed between two checks: of two revisions of the same submissions (`diff OLD NEW`), or
 * of the same files under two versions of the criteria (`diff FILES --against`). Nominees are
 * matched by the duplicate key of DOMAIN.md §5 (an individual's name and birth year, a
 * collective's name within its unit), never by row: a sheet sorted again is the same sheet.
 */
export interface DiffResult {
  /** `files`: two revisions of the submissions; `campaigns`: one set of files, two campaigns. */
  mode: 'files' | 'campaigns';
  old: DiffSide;
  new: DiffSide;
  /** Nominees only the new side has, in its input order. */
  added: Judgement[];
  /** Nominees only the old side has, in its input order. */
  removed: Judgement[];
  /** Nominees both sides have that differ in a cell, a rule result or the verdict; new side's order. */
  changed: NomineeChange[];
  /** Nominees both sides have, the same in every cell, rule and verdict. */
  unchanged: number;
  /** Units × categories whose nominations or eligible nominees moved, in the allocation table's order. */
  quota: QuotaChange[];
}

export interface DiffSide {
  campaign: Campaign;
  /** The files as the report names them. */
  files: string[];
  summary: Summary;
}

export interface NomineeChange {
  old: Judgement;
  new: Judgement;
  /** The cells whose value as read differs, in the form's column order. */
  cells: CellChange[];
  /** Every rule whose result differs (a rule one side lacks is `null` there), in the new campaign's order. */
  rules: RuleChange[];
}

export interface RuleChange {
  id: string;
  old: Tri | null;
  new: Tri | null;
}

export interface QuotaCount {
  allocated: number;
  nominated: number;
  eligible: number;
  review: number;
}

export interface QuotaChange {
  unit: string;
  /** The kind of nominee, as the quota entry names it (one of the four categories by default). */
  category: string;
  old: QuotaCount;
  new: QuotaCount;
}

/** Whether the two sides differ at all: what `diff`'s exit code says. */
export function differs(diff: DiffResult): boolean {
  return diff.added.length + diff.removed.length + diff.changed.length + diff.quota.length > 0;
}

/** The verdict change of a changed nominee, when there is one. */
export function verdictChange(change: NomineeChange): { old: Verdict; new: Verdict } | undefined {
  return change.old.verdict === change.new.verdict
    ? undefined
    : { old: change.old.verdict, new: change.new.verdict };
}

/**
 * Compare two finished checks. Both must have kept their judgements (a check run without
 * `onJudgement`). Rows repeating one nomination pair up in order: the first with the first.
 */
export function diffChecks(
  old: CheckResult,
  next: CheckResult,
  mode: DiffResult['mode'] = 'files',
): DiffResult {
  const earlier = byKey(old.judgements);
  const added: Judgement[] = [];
  const changed: NomineeChange[] = [];
  let unchanged = 0;
  for (const j of next.judgements) {
    const queue = earlier.get(duplicateKey(j.nominee));
    const match = queue?.shift();
    if (match === undefined) {
      added.push(j);
      continue;
    }
    const change = compare(match, j, old.campaign, next.campaign);
    if (change === undefined) unchanged++;
    else changed.push(change);
  }
  const left = new Set([...earlier.values()].flat());
  const removed = old.judgements.filter((j) => left.has(j));
  return {
    mode,
    old: side(old),
    new: side(next),
    added,
    removed,
    changed,
    unchanged,
    quota: quotaChanges(old, next),
  };
}

function side(result: CheckResult): DiffSide {
  return { campaign: result.campaign, files: result.files, summary: result.summary };
}

function byKey(judgements: readonly Judgement[]): Map<string, Judgement[]> {
  const map = new Map<string, Judgement[]>();
  for (const j of judgements) {
    const key = duplicateKey(j.nominee);
    const list = map.get(key);
    if (list) list.push(j);
    else map.set(key, [j]);
  }
  return map;
}

function compare(
  old: Judgement,
  next: Judgement,
  oldCampaign: Campaign,
  newCampaign: Campaign,
): NomineeChange | undefined {
  const cells = changedCells(old.nominee, next.nominee, oldCampaign, newCampaign);
  const rules = ruleChanges(old, next, newCampaign);
  if (cells.length === 0 && rules.length === 0 && old.verdict === next.verdict) return undefined;
  return { old, new: next, cells, rules };
}

/** Rules whose result moved; a criterion only one campaign has counts as moved from or to nothing. */
function ruleChanges(old: Judgement, next: Judgement, campaign: Campaign): RuleChange[] {
  const before = new Map(old.rules.map((r) => [r.id, r.result]));
  const after = new Map(next.rules.map((r) => [r.id, r.result]));
  const order = campaign.criteria.map((c) => c.id);
  const ids = [...new Set([...after.keys(), ...before.keys()])].sort(
    (a, b) => rank(order, a) - rank(order, b),
  );
  return ids
    .map((id) => ({ id, old: before.get(id) ?? null, new: after.get(id) ?? null }))
    .filter((r) => r.old !== r.new);
}

function rank(order: readonly string[], id: string): number {
  const at = order.indexOf(id);
  return at === -1 ? order.length : at;
}

/** Per unit and category, the counts of both sides, where any of them moved. */
function quotaChanges(old: CheckResult, next: CheckResult): QuotaChange[] {
  const key = (q: { unit: string; category: string; file?: string }) =>
    `${q.file ?? ''}\u0000${q.unit}\u0000${q.category}`;
  const zero: QuotaCount = { allocated: 0, nominated: 0, eligible: 0, review: 0 };
  const count = (q: QuotaCount | undefined): QuotaCount =>
    q === undefined
      ? zero
      : { allocated: q.allocated, nominated: q.nominated, eligible: q.eligible, review: q.review };
  const before = new Map(old.quota.map((q) => [key(q), q]));
  const seen = new Set<string>();
  const changes: QuotaChange[] = [];
  for (const q of [...next.quota, ...old.quota]) {
    const k = key(q);
    if (seen.has(k)) continue;
    seen.add(k);
    const a = count(before.get(k));
    const b = count(next.quota.find((n) => key(n) === k));
    if (
      a.allocated !== b.allocated ||
      a.nominated !== b.nominated ||
      a.eligible !== b.eligible ||
      a.review !== b.review
    )
      changes.push({ unit: q.unit, category: q.category, old: a, new: b });
  }
  return changes;
}

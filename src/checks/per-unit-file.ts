import { append } from '../append.js';
import type { Campaign } from '../campaign/schema.js';
import type { Judgement } from '../engine/types.js';
import { finding } from '../findings/catalogue.js';
import type { Finding } from '../findings/finding.js';
import { nomineePosition } from './position.js';
import { checkQuota, type QuotaEntry } from './quota.js';

/** A quota entry; in a run with `--per-unit-file`, the file whose submission it counts. */
export interface FileQuotaEntry extends QuotaEntry {
  file?: string;
}

export interface FileUnit {
  file: string;
  /** unit id, `null` when no nominee of the file names a unit of the allocation table */
  unit: string | null;
  /** nominees naming that unit, of `total` in the file */
  count: number;
  total: number;
}

/**
 * Whose submission a file is: the unit most of its nominees name; on a tie, the one named
 * first. Nominees of units outside the allocation table do not vote.
 */
export function fileUnit(file: string, judgements: readonly Judgement[], campaign: Campaign): FileUnit {
  const inTable = new Set(campaign.allocations.map((a) => a.unit));
  const votes = new Map<string, number>();
  for (const { nominee } of judgements) {
    if (nominee.unit !== null && inTable.has(nominee.unit)) {
      votes.set(nominee.unit, (votes.get(nominee.unit) ?? 0) + 1);
    }
  }
  let unit: string | null = null;
  let count = 0;
  // a Map keeps the order units were first named, so the first of equals wins
  for (const [u, n] of votes) {
    if (n > count) {
      unit = u;
      count = n;
    }
  }
  return { file, unit, count, total: judgements.length };
}

/**
 * `--per-unit-file`: each file is one unit's submission. Its nominees of that unit are counted
 * against that unit's allocation alone, file by file; a nominee of another unit in it is
 * `Q-FOREIGN-UNIT` and not counted; units without a file keep their entries, nothing nominated.
 */
export function checkPerUnitFile(
  judgements: readonly Judgement[],
  files: readonly string[],
  campaign: Campaign,
): { quota: FileQuotaEntry[]; findings: Finding[] } {
  const unitNames = new Map(campaign.units.map((u) => [u.id, u.name]));
  const nameOf = (id: string) => unitNames.get(id) ?? id;
  const quota: FileQuotaEntry[] = [];
  const findings: Finding[] = [];
  const claimed = new Set<string>();

  for (const file of files) {
    const own = judgements.filter((j) => j.nominee.file === file);
    const owner = fileUnit(file, own, campaign);
    const allocation = campaign.allocations.find((a) => a.unit === owner.unit);
    if (owner.unit === null || allocation === undefined) {
      // nobody names a known unit: every nominee already gets Q-UNIT from the count
      append(findings, checkQuota(own, { ...campaign, allocations: [] }).findings);
      continue;
    }
    claimed.add(owner.unit);
    findings.push(
      finding('I-FILE-UNIT', { unit: nameOf(owner.unit), count: owner.count, total: owner.total }, { file }),
    );
    const counted: Judgement[] = [];
    for (const j of own) {
      const { nominee } = j;
      const foreign =
        nominee.unit !== null &&
        nominee.unit !== owner.unit &&
        campaign.allocations.some((a) => a.unit === nominee.unit);
      if (!foreign) {
        counted.push(j);
        continue;
      }
      findings.push(
        finding(
          'Q-FOREIGN-UNIT',
          { name: nominee.name, unit: nameOf(nominee.unit as string), fileUnit: nameOf(owner.unit) },
          nomineePosition(nominee, 'unit'),
        ),
      );
    }
    const check = checkQuota(counted, { ...campaign, allocations: [allocation] });
    append(
      quota,
      check.quota.map((q) => ({ ...q, file })),
    );
    // the file's own count: its Q-OVER and Q-UNDER point at it
    append(
      findings,
      check.findings.map((f) => (f.file === undefined ? { ...f, file } : f)),
    );
  }

  const unclaimed = campaign.allocations.filter((a) => !claimed.has(a.unit));
  const rest = checkQuota([], { ...campaign, allocations: unclaimed });
  append(quota, rest.quota);
  append(findings, rest.findings);
  return { quota, findings };
}

import type { Campaign } from '../campaign/schema.js';
import type { CheckResult } from '../check.js';
import type { CompositionGroup } from '../checks/composition.js';
import type { FileQuotaEntry } from '../checks/per-unit-file.js';
import { renderRuleMessage } from '../engine/render.js';
import type { Judgement } from '../engine/types.js';
import { renderFinding } from '../findings/catalogue.js';
import type { Finding, Lang } from '../findings/finding.js';
import { kindOf } from '../model/kinds.js';
import { chunked, type ReportWriter, type Sink } from './stream.js';
import { unitName } from './table.js';

/**
 * The JSON report of OUTPUT.md. Contract fields keep the contract's order and, within a
 * record, come first; `composition` is the one addition at the top, next to the quota. Nothing here depends on time or place, so one input gives one output.
 * The pieces are exported so that line-per-record formats (ndjson) give records of the same shape.
 */
export function renderJson(result: CheckResult, lang: Lang, onNominee?: () => void): string {
  const report = {
    campaign: result.campaign.id,
    nominees: result.judgements.map((j) => {
      onNominee?.();
      return jsonNominee(j, result, lang);
    }),
    quota: result.quota.map(jsonQuota),
    // right after the quota it qualifies: who the individuals counted there are
    composition: result.composition.map(jsonComposition),
    findings: result.findings.map((f) => jsonFinding(f, lang)),
    summary: result.summary,
    // only with --unit: the units the report is limited to
    ...(result.units === undefined ? {} : { units: result.units }),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * The JSON report written as the check goes: the document opens, each nominee is written as it is
 * judged, and `finish` closes the list and writes what follows it (OUTPUT.md puts `nominees`
 * before `quota`, `composition`, `findings` and `summary`). The bytes are `renderJson`'s, which
 * indents by two spaces: a record inside `nominees` is its own rendering indented by four, as
 * JSON text holds no line break but those of its layout (one inside a string is written `\n`).
 */
export function jsonWriter(campaign: Campaign, lang: Lang, write: Sink): ReportWriter {
  const out = chunked(write);
  let count = 0;
  out.add(`{\n  "campaign": ${JSON.stringify(campaign.id)},\n  "nominees": [`);
  return {
    nominee(j) {
      out.add(`${count++ === 0 ? '' : ','}\n    ${nested(jsonNominee(j, { campaign }, lang), 2)}`);
    },
    async finish(result) {
      out.add(count === 0 ? ']' : '\n  ]');
      // what follows the nominees, one member at a time and a long list one record at a time
      member(out, 'quota', result.quota.map(jsonQuota));
      member(out, 'composition', result.composition.map(jsonComposition));
      out.add(',\n  "findings": [');
      result.findings.forEach((f, i) => {
        out.add(`${i === 0 ? '' : ','}\n    ${nested(jsonFinding(f, lang), 2)}`);
      });
      out.add(result.findings.length === 0 ? ']' : '\n  ]');
      member(out, 'summary', result.summary);
      if (result.units !== undefined) member(out, 'units', result.units);
      out.add('\n}\n');
      out.flush();
    },
  };
}

/** A value as `JSON.stringify(…, null, 2)` writes it `depth` levels down. */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);
}

function member(out: { add(text: string): void }, key: string, value: unknown): void {
  out.add(`,\n  ${JSON.stringify(key)}: ${nested(value, 1)}`);
}

export function jsonNominee(
  { nominee: n, verdict, rules, repeatOf }: Judgement,
  result: Pick<CheckResult, 'campaign'>,
  lang: Lang,
) {
  return {
    file: n.file,
    sheet: n.sheet,
    row: n.row,
    name: n.name,
    unit: n.unit,
    kind: n.kind,
    block: n.block,
    verdict,
    rules: rules.map((r) => ({
      id: r.id,
      result: r.result,
      message: renderRuleMessage(r, lang, result.campaign, n),
    })),
    category: kindOf(n),
    // the award the row asks for, in a round that declares several
    ...(n.award === undefined ? {} : { award: n.award }),
    unitText: n.unitText,
    // the plan's name for `unit`, as every other report names it; null when the unit matched none
    unitName: n.unit === null ? null : unitName(result.campaign, n.unit),
    // the first row of the same nomination under the same unit and category, which this row repeats
    repeatOf:
      repeatOf === undefined
        ? null
        : { file: repeatOf.file, sheet: repeatOf.sheet, row: repeatOf.row, cell: repeatOf.cell ?? null },
  };
}

export function jsonQuota(q: FileQuotaEntry) {
  return {
    unit: q.unit,
    category: q.category,
    allocated: q.allocated,
    nominated: q.nominated,
    eligible: q.eligible,
    status: q.status,
    review: q.review,
    // eligible nominees against the allocation: "full" only when they fill every seat
    eligibleStatus: q.eligibleStatus,
    repeats: q.repeats,
    // in a round whose table gives seats per award: the award they are for
    ...(q.award === undefined ? {} : { award: q.award }),
    // only with --per-unit-file: the submission this entry counts
    ...(q.file === undefined ? {} : { file: q.file }),
  };
}

export function jsonComposition(g: CompositionGroup) {
  return {
    unit: g.unit,
    individuals: g.individuals,
    women: g.women,
    ethnicMinorities: g.ethnicMinorities,
    nonLeaders: g.nonLeaders,
    directWorkers: g.directWorkers,
  };
}

// positions are always present (null when the finding has none) so scripts see one shape
export function jsonFinding(f: Finding, lang: Lang) {
  return {
    code: f.code,
    severity: f.severity,
    file: f.file ?? null,
    sheet: f.sheet ?? null,
    row: f.row ?? null,
    column: f.column ?? null,
    message: renderFinding(f, lang),
    cell: f.cell ?? null,
    args: f.args,
  };
}

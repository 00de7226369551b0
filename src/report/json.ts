import type { CheckResult } from '../check.js';
import { renderRuleMessage } from '../engine/render.js';
import { renderFinding } from '../findings/catalogue.js';
import type { Lang } from '../findings/finding.js';
import { categoryOf } from '../model/categories.js';

/**
 * The JSON report of OUTPUT.md. Contract fields come first and in the contract's order;
 * additions follow them. Nothing here depends on time or place, so one input gives one output.
 */
export function renderJson(result: CheckResult, lang: Lang): string {
  const { campaign } = result;
  const report = {
    campaign: campaign.id,
    nominees: result.judgements.map(({ nominee: n, verdict, rules }) => ({
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
        message: renderRuleMessage(r, lang, campaign),
      })),
      category: categoryOf(n.kind, n.block),
      unitText: n.unitText,
    })),
    quota: result.quota.map((q) => ({
      unit: q.unit,
      category: q.category,
      allocated: q.allocated,
      nominated: q.nominated,
      eligible: q.eligible,
      status: q.status,
      review: q.review,
    })),
    // positions are always present (null when the finding has none) so scripts see one shape
    findings: result.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      file: f.file ?? null,
      sheet: f.sheet ?? null,
      row: f.row ?? null,
      column: f.column ?? null,
      message: renderFinding(f, lang),
      cell: f.cell ?? null,
      args: f.args,
    })),
    summary: result.summary,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

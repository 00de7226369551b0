import type { CheckResult } from './check.js';
import type { Finding } from './findings/finding.js';

/**
 * What may make a check fall short (exit 1), as `--fail-on` names it. The conditions do not
 * overlap, so a list means exactly what it names: `quota` is a quota exceeded (its Q-OVER
 * finding is not also an `error`), `error` is every other error finding, `warning` every
 * warning finding. Information findings and the composition never fail a check.
 */
export const FAIL_ON = ['ineligible', 'review', 'quota', 'error', 'warning'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** OUTPUT.md: ineligible, review, over quota or an error finding. */
export const DEFAULT_FAIL_ON: readonly FailOn[] = ['ineligible', 'review', 'quota', 'error'];

/** The finding code of an exceeded quota, which the `quota` condition covers. */
const QUOTA_EXCEEDED = 'Q-OVER';

/** The condition a finding falls under, if any. */
export function findingCondition(f: Pick<Finding, 'code' | 'severity'>): FailOn | null {
  if (f.code === QUOTA_EXCEEDED) return 'quota';
  if (f.severity === 'error') return 'error';
  if (f.severity === 'warning') return 'warning';
  return null;
}

/** Which conditions the result meets, whatever the run chose to fail on. */
export function shortfalls(
  result: Pick<CheckResult, 'summary' | 'quota' | 'findings' | 'streamedFindings'>,
): Set<FailOn> {
  const met = new Set<FailOn>();
  if (result.summary.ineligible > 0) met.add('ineligible');
  if (result.summary.review > 0) met.add('review');
  if (result.quota.some((q) => q.status === 'over')) met.add('quota');
  for (const f of result.findings) {
    const condition = findingCondition(f);
    if (condition) met.add(condition);
  }
  // findings written with their nominees (D-DUP) were not kept, only counted
  for (const severity of ['error', 'warning', 'info'] as const) {
    const condition = findingCondition({ code: 'D-DUP', severity });
    if (condition && (result.streamedFindings?.[severity] ?? 0) > 0) met.add(condition);
  }
  return met;
}

/** Whether a run that fails on `failOn` falls short. */
export function fallsShort(
  result: Pick<CheckResult, 'summary' | 'quota' | 'findings' | 'streamedFindings'>,
  failOn: readonly FailOn[] = DEFAULT_FAIL_ON,
): boolean {
  const met = shortfalls(result);
  return failOn.some((c) => met.has(c));
}

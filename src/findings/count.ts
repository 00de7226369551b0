import type { Finding, Severity } from './finding.js';

export interface CodeCount {
  code: string;
  severity: Severity;
  count: number;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * How many findings of each code a run produced: the tally a report closes with, so that a long
 * list is never cut without saying what it held. Errors first, then warnings, then information;
 * within a severity by code. Every code found is there; none with a count of 0.
 */
export function countByCode(findings: readonly Finding[]): CodeCount[] {
  const counts = new Map<string, CodeCount>();
  for (const f of findings) {
    const entry = counts.get(f.code);
    if (entry) entry.count++;
    else counts.set(f.code, { code: f.code, severity: f.severity, count: 1 });
  }
  return [...counts.values()].sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

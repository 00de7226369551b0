import type { Judgement } from '../engine/types.js';
import type { Finding } from '../findings/finding.js';

/** The closing tally; field order is the JSON contract's (OUTPUT.md), `infos` added. */
export interface Summary {
  nominees: number;
  eligible: number;
  ineligible: number;
  review: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(judgements: readonly Judgement[], findings: readonly Finding[]): Summary {
  const verdicts = (v: Judgement['verdict']) => judgements.filter((j) => j.verdict === v).length;
  const severities = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return {
    nominees: judgements.length,
    eligible: verdicts('eligible'),
    ineligible: verdicts('ineligible'),
    review: verdicts('review'),
    errors: severities('error'),
    warnings: severities('warning'),
    infos: severities('info'),
  };
}

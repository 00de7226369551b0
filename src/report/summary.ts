import type { Verdict } from '../engine/kleene.js';
import type { Judgement } from '../engine/types.js';
import type { Finding } from '../findings/finding.js';

/**
 * The closing tally; field order is the JSON contract's (OUTPUT.md), `infos` and `repeats`
 * added. `nominees` counts rows, as the report's nominee list does; the verdicts count each
 * nomination once (DOMAIN.md §5), so `eligible + ineligible + review + repeats = nominees`.
 */
export interface Summary {
  nominees: number;
  eligible: number;
  ineligible: number;
  review: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Rows that repeat a nomination made before under the same unit and category. */
  repeats: number;
}

export function summarize(judgements: readonly Judgement[], findings: readonly Finding[]): Summary {
  const verdicts = { eligible: 0, ineligible: 0, review: 0 };
  let repeats = 0;
  for (const j of judgements) {
    if (j.repeatOf) repeats++;
    else verdicts[j.verdict]++;
  }
  return summaryOf(verdicts, findings, repeats);
}

/** The tally from verdicts counted as they were made, for a check that kept no judgements. */
export function summaryOf(
  verdicts: Record<Verdict, number>,
  findings: readonly Finding[],
  repeats = 0,
): Summary {
  // a finding folded down a column counts every row it stands for (repeats.ts)
  const severities = (s: Finding['severity']) => {
    let count = 0;
    for (const f of findings) if (f.severity === s) count += f.repeated?.count ?? 1;
    return count;
  };
  return {
    nominees: verdicts.eligible + verdicts.ineligible + verdicts.review + repeats,
    eligible: verdicts.eligible,
    ineligible: verdicts.ineligible,
    review: verdicts.review,
    errors: severities('error'),
    warnings: severities('warning'),
    infos: severities('info'),
    repeats,
  };
}

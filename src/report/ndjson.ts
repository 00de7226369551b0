import type { CheckResult } from '../check.js';
import type { Lang } from '../findings/finding.js';
import { jsonComposition, jsonFinding, jsonNominee, jsonQuota } from './json.js';

/**
 * Newline-delimited JSON for very large inputs: one record per line, each the shape the JSON
 * report gives it with a `type` first, so a consumer can act on each nominee as it reads it.
 * Nominees, then quota entries, findings, composition groups and one summary line last.
 */
export function* ndjsonLines(result: CheckResult, lang: Lang): Generator<string> {
  const line = (type: string, record: object) => JSON.stringify({ type, ...record });
  for (const j of result.judgements) yield line('nominee', jsonNominee(j, result, lang));
  for (const q of result.quota) yield line('quota', jsonQuota(q));
  for (const f of result.findings) yield line('finding', jsonFinding(f, lang));
  for (const g of result.composition) yield line('composition', jsonComposition(g));
  yield line('summary', { campaign: result.campaign.id, ...result.summary });
}

export function renderNdjson(result: CheckResult, lang: Lang): string {
  let out = '';
  for (const l of ndjsonLines(result, lang)) out += `${l}\n`;
  return out;
}

import type { Campaign } from '../campaign/schema.js';
import type { CheckResult } from '../check.js';
import type { Judgement } from '../engine/types.js';
import type { Finding, Lang } from '../findings/finding.js';
import { jsonComposition, jsonFinding, jsonNominee, jsonQuota } from './json.js';
import { chunked, type ReportWriter, type Sink } from './stream.js';

/**
 * Newline-delimited JSON for very large inputs: one record per line, each the shape the JSON
 * report gives it with a `type` first, so a consumer can act on each nominee as it reads it.
 * Nominees, each followed by its own finding (D-DUP, when it repeats a nominee met before),
 * then quota entries, the other findings, composition groups and one summary line last.
 */
export function* ndjsonLines(result: CheckResult, lang: Lang, onNominee?: () => void): Generator<string> {
  for (const j of result.judgements) {
    onNominee?.();
    yield* ndjsonNominee(j, result.campaign, lang);
  }
  yield* ndjsonAfterNominees(result, lang);
}

export function renderNdjson(result: CheckResult, lang: Lang, onNominee?: () => void): string {
  let out = '';
  for (const l of ndjsonLines(result, lang, onNominee)) out += `${l}\n`;
  return out;
}

/**
 * A record as one line, `type` first. The record's own JSON goes after the type's member
 * instead of the record being copied into an object that starts with it: the same bytes (no
 * record has a `type` of its own or a key that reads as a number, which JSON would put first),
 * without a copy of every nominee.
 */
function line(type: string, record: object): string {
  const members = JSON.stringify(record);
  return members === '{}'
    ? `{"type":${JSON.stringify(type)}}`
    : `{"type":${JSON.stringify(type)},${members.slice(1)}`;
}

/**
 * A nominee's line and its own finding's, written as soon as it is judged when the check
 * streams (`ndjsonWriter`): a list that repeats most of its rows is never held for its D-DUPs.
 */
function* ndjsonNominee(j: Judgement, campaign: Campaign, lang: Lang): Generator<string> {
  yield nomineeLine(j, campaign, lang);
  if (j.duplicate) yield findingLine(j.duplicate, lang);
}

const nomineeLine = (j: Judgement, campaign: Campaign, lang: Lang) =>
  line('nominee', jsonNominee(j, { campaign }, lang));

const findingLine = (f: Finding, lang: Lang) => line('finding', jsonFinding(f, lang));

/** Written with its nominee (`ndjsonNominee`), never again among the findings after the nominees. */
const withNominee = (f: Finding) => f.code === 'D-DUP';

/** The lines that need the whole input, after every nominee's. */
export function* ndjsonAfterNominees(result: CheckResult, lang: Lang): Generator<string> {
  for (const q of result.quota) yield line('quota', jsonQuota(q));
  for (const f of result.findings) if (!withNominee(f)) yield findingLine(f, lang);
  for (const g of result.composition) yield line('composition', jsonComposition(g));
  yield line('summary', { campaign: result.campaign.id, ...result.summary });
}

/**
 * The ndjson report written as the check goes: `nominee` as each is judged (pass it as
 * `onJudgement`), `finish` with the result for the rest. The bytes are those `renderNdjson`
 * gives for the same check.
 */
export function ndjsonWriter(campaign: Campaign, lang: Lang, write: Sink): ReportWriter {
  const out = chunked(write);
  return {
    findingsWithNominees: true,
    nominee(j) {
      // as ndjsonNominee gives them, without a generator for each of a million nominees
      out.add(`${nomineeLine(j, campaign, lang)}\n`);
      if (j.duplicate) out.add(`${findingLine(j.duplicate, lang)}\n`);
    },
    async finish(result) {
      for (const l of ndjsonAfterNominees(result, lang)) out.add(`${l}\n`);
      out.flush();
    },
  };
}

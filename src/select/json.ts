import { renderRuleMessage } from '../engine/render.js';
import type { Lang } from '../findings/finding.js';
import type { Nominee } from '../model/nominee.js';
import { jsonComposition, jsonFinding } from '../report/json.js';
import { unitCell } from '../report/nominee-marks.js';
import type { Ranked } from './rank.js';
import { rankingWords } from './ranking-words.js';
import type { Selection } from './round.js';
import { decisionFindings, hasDecisions, meetsText, reasonText } from './words.js';

/**
 * The round as data, for scripts and for the final list: every group with its seats, its ranked
 * eligible nominees (rank, place, the priorities each meets, the reason in words), the tie at
 * the cut, those to review with what they still need, and the composition of the suggested list.
 */
export function renderSelectJson(selection: Selection, lang: Lang): string {
  const { check } = selection;
  const { campaign } = check;
  const who = (n: Nominee) => ({
    file: n.file,
    sheet: n.sheet,
    row: n.row,
    name: n.name,
    kind: n.kind,
    birthYear: n.birthYear,
    position: n.position,
    unit: n.unit,
    unitName: unitCell(campaign, n),
  });
  const priorities = (r: Ranked) => r.priorities.map((p) => ({ id: p.id, result: p.result }));
  const doc = {
    campaign: campaign.id,
    plan: campaign.plan.ref,
    files: check.files,
    suggestion: true,
    priorities: selection.priorities
      ? {
          cite: `${campaign.plan.ref} ${selection.priorities.cite}`,
          ranking: selection.priorities.ranking,
          note: rankingWords(campaign, lang),
          ids: selection.priorities.priorities.map((p) => p.id),
        }
      : null,
    groups: selection.groups.map((g) => ({
      unit: g.unit,
      unitName: campaign.units.find((u) => u.id === g.unit)?.name ?? g.unit,
      category: g.category,
      seats: g.seats,
      eligible: g.eligible.length,
      situation: g.situation,
      tie: g.tie ?? null,
      nominees: g.eligible.map((s) => ({
        ...who(s.judgement.nominee),
        rank: s.rank,
        place: s.place,
        priorities: priorities(s),
        decidedBy: s.decidedBy ?? null,
        reason: reasonText(selection, s, lang, g.seats),
      })),
      toReview: g.toReview.map((r) => ({
        ...who(r.judgement.nominee),
        rank: r.rank,
        priorities: priorities(r),
        reason: meetsText(campaign, r, lang),
        needs: r.judgement.rules
          .filter((x) => x.result !== 'pass')
          .map((x) => ({
            id: x.id,
            result: x.result,
            message: renderRuleMessage(x, lang, campaign, r.judgement.nominee),
          })),
      })),
    })),
    decisions: hasDecisions(selection) ? decisionFindings(selection).map((f) => jsonFinding(f, lang)) : null,
    composition: {
      nominated: jsonComposition(selection.composition.nominated),
      eligible: jsonComposition(selection.composition.eligible),
      suggested: jsonComposition(selection.composition.suggested),
      undecided: selection.composition.undecided,
    },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

import { renderRuleMessage } from '../engine/render.js';
import type { Judgement } from '../engine/types.js';
import type { Lang } from '../findings/finding.js';
import { kindOf } from '../model/kinds.js';
import { jsonNominee } from '../report/json.js';
import { cellHeader, cellValue } from './cells.js';
import { type DiffResult, differs } from './diff.js';
import type { SideNames } from './view.js';

/**
 * The diff for programs. Added and removed nominees have the shape of `check --format json`'s
 * nominees (OUTPUT.md); a changed one names its row on both sides, the cells that moved (by the
 * form's column, with each side's value and cell) and the rules whose result moved, with each
 * side's evidence in words. Nothing depends on time or place: one input, one output.
 */
export function renderDiffJson(diff: DiffResult, lang: Lang, names?: SideNames): string {
  const side = (s: DiffResult['old'], name: string | undefined) => ({
    campaign: s.campaign.id,
    ...(name === undefined ? {} : { name }),
    files: s.files,
    summary: s.summary,
  });
  const place = (j: Judgement) => ({
    file: j.nominee.file,
    sheet: j.nominee.sheet,
    row: j.nominee.row,
    verdict: j.verdict,
  });
  const report = {
    mode: diff.mode,
    differs: differs(diff),
    old: side(diff.old, names?.old),
    new: side(diff.new, names?.new),
    added: diff.added.map((j) => jsonNominee(j, diff.new, lang)),
    removed: diff.removed.map((j) => jsonNominee(j, diff.old, lang)),
    changed: diff.changed.map((c) => {
      const n = c.new.nominee;
      const o = c.old.nominee;
      const message = (j: Judgement, id: string, s: DiffResult['old']) => {
        const rule = j.rules.find((r) => r.id === id);
        return rule === undefined ? null : renderRuleMessage(rule, lang, s.campaign, j.nominee);
      };
      return {
        name: n.name,
        kind: n.kind,
        category: kindOf(n),
        unit: n.unit,
        old: place(c.old),
        new: place(c.new),
        cells: c.cells.map((cell) => ({
          column: cell.key,
          header: cellHeader(n.kind, cell.key, diff.new.campaign, lang),
          old: cellValue(o, cell.key, diff.old.campaign, lang),
          new: cellValue(n, cell.key, diff.new.campaign, lang),
          oldCell: cell.oldCell ?? null,
          newCell: cell.newCell ?? null,
        })),
        rules: c.rules.map((r) => ({
          id: r.id,
          old: r.old,
          new: r.new,
          oldMessage: message(c.old, r.id, diff.old),
          newMessage: message(c.new, r.id, diff.new),
        })),
      };
    }),
    unchanged: diff.unchanged,
    quota: diff.quota,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

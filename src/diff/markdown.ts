import type { Lang } from '../findings/finding.js';
import { inline } from '../report/markdown.js';
import type { DiffResult } from './diff.js';
import { quotaLine } from './text.js';
import { diffView, type NomineeView, type SideNames } from './view.js';

/**
 * The diff as Markdown, for a pull request or an email: the counts, then a table each for the
 * nominees added and removed, one section per changed nominee (its cells and rules in tables),
 * and the quota lines that moved.
 */
export function renderDiffMarkdown(diff: DiffResult, lang: Lang, names?: SideNames): string {
  const view = diffView(diff, lang, names);
  const w = view.words;
  const out: string[] = [
    `# ${inline(view.title)}`,
    '',
    `- ${inline(view.sides.old)}`,
    `- ${inline(view.sides.new)}`,
  ];
  out.push('', `**${inline(view.counts)}**`);
  if (view.same) out.push('', inline(view.same));
  const row = (cells: readonly string[]) => `| ${cells.map(inline).join(' | ')} |`;
  const table = (headers: readonly string[], rows: readonly (readonly string[])[]) => {
    out.push('', row(headers), `|${headers.map(() => '---').join('|')}|`, ...rows.map(row));
  };
  const nominees = (title: string, list: readonly NomineeView[]) => {
    if (list.length === 0) return;
    out.push('', `## ${inline(title)} (${list.length})`);
    table(
      [w.name, w.category, w.unit, w.verdict, w.place],
      list.map((n) => [n.name, n.category, n.unit, n.verdict, n.place]),
    );
  };
  nominees(w.added, view.added);
  nominees(w.removed, view.removed);
  if (view.changed.length) {
    out.push('', `## ${inline(w.changed)} (${view.changed.length})`);
    for (const c of view.changed) {
      out.push(
        '',
        `### ${inline(c.name)}`,
        '',
        inline(`${c.category} · ${c.unit} · ${c.oldPlace} → ${c.place}`),
      );
      out.push(
        '',
        inline(
          `${w.verdict}: ${c.verdictChange ? `${c.verdictChange.old} → ${c.verdictChange.new}` : c.verdict}`,
        ),
      );
      if (c.cells.length)
        table(
          [w.column, w.oldValue, w.newValue, w.oldPlace, w.newPlace],
          c.cells.map((x) => [x.header, x.old, x.new, x.oldPlace, x.newPlace]),
        );
      if (c.rules.length)
        table(
          [w.rule, w.oldResult, w.newResult, w.oldWhy, w.newWhy],
          c.rules.map((r) => [`${r.id} ${r.title}`.trim(), r.old, r.new, r.oldWhy, r.newWhy]),
        );
    }
  }
  if (view.quota.length) {
    out.push('', `## ${inline(w.quota)} (${view.quota.length})`, '');
    for (const q of view.quota) out.push(`- ${inline(quotaLine(q, w))}`);
  }
  return `${out.join('\n')}\n`;
}

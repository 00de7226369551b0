import type { Lang } from '../findings/finding.js';
import { wrap } from '../report/layout.js';
import { plainText } from '../report/sanitize.js';
import type { DiffResult } from './diff.js';
import { type ChangeView, diffView, type NomineeView, type QuotaView, type SideNames } from './view.js';

/**
 * The diff for a terminal, in the order an officer reads a corrected submission: what came in,
 * what went, what changed (each cell old → new at its place on both sides, each rule that moved
 * and why), and the quota lines that moved. `+`, `-` and `~` mark them, as `diff` does.
 */
export function renderDiffText(
  diff: DiffResult,
  options: { lang: Lang; width?: number; names?: SideNames },
): string {
  const width = options.width ?? 100;
  const view = diffView(diff, options.lang, options.names);
  const w = view.words;
  const out: string[] = [view.title, view.sides.old, view.sides.new, '', view.counts];
  if (view.same) out.push('', view.same);
  const line = (text: string, prefix: string, indent: number) =>
    out.push(...wrap(plainText(text), { width, prefix, indent }));
  const section = (title: string, count: number) => out.push('', `${title.toUpperCase()} (${count})`);

  if (view.added.length) {
    section(w.added, view.added.length);
    for (const n of view.added) line(nomineeLine(n), '  + ', 4);
  }
  if (view.removed.length) {
    section(w.removed, view.removed.length);
    for (const n of view.removed) line(nomineeLine(n), '  - ', 4);
  }
  if (view.changed.length) {
    section(w.changed, view.changed.length);
    for (const c of view.changed) changeLines(c, w, line);
  }
  if (view.quota.length) {
    section(w.quota, view.quota.length);
    for (const q of view.quota) line(quotaLine(q, w), '  ', 4);
  }
  return `${out.join('\n')}\n`;
}

function nomineeLine(n: NomineeView): string {
  return `${n.name} · ${n.category} · ${n.unit} — ${n.verdict} · ${n.place}`;
}

function changeLines(
  c: ChangeView,
  w: ReturnType<typeof diffView>['words'],
  line: (text: string, prefix: string, indent: number) => void,
): void {
  const places = c.oldPlace === c.place ? c.place : `${c.oldPlace} → ${c.place}`;
  line(`${c.name} · ${c.category} · ${c.unit} · ${places}`, '  ~ ', 4);
  if (c.verdictChange) line(`${w.verdict}: ${c.verdictChange.old} → ${c.verdictChange.new}`, '    ', 6);
  else line(`${w.verdict}: ${c.verdict}`, '    ', 6);
  for (const cell of c.cells) {
    const where = cell.oldPlace === cell.newPlace ? cell.newPlace : `${cell.oldPlace} → ${cell.newPlace}`;
    line(`${cell.header}: ${cell.old} → ${cell.new} (${where})`, '    ', 6);
  }
  for (const r of c.rules) {
    line(`${r.id}${r.title ? ` ${r.title}` : ''}: ${r.old} → ${r.new}`, '    ', 6);
    if (r.oldWhy) line(`${w.old}: ${r.oldWhy}`, '      ', 8);
    if (r.newWhy) line(`${w.new}: ${r.newWhy}`, '      ', 8);
  }
}

/** `LĐLĐ huyện Phong Thổ · Tập thể SXKD: đề nghị 1 → 1, đạt 0 → 1`: only the counts that moved, and the nominations. */
export function quotaLine(q: QuotaView, w: ReturnType<typeof diffView>['words']): string {
  const parts = [`${w.nominated.toLowerCase()} ${q.old.nominated} → ${q.new.nominated}`];
  if (q.old.eligible !== q.new.eligible)
    parts.push(`${w.eligible.toLowerCase()} ${q.old.eligible} → ${q.new.eligible}`);
  if (q.old.review !== q.new.review)
    parts.push(`${w.review.toLowerCase()} ${q.old.review} → ${q.new.review}`);
  if (q.old.allocated !== q.new.allocated)
    parts.push(`${w.allocated.toLowerCase()} ${q.old.allocated} → ${q.new.allocated}`);
  return `${q.unit} · ${q.category}: ${parts.join(', ')}`;
}

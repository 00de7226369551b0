import { Chalk, type ChalkInstance } from 'chalk';
import type { CompositionGroup, Count } from '../checks/composition.js';
import { renderRuleMessage } from '../engine/render.js';
import { renderFinding } from '../findings/catalogue.js';
import type { Lang } from '../findings/finding.js';
import { formatPosition } from '../findings/finding.js';
import type { Nominee } from '../model/nominee.js';
import { type ReportDate, reportDate } from '../report/date.js';
import { eligibleLine } from '../report/eligible.js';
import { displayWidth, padEnd, padStart, wrap } from '../report/layout.js';
import { madeOn } from '../report/signature.js';
import { nomineePosition, sourceLine, unitName } from '../report/table.js';
import { categoryLabel, compositionWords } from '../report/text.js';
import type { Ranked } from './rank.js';
import { rankingWords } from './ranking-words.js';
import type { GroupRound, Selection } from './round.js';
import { decisionFindings, hasDecisions, prioritiesLine, reasonText, selectWords } from './words.js';

export interface SelectTextOptions {
  lang: Lang;
  color: boolean;
  width?: number;
  date?: ReportDate;
}

type Words = ReturnType<typeof selectWords>;

/**
 * The round for a person at a terminal: the units with more eligible nominees than seats, ranked,
 * with the suggestion and its reason per nominee and any tie stated as one; the units with seats
 * left and who could fill them; the composition of the suggested list against the whole; the
 * suggested list itself.
 */
export function renderSelectText(selection: Selection, options: SelectTextOptions): string {
  const { lang } = options;
  const w = selectWords(lang);
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const width = options.width ?? 80;
  const { check } = selection;
  const { campaign } = check;
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);
  const date = options.date ?? reportDate(lang);
  push(...wrap(`${w.title}: ${campaign.title[lang]}`, { width, paint: c.bold }));
  push(...wrap(sourceLine(check, lang), { width }), ...wrap(madeOn(date, lang), { width }), '');
  push(...wrap(w.notice, { width }));
  if (selection.priorities) {
    const cite = `${campaign.plan.ref} ${selection.priorities.cite}`;
    push(...wrap(`${w.priorities} (${cite}): ${prioritiesLine(campaign, lang)}`, { width }));
    push(...wrap(`${w.ranking}: ${rankingWords(campaign, lang)}`, { width }));
  } else push(...wrap(w.noPriorities, { width }));
  push('');

  const over = selection.groups.filter((g) => g.situation === 'over');
  push(c.bold(`1. ${w.over.toUpperCase()} (${over.length})`), '');
  if (over.length === 0) push(`  ${w.noOver}`, '');
  for (const g of over) push(...overBlock(selection, g, w, c, width, lang), '');

  const under = selection.groups.filter((g) => g.situation === 'under' && g.toReview.length > 0);
  push(c.bold(`2. ${w.under.toUpperCase()} (${under.length})`), '');
  if (under.length === 0) push(`  ${w.noUnder}`, '');
  for (const g of under) push(...underBlock(selection, g, w, c, width, lang), '');

  push(c.bold(`3. ${w.composition.toUpperCase()}`), '', ...compositionTable(selection, w, lang), '');

  if (hasDecisions(selection)) {
    const found = decisionFindings(selection);
    push(c.bold(`5. ${w.decisions.toUpperCase()} (${found.length})`), '');
    if (found.length === 0) push(`  ${w.noDecisions}`);
    for (const f of found) {
      const mark =
        f.severity === 'error' ? c.red('✗') : f.severity === 'warning' ? c.yellow('!') : c.blue('i');
      push(
        ...wrap(`${formatPosition(f)}: ${renderFinding(f, lang)} [${f.code}]`, {
          width,
          prefix: `  ${mark} `,
          indent: 4,
        }),
      );
    }
    push('');
  }

  const kept = selection.groups.filter((g) => g.eligible.some((s) => s.place === 'keep'));
  push(c.bold(`4. ${w.list.toUpperCase()}`), '');
  for (const unit of campaign.units) {
    const groups = kept.filter((g) => g.unit === unit.id);
    if (groups.length === 0) continue;
    push(c.bold(unit.name));
    for (const g of groups) {
      push(`  ${categoryLabel(g.category, lang)}`);
      g.eligible
        .filter((s) => s.place === 'keep')
        .forEach((s, i) => {
          push(
            ...wrap(`${i + 1}. ${eligibleLine(s.judgement.nominee)}`, { width, prefix: '    ', indent: 7 }),
          );
        });
    }
    push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function groupTitle(selection: Selection, g: GroupRound, lang: Lang): string {
  const unit = unitName(selection.check.campaign, g.unit);
  return `${unit} · ${categoryLabel(g.category, lang)}`;
}

function overBlock(
  selection: Selection,
  g: GroupRound,
  w: Words,
  c: ChalkInstance,
  width: number,
  lang: Lang,
): string[] {
  const lines = wrap(`${groupTitle(selection, g, lang)}: ${w.groupOver(g.eligible.length, g.seats)}`, {
    width,
    paint: c.bold,
  });
  for (const place of ['keep', 'tie', 'below'] as const) {
    const here = g.eligible.filter((s) => s.place === place);
    if (here.length === 0) continue;
    const heading =
      place === 'tie' && g.tie ? `${w.place.tie} (${w.tie(g.tie.nominees, g.tie.seats)})` : w.place[place];
    const paint = place === 'keep' ? c.green : place === 'tie' ? c.yellow : c.dim;
    lines.push(...wrap(`${heading}:`, { width, prefix: '  ', indent: 4, paint }));
    for (const s of here) {
      lines.push(
        ...nomineeLines(s.judgement.nominee, `${s.rank}.`, reasonText(selection, s, lang, g.seats), width),
      );
    }
  }
  return lines;
}

function underBlock(
  selection: Selection,
  g: GroupRound,
  w: Words,
  c: ChalkInstance,
  width: number,
  lang: Lang,
): string[] {
  const lines = wrap(`${groupTitle(selection, g, lang)}: ${w.groupUnder(g.eligible.length, g.seats)}`, {
    width,
    paint: c.bold,
  });
  lines.push(...wrap(`${w.toReview(g.toReview.length)}:`, { width, prefix: '  ', indent: 4 }));
  for (const r of g.toReview) lines.push(...reviewLines(selection, r, width, lang));
  return lines;
}

/** `  2. Trần Thị Bích (1990), Kế toán … · tệp › C5` and the reason below it. */
function nomineeLines(n: Nominee, mark: string, reason: string, width: number): string[] {
  const prefix = `    ${mark} `;
  return [
    ...wrap(`${eligibleLine(n)} · ${nomineePosition(n)}`, { width, prefix, indent: displayWidth(prefix) }),
    ...wrap(reason, { width, prefix: ' '.repeat(displayWidth(prefix)), indent: displayWidth(prefix) }),
  ];
}

/** A nominee still to review: who, then each rule still open and what would decide it. */
function reviewLines(selection: Selection, r: Ranked, width: number, lang: Lang): string[] {
  const { campaign } = selection.check;
  const n = r.judgement.nominee;
  const lines = wrap(`${eligibleLine(n)} · ${nomineePosition(n)}`, { width, prefix: '    - ', indent: 6 });
  for (const rule of r.judgement.rules.filter((x) => x.result !== 'pass')) {
    const title = campaign.criteria.find((c) => c.id === rule.id)?.title[lang] ?? '';
    const text = `${rule.id} ${title}: ${renderRuleMessage(rule, lang, campaign, n)}`;
    lines.push(...wrap(text, { width, prefix: '      ? ', indent: 8 }));
  }
  return lines;
}

/** Nominated, eligible and suggested side by side, a row per group the plan gives priority to. */
function compositionTable(selection: Selection, w: Words, lang: Lang): string[] {
  const cw = compositionWords(lang);
  const { nominated, eligible, suggested, undecided } = selection.composition;
  const groups: CompositionGroup[] = [nominated, eligible, suggested];
  const share = (x: Count, of: number) => `${x.count}/${of} (${Math.round(x.share * 100)}%)`;
  const rows: string[][] = [
    [w.individuals, ...groups.map((g) => String(g.individuals))],
    ...(Object.keys(cw.traits) as (keyof typeof cw.traits)[]).map((t) => [
      capital(cw.traits[t]),
      ...groups.map((g) => share(g[t], g.individuals)),
    ]),
  ];
  const header = ['', w.nominated, w.eligible, w.suggested];
  const widths = header.map((h, i) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))),
  );
  const line = (cells: string[]) =>
    `  ${cells.map((cell, i) => (i === 0 ? padEnd(cell, widths[0] ?? 0) : padStart(cell, widths[i] ?? 0))).join('  ')}`;
  const lines = [line(header), ...rows.map(line)];
  if (undecided > 0) lines.push(`  (${w.undecided(undecided)})`);
  return lines;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

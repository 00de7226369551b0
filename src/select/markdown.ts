import { renderFinding } from '../findings/catalogue.js';
import type { Lang } from '../findings/finding.js';
import { formatPosition } from '../findings/finding.js';
import type { ReportDate } from '../report/date.js';
import { eligibleLine } from '../report/eligible.js';
import { inline } from '../report/markdown.js';
import { madeOn } from '../report/signature.js';
import { nomineePosition, sourceLine, unitName } from '../report/table.js';
import { categoryLabel, compositionWords } from '../report/text.js';
import { rankingWords } from './ranking-words.js';
import type { Selection } from './round.js';
import { selectRows } from './rows.js';
import { decisionFindings, hasDecisions, prioritiesLine, selectWords } from './words.js';

/** The round as Markdown, for a pull request or a wiki: the same sections as the text. */
export function renderSelectMarkdown(selection: Selection, lang: Lang, date: ReportDate): string {
  const w = selectWords(lang);
  const { campaign } = selection.check;
  const out: string[] = [`# ${w.title}: ${inline(campaign.title[lang])}`, ''];
  out.push(inline(sourceLine(selection.check, lang)), '', madeOn(date, lang), '', `> ${w.notice}`, '');
  if (selection.priorities) {
    out.push(
      `**${w.priorities}** (${campaign.plan.ref} ${selection.priorities.cite}): ${prioritiesLine(campaign, lang)}`,
      '',
    );
    out.push(`**${w.ranking}**: ${rankingWords(campaign, lang)}`, '');
  } else out.push(w.noPriorities, '');

  const rows = selectRows(selection, lang);
  const section = (title: string, groups: typeof selection.groups, empty: string) => {
    out.push(`## ${title} (${groups.length})`, '');
    if (groups.length === 0) out.push(empty, '');
    for (const g of groups) {
      const unit = unitName(campaign, g.unit);
      const counts =
        g.situation === 'over'
          ? w.groupOver(g.eligible.length, g.seats)
          : w.groupUnder(g.eligible.length, g.seats);
      out.push(`### ${inline(unit)} · ${categoryLabel(g.category, lang)}: ${counts}`, '');
      if (g.tie) out.push(`**${w.place.tie}**: ${w.tie(g.tie.nominees, g.tie.seats)}`, '');
      const here = rows.filter(
        (r) =>
          r.unit === unit && r.category === g.category && (g.situation === 'over' || r.place === 'review'),
      );
      out.push(
        `| ${w.rank} | ${w.suggestion} | ${w.name} | ${w.reason} | ${w.where} |`,
        '|---:|---|---|---|---|',
      );
      for (const r of here) {
        const reason = [r.reason, ...r.needs].map(inline).join('<br>');
        const place = r.place === 'review' ? w.review : w.place[r.place];
        out.push(
          `| ${r.rank} | ${place} | ${inline(eligibleLine(r.nominee))} | ${reason} | ${inline(nomineePosition(r.nominee))} |`,
        );
      }
      out.push('');
    }
  };
  section(
    w.over,
    selection.groups.filter((g) => g.situation === 'over'),
    w.noOver,
  );
  section(
    w.under,
    selection.groups.filter((g) => g.situation === 'under' && g.toReview.length > 0),
    w.noUnder,
  );

  const cw = compositionWords(lang);
  const { nominated, eligible, suggested, undecided } = selection.composition;
  out.push(
    `## ${w.composition}`,
    '',
    `| | ${w.nominated} | ${w.eligible} | ${w.suggested} |`,
    '|---|---:|---:|---:|',
  );
  out.push(
    `| ${w.individuals} | ${nominated.individuals} | ${eligible.individuals} | ${suggested.individuals} |`,
  );
  for (const t of Object.keys(cw.traits) as (keyof typeof cw.traits)[]) {
    const cell = (g: typeof nominated) => `${g[t].count} (${Math.round(g[t].share * 100)}%)`;
    out.push(`| ${cw.traits[t]} | ${cell(nominated)} | ${cell(eligible)} | ${cell(suggested)} |`);
  }
  out.push('');
  if (undecided > 0) out.push(w.undecided(undecided), '');

  if (hasDecisions(selection)) {
    const found = decisionFindings(selection);
    out.push(`## ${w.decisions} (${found.length})`, '');
    if (found.length === 0) out.push(w.noDecisions);
    for (const f of found)
      out.push(`- ${inline(formatPosition(f))}: ${inline(renderFinding(f, lang))} \`${f.code}\``);
    out.push('');
  }

  out.push(`## ${w.list}`, '');
  for (const unit of campaign.units) {
    const groups = selection.groups.filter(
      (g) => g.unit === unit.id && g.eligible.some((s) => s.place === 'keep'),
    );
    if (groups.length === 0) continue;
    out.push(`### ${inline(unit.name)}`, '');
    for (const g of groups) {
      out.push(`**${categoryLabel(g.category, lang)}**`, '');
      const keepers = g.eligible.filter((s) => s.place === 'keep');
      for (const [i, s] of keepers.entries()) {
        out.push(`${i + 1}. ${inline(eligibleLine(s.judgement.nominee))}`);
      }
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

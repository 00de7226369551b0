import { append } from '../append.js';
import type { CheckResult } from '../check.js';
import type { Judgement } from '../engine/types.js';
import { renderFinding } from '../findings/catalogue.js';
import { formatPosition, type Lang } from '../findings/finding.js';
import { type ReportDate, reportDate } from './date.js';
import { eligibleByUnit, eligibleWords } from './eligible.js';
import { firstOf, type Listed, nomineeLists, restLine } from './listing.js';
import { repeatWords, unitLabel } from './nominee-marks.js';
import { capitalised, dropLine, nominationsStatus, quotaWords, seatsCell, seatsTone } from './quota-words.js';
import { madeOn } from './signature.js';
import {
  compositionTable,
  countText,
  nomineePosition,
  reasonLine,
  reasonsFor,
  sourceLine,
  TRAITS,
  unitSummaries,
  WORDS,
} from './table.js';
import { categoryLabel, nomineeKindLabel, quotaEntryLabel } from './text.js';
import { statedRows, TOTALS_WORDS, totalsRows } from './totals.js';

const MD = {
  vi: {
    quota: 'Số lượng theo đơn vị',
    quotaColumns: ['Đối tượng', 'Phân bổ', 'Đề nghị', 'Đạt', 'Xem xét'],
    silent: 'Chưa có đề nghị',
    notEligible: 'Đề nghị chưa đạt hoặc cần xem xét',
    allEligible: 'Mọi đề nghị đều đạt tiêu chuẩn.',
    noNominee: 'Không có đề nghị nào.',
    nomineeColumns: ['Tên', 'Đối tượng', 'Đơn vị', 'Vị trí', 'Kết luận', 'Lý do'],
    findings: 'Vấn đề trong hồ sơ',
    noFindings: 'Không có vấn đề nào.',
    findingColumns: ['Mức độ', 'Mã', 'Vị trí', 'Nội dung'],
  },
  en: {
    quota: 'Quota by unit',
    quotaColumns: ['Category', 'Allocated', 'Nominated', 'Eligible', 'Review'],
    silent: 'No nominations from',
    notEligible: 'Nominees not eligible or to review',
    allEligible: 'Every nominee is eligible.',
    noNominee: 'No nominee was read.',
    nomineeColumns: ['Name', 'Category', 'Unit', 'Where', 'Verdict', 'Reasons'],
    findings: 'Problems in the files',
    noFindings: 'No problems.',
    findingColumns: ['Severity', 'Code', 'Where', 'Message'],
  },
} as const;

/**
 * A report to paste into an email or a wiki: the quota table of every unit that nominated with
 * the province's totals, the eligible nominees by unit, the nominees that are not eligible with
 * their reasons, and the findings. Q-UNDER is left out of the findings, as in the terminal
 * report: the unit tables already show it.
 */
export function renderMarkdown(
  result: CheckResult,
  lang: Lang,
  options: { date?: ReportDate; onNominee?: () => void; limit?: number } = {},
): string {
  const m = MD[lang];
  const lists = nomineeLists(result, options.limit);
  const w = WORDS[lang];
  const qw = quotaWords(lang);
  const { campaign } = result;
  const date = options.date ?? reportDate(lang);
  const out: string[] = [];
  out.push(`# ${inline(campaign.title[lang])}`, '');
  out.push(`${inline(sourceLine(result, lang))}  `, inline(madeOn(date, lang)), '');
  out.push(`**${inline(w.tally(result.summary))}**`, '');

  out.push(`## ${m.quota}`, '', inline(qw.legend), '');
  const silent: string[] = [];
  for (const unit of unitSummaries(result)) {
    if (unit.entries.every((q) => q.nominated === 0 && q.repeats === 0)) {
      silent.push(unit.name);
      continue;
    }
    out.push(`### ${inline(unit.name)}`, '');
    const shown = unit.entries.filter((q) => q.allocated > 0 || q.nominated > 0 || q.repeats > 0);
    const rows = shown.map((q) => {
      const status = capitalised(nominationsStatus(q, lang));
      const seats = capitalised(seatsCell(q, lang));
      return [
        quotaEntryLabel(q, lang, result.campaign),
        String(q.allocated),
        String(q.nominated),
        String(q.eligible),
        String(q.review),
        q.status === 'over' ? `**${status}**` : status,
        seatsTone(q) === 'full' ? `**${seats}**` : seats,
      ];
    });
    const columns = [...m.quotaColumns, qw.nominations, qw.seats];
    append(out, table(columns, rows, [false, true, true, true, true, false, false]), '');
    // what a unit over its nominations must drop, and the rows not counted again, under its table
    const notes = shown.flatMap((q) => {
      const label = quotaEntryLabel(q, lang, result.campaign);
      const drop = dropLine(q, lang);
      return [
        ...(drop === undefined ? [] : [`${label}: ${drop}`]),
        ...(q.repeats > 0 ? [`${label}: ${qw.repeats(q.repeats)}.`] : []),
      ];
    });
    if (notes.length > 0)
      append(
        out,
        notes.map((n) => `- ${inline(n)}`),
        '',
      );
  }
  if (silent.length > 0) out.push(`${m.silent}: ${silent.map(inline).join(', ')}`, '');
  append(out, totals(result, lang));
  append(out, composition(result, lang));
  append(out, eligible(result, lang, lists.eligible));

  const notEligible = lists.notEligible;
  out.push(`## ${m.notEligible} (${notEligible.total})`, '');
  if (notEligible.total === 0) out.push(lists.all.total === 0 ? m.noNominee : m.allEligible, '');
  else {
    append(out, rest(notEligible, 'nominees', lang));
    const rows = notEligible.shown.map((j) => {
      options.onNominee?.();
      const n = j.nominee;
      return [
        inline(n.name),
        nomineeKindLabel(n, lang, campaign),
        inline(unitLabel(campaign, n, lang)),
        inline([nomineePosition(n), ...optional(repeatWords(j, lang))].join('; ')),
        w.verdict[j.verdict],
        reasonsFor(j, campaign, lang)
          .map((r) => inline(reasonLine(r)))
          .join('<br>'),
      ];
    });
    append(out, table([...m.nomineeColumns], rows), '');
  }

  const listed = firstOf(
    result.findings.filter((f) => f.code !== 'Q-UNDER'),
    options.limit,
  );
  out.push(`## ${m.findings} (${listed.total})`, '');
  if (listed.total === 0) out.push(m.noFindings, '');
  else {
    append(out, rest(listed, 'findings', lang));
    const rows = listed.shown.map((f) => [
      w.severity[f.severity],
      f.code,
      inline(formatPosition(f)),
      inline(renderFinding(f, lang)),
    ]);
    append(out, table([...m.findingColumns], rows), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The province's totals by category, then the plan's stated totals against its table. */
function totals(result: CheckResult, lang: Lang): string[] {
  const t = TOTALS_WORDS[lang];
  const bold = (text: string, on: boolean) => (on ? `**${text}**` : text);
  const rows = totalsRows(result, lang).map((r) =>
    [r.label, String(r.allocated), String(r.nominated), String(r.eligible), String(r.review)].map((c) =>
      bold(c, r.all),
    ),
  );
  // bold lines, not headings: the quota's headings are its units
  const out = [
    `**${t.totals}**`,
    '',
    ...table(MD[lang].quotaColumns.slice(0, 5), rows, [false, true, true, true, true]),
    '',
  ];
  const stated = statedRows(result, lang);
  if (stated.rows.length === 0) return out;
  const body = stated.rows.map((r) => {
    const difference = r.difference > 0 ? `+${r.difference}` : String(r.difference);
    return [
      r.label,
      String(r.stated),
      String(r.table),
      r.difference === 0 ? difference : `**${difference}**`,
    ];
  });
  return [
    ...out,
    `**${inline(stated.title)}**`,
    '',
    ...table([...t.statedColumns], body, [false, true, true, true]),
    '',
  ];
}

/** A list's line saying where the rest is, as a paragraph; nothing when it shows all. */
function rest(list: Listed<unknown>, of: 'nominees' | 'findings', lang: Lang): string[] {
  const line = restLine(list, of, lang);
  return line === undefined ? [] : [`*${inline(line)}*`, ''];
}

/** Who may go: each unit's eligible nominees under its plan name, by category, numbered. */
function eligible(result: CheckResult, lang: Lang, list: Listed<Judgement>): string[] {
  const e = eligibleWords(lang);
  const units = eligibleByUnit({ ...result, judgements: list.shown });
  const out = [`## ${e.title} (${result.summary.eligible})`, ''];
  if (units.length === 0) return [...out, e.none, ''];
  append(out, rest(list, 'nominees', lang));
  for (const unit of units) {
    const name = unit.unit === null ? `${inline(unit.name)} (${e.outside})` : inline(unit.name);
    out.push(`### ${name} (${unit.count})`, '');
    for (const { category, nominees } of unit.categories) {
      const individuals = nominees[0]?.kind === 'individual';
      const header = [
        e.columns.number,
        e.columns.name,
        ...(individuals ? [e.columns.birthYear, e.columns.position] : []),
        MD[lang].nomineeColumns[3],
      ];
      const rows = nominees.map((n, i) => [
        String(i + 1),
        inline(n.name),
        ...(individuals ? [n.birthYear === null ? '' : String(n.birthYear), inline(n.position ?? '')] : []),
        inline(nomineePosition(n)),
      ]);
      const right = [true, false, ...(individuals ? [true, false] : []), false];
      append(
        out,
        `**${categoryLabel(category, lang, result.campaign.kinds)}** (${nominees.length})`,
        '',
        table(header, rows, right),
        '',
      );
    }
  }
  return out;
}

/**
 * Who the individuals are, after the quota it qualifies: a row per unit with individuals and the
 * total, each group as `count (share, blanks)`. Nothing when no individual was nominated.
 */
function composition(result: CheckResult, lang: Lang): string[] {
  const { title, headers, rows, note } = compositionTable(result, lang);
  if ((rows.at(-1)?.group.individuals ?? 0) === 0) return [];
  const bold = (text: string, on: boolean) => (on ? `**${text}**` : text);
  const body = rows.map(({ label, total, group: g }) =>
    [inline(label), String(g.individuals), ...TRAITS.map((t) => countText(g[t], lang))].map((c) =>
      bold(c, total),
    ),
  );
  return [
    `## ${inline(title)}`,
    '',
    ...table([headers.unit, headers.individuals, ...TRAITS.map((t) => headers.traits[t])], body, [
      false,
      true,
      true,
      true,
      true,
      true,
    ]),
    '',
    ...(note ? [note, ''] : []),
  ];
}

function optional(text: string | undefined): string[] {
  return text === undefined ? [] : [text];
}

/** Cells are already escaped; `right` marks the numeric columns. */
function table(header: string[], rows: string[][], right: boolean[] = []): string[] {
  const rule = header.map((_, i) => (right[i] ? '---:' : '---'));
  return [header, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`);
}

/**
 * Text from the input as inert Markdown: every character that could start emphasis, a link,
 * code, HTML or a new table cell is backslash-escaped, and line breaks become spaces.
 */
export function inline(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#&!]/g, (c) => `\\${c}`).replace(/\s*[\r\n]+\s*/g, ' ');
}

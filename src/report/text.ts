import { Chalk, type ChalkInstance } from 'chalk';
import { append, maxOf } from '../append.js';
import type { Campaign } from '../campaign/schema.js';
import type { CheckResult } from '../check.js';
import type { CompositionGroup, Count } from '../checks/composition.js';
import type { QuotaEntry } from '../checks/quota.js';
import { quotaLabel } from '../checks/quota.js';
import type { Verdict } from '../engine/kleene.js';
import { renderRuleMessage } from '../engine/render.js';
import type { Judgement } from '../engine/types.js';
import { renderFinding } from '../findings/catalogue.js';
import { type Finding, formatPosition, type Lang, type Severity } from '../findings/finding.js';
import { type KindSpec, kindLabel, kindOf } from '../model/kinds.js';
import type { Nominee } from '../model/nominee.js';
import { type ReportDate, reportDate } from './date.js';
import { eligibleByUnit, eligibleLine, eligibleWords } from './eligible.js';
import { displayWidth, padEnd, padStart, wrap } from './layout.js';
import { firstOf, type Listed, nomineeLists, restLine } from './listing.js';
import { repeatWords, unitLabel } from './nominee-marks.js';
import {
  capitalised,
  dropLine,
  nominationsStatus,
  quotaWords,
  seatsStatus,
  seatsTone,
} from './quota-words.js';
import { madeOn } from './signature.js';
import { awardTitle, nomineePosition, sourceLine } from './table.js';
import { statedRows, TOTALS_WORDS, totalsRows } from './totals.js';

export interface TextOptions {
  lang: Lang;
  /** ANSI colours; the CLI decides (NO_COLOR, not a terminal), this module only obeys. */
  color: boolean;
  /** Columns to fit in; reports are laid out for 80–100. */
  width?: number;
  /** The day the report is made; `SOURCE_DATE_EPOCH` or today when left out. */
  date?: ReportDate;
  /** Told once per nominee written out in full (cli/progress.ts). */
  onNominee?: () => void;
  /** Entries each list shows (listing.ts); `LISTED` unless a test wants fewer. */
  limit?: number;
}

const WORDS = {
  vi: {
    quota: 'SỐ LƯỢNG THEO ĐƠN VỊ',
    columns: ['Đối tượng', 'Phân bổ', 'Đề nghị', 'Đạt', 'Xem xét'],
    noNominees: 'Chưa có đề nghị',
    eligible: 'DANH SÁCH ĐẠT TIÊU CHUẨN',
    notEligible: 'ĐỀ NGHỊ CHƯA ĐẠT HOẶC CẦN XEM XÉT',
    legend: 'Ký hiệu',
    marks: { eligible: 'đạt', ineligible: 'không đạt', review: 'cần xem xét, chưa đủ thông tin để kết luận' },
    allEligible: 'Mọi đề nghị đều đạt tiêu chuẩn.',
    noNominee: 'Không có đề nghị nào.',
    findings: 'VẤN ĐỀ TRONG HỒ SƠ',
    noFindings: 'Không có vấn đề nào.',
    tally: 'TỔNG KẾT',
    unknownUnit: 'đơn vị không có trong bảng phân bổ',
    verdict: { eligible: 'ĐẠT', ineligible: 'KHÔNG ĐẠT', review: 'CẦN XEM XÉT' },
    severity: { error: 'LỖI', warning: 'CẢNH BÁO', info: 'THÔNG TIN' },
    counts: (s: CheckResult['summary']) =>
      `${s.eligible} đạt, ${s.ineligible} không đạt, ${s.review} cần xem xét`,
    problems: (s: CheckResult['summary']) => `${s.errors} lỗi, ${s.warnings} cảnh báo`,
    composition: 'Thành phần cá nhân được đề nghị (để tham khảo, không ảnh hưởng kết quả)',
    total: 'Tổng',
    individuals: (n: number) => `${n} cá nhân`,
    traits: {
      women: 'nữ',
      ethnicMinorities: 'dân tộc thiểu số',
      nonLeaders: 'không phải lãnh đạo',
      directWorkers: 'công nhân trực tiếp sản xuất',
    },
    blank: (n: number) => `${n} để trống`,
  },
  en: {
    quota: 'QUOTA BY UNIT',
    columns: ['Category', 'Allocated', 'Nominated', 'Eligible', 'Review'],
    noNominees: 'No nominations from',
    eligible: 'ELIGIBLE NOMINEES',
    notEligible: 'NOMINEES NOT ELIGIBLE OR TO REVIEW',
    legend: 'Marks',
    marks: {
      eligible: 'eligible',
      ineligible: 'not eligible',
      review: 'to review, not enough known to decide',
    },
    allEligible: 'Every nominee is eligible.',
    noNominee: 'No nominee was read.',
    findings: 'PROBLEMS IN THE FILES',
    noFindings: 'No problems.',
    tally: 'SUMMARY',
    unknownUnit: 'unit not in the allocation table',
    verdict: { eligible: 'ELIGIBLE', ineligible: 'INELIGIBLE', review: 'TO REVIEW' },
    severity: { error: 'ERROR', warning: 'WARNING', info: 'INFO' },
    counts: (s: CheckResult['summary']) =>
      `${s.eligible} eligible, ${s.ineligible} ineligible, ${s.review} to review`,
    problems: (s: CheckResult['summary']) =>
      `${s.errors} ${s.errors === 1 ? 'error' : 'errors'}, ${s.warnings} ${s.warnings === 1 ? 'warning' : 'warnings'}`,
    composition: 'Who the individuals nominated are (for information; never affects the result)',
    total: 'Total',
    individuals: (n: number) => `${n} ${n === 1 ? 'individual' : 'individuals'}`,
    traits: {
      women: 'women',
      ethnicMinorities: 'ethnic minorities',
      nonLeaders: 'non-leaders',
      directWorkers: 'direct production workers',
    },
    blank: (n: number) => `${n} blank`,
  },
} as const;

type Words = (typeof WORDS)[Lang];

/**
 * Words for a category (a kind of nominee), for every reporter that prints one: the campaign's
 * own label when its kinds are given, else the four categories' words.
 */
export function categoryLabel(category: string, lang: Lang, kinds?: readonly KindSpec[]): string {
  return kindLabel(category, lang, kinds);
}

/** Words for a quota entry's column of seats: its kind, and its award in a round of several. */
export function quotaEntryLabel(
  q: Pick<QuotaEntry, 'category' | 'award'>,
  lang: Lang,
  campaign: Pick<Campaign, 'kinds' | 'awards'>,
): string {
  return quotaLabel(q, campaign.kinds, campaign.awards)[lang];
}

/** Words for a nominee's kind, with the award it asks for in a round of several. */
export function nomineeKindLabel(
  n: Nominee,
  lang: Lang,
  campaign: Pick<Campaign, 'kinds' | 'awards'>,
): string {
  return quotaEntryLabel({ category: kindOf(n), award: n.award }, lang, campaign);
}

/**
 * The composition's words, for every reporter that shows it: one wording across formats.
 * `traits` are lower case, to sit inside a sentence.
 */
export function compositionWords(lang: Lang) {
  const w = WORDS[lang];
  return {
    title: w.composition,
    total: w.total,
    individuals: w.individuals,
    traits: w.traits,
    blank: w.blank,
  };
}

/**
 * The terminal report: quota per unit with the province's totals, the eligible nominees by unit,
 * the nominees that are not eligible and why, the findings, a closing tally. Q-UNDER findings
 * are not repeated in the list: the unit tables already show eligible against allocated.
 */
export function renderText(result: CheckResult, options: TextOptions): string {
  const w = WORDS[options.lang];
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const width = options.width ?? 80;
  const out: string[] = [];
  const push = (...parts: readonly (string | readonly string[])[]): void => {
    for (const part of parts) append(out, part);
  };

  const date = options.date ?? reportDate(options.lang);
  push(header(result, c, width, options.lang), wrap(madeOn(date, options.lang), { width }), '');
  push(c.bold(`1. ${w.quota}`), '', quotaSection(result, w, c, width, options.lang));
  push(totalsSection(result, c, width, options.lang));
  push(compositionSection(result, w, c, width));
  const lists = nomineeLists(result, options.limit);
  // a list that shows only its first entries says so under its title, and where the rest is
  const rest = (list: Listed<unknown>, of: 'nominees' | 'findings'): string[] => {
    const line = restLine(list, of, options.lang);
    return line === undefined ? [] : [...wrap(line, { width, prefix: '  ', indent: 2, paint: c.dim }), ''];
  };
  push(c.bold(`2. ${w.eligible} (${result.summary.eligible})`), '');
  push(rest(lists.eligible, 'nominees'));
  push(eligibleSection({ ...result, judgements: lists.eligible.shown }, c, width, options.lang));
  const notEligible = lists.notEligible;
  push(c.bold(`3. ${w.notEligible} (${notEligible.total})`), '');
  // nothing read is not "everyone eligible" (an empty submission, E-EMPTY-SUBMISSION)
  if (notEligible.total === 0) push(`  ${lists.all.total === 0 ? w.noNominee : w.allEligible}`, '');
  else push(rest(notEligible, 'nominees'), wrap(legend(w), { width, prefix: '  ', indent: 4 }), '');
  for (const j of notEligible.shown) {
    options.onNominee?.();
    push(nomineeBlock(j, result, w, c, width, options.lang), '');
  }
  const listed = firstOf(
    result.findings.filter((f) => f.code !== 'Q-UNDER'),
    options.limit,
  );
  push(c.bold(`4. ${w.findings} (${listed.total})`), '');
  if (listed.total === 0) push(`  ${w.noFindings}`);
  else push(rest(listed, 'findings'));
  for (const f of listed.shown) push(findingBlock(f, w, c, width, options.lang));
  push('', c.bold(w.tally), tally(result, w, c, width, options.lang));
  return `${out.join('\n')}\n`;
}

function header(result: CheckResult, c: ChalkInstance, width: number, lang: Lang): string[] {
  return [
    ...wrap(result.campaign.title[lang], { width, paint: c.bold }),
    ...wrap(sourceLine(result, lang), { width }),
  ];
}

function quotaSection(result: CheckResult, w: Words, c: ChalkInstance, width: number, lang: Lang): string[] {
  const unitNames = new Map(result.campaign.units.map((u) => [u.id, u.name]));
  const qw = quotaWords(lang);
  // with --per-unit-file each file's unit is its own table, named with the file
  const byUnit = new Map<string, { unit: string; file?: string; entries: QuotaEntry[] }>();
  for (const q of result.quota) {
    const key = `${q.file ?? ''}\u0000${q.unit}`;
    const group = byUnit.get(key) ?? {
      unit: q.unit,
      ...(q.file === undefined ? {} : { file: q.file }),
      entries: [],
    };
    group.entries.push(q);
    byUnit.set(key, group);
  }

  const shown = (q: QuotaEntry) => q.allocated > 0 || q.nominated > 0 || q.repeats > 0;
  const headers = [...w.columns, qw.nominations, qw.seats];
  const labelWidth = maxOf(
    [
      ...result.campaign.kinds.map((k) => displayWidth(categoryLabel(k.id, lang, result.campaign.kinds))),
      ...result.quota.map((q) => displayWidth(quotaEntryLabel(q, lang, result.campaign))),
    ],
    displayWidth(headers[0] ?? ''),
  );
  const numberWidths = headers.slice(1, 5).map(displayWidth);
  const statusWidth = maxOf(
    result.quota.filter(shown).map((q) => displayWidth(nominationsStatus(q, lang))),
    displayWidth(qw.nominations),
  );
  const row = (cells: string[], paint: (s: string) => string = (s) => s) =>
    `  ${[padEnd(cells[0] ?? '', labelWidth), ...numberWidths.map((nw, i) => padStart(cells[i + 1] ?? '', nw))].join('  ')}  ${paint(padEnd(cells[5] ?? '', statusWidth))}`;
  const SEATS_PAINT = { full: c.green, under: c.yellow, over: c.red.bold, none: (s: string) => s };

  const lines: string[] = [...wrap(qw.legend, { width, paint: c.dim }), ''];
  const silent: string[] = [];
  for (const { unit, file, entries } of byUnit.values()) {
    const name = unitNames.get(unit) ?? unit;
    if (entries.every((q) => q.nominated === 0 && q.repeats === 0)) {
      silent.push(name);
      continue;
    }
    lines.push(
      c.bold(file === undefined ? name : `${name} · ${file}`),
      c.dim(`${row(headers)}  ${headers[6]}`),
    );
    for (const q of entries) {
      if (!shown(q)) continue;
      const cells = [
        quotaEntryLabel(q, lang, result.campaign),
        String(q.allocated),
        String(q.nominated),
        String(q.eligible),
        String(q.review),
        nominationsStatus(q, lang),
      ];
      const text = row(cells, q.status === 'over' ? c.red.bold : undefined);
      lines.push(`${text}  ${SEATS_PAINT[seatsTone(q)](seatsStatus(q, lang))}`.trimEnd());
      const notes = [dropLine(q, lang), q.repeats > 0 ? `${capitalised(qw.repeats(q.repeats))}.` : undefined];
      for (const note of notes)
        if (note !== undefined) append(lines, wrap(note, { width, prefix: '    ', indent: 4 }));
    }
    lines.push('');
  }
  if (silent.length > 0) {
    const label = `${w.noNominees}: `;
    append(lines, wrap(label + silent.join(', '), { width, indent: 2 }), '');
  }
  return lines;
}

/**
 * The province's totals by category under the unit tables, then the totals the plan's text
 * states against what its table adds up to, a difference marked in red.
 */
function totalsSection(result: CheckResult, c: ChalkInstance, width: number, lang: Lang): string[] {
  const t = TOTALS_WORDS[lang];
  const w = WORDS[lang];
  const rows = totalsRows(result, lang);
  const labelWidth = maxOf(
    rows.map((r) => displayWidth(r.label)),
    displayWidth(w.columns[0]),
  );
  const numbers = w.columns.slice(1, 5);
  const line = (cells: string[]) =>
    `  ${padEnd(cells[0] ?? '', labelWidth)}  ${numbers.map((h, i) => padStart(cells[i + 1] ?? '', displayWidth(h))).join('  ')}`.trimEnd();
  const lines = [c.bold(t.totals), c.dim(line([w.columns[0], ...numbers]))];
  for (const r of rows) {
    const text = line([
      r.label,
      String(r.allocated),
      String(r.nominated),
      String(r.eligible),
      String(r.review),
    ]);
    lines.push(r.all ? c.bold(text) : text);
  }
  lines.push('');

  const stated = statedRows(result, lang);
  if (stated.rows.length === 0) return lines;
  append(lines, wrap(stated.title, { width, paint: c.bold }));
  const [, ...heads] = t.statedColumns;
  const statedLabel = maxOf(stated.rows.map((r) => displayWidth(r.label)));
  const statedLine = (cells: string[]) =>
    `  ${padEnd(cells[0] ?? '', statedLabel)}  ${heads.map((h, i) => padStart(cells[i + 1] ?? '', displayWidth(h))).join('  ')}`.trimEnd();
  lines.push(c.dim(statedLine(['', ...heads])));
  for (const r of stated.rows) {
    const difference = r.difference > 0 ? `+${r.difference}` : String(r.difference);
    const text = statedLine([r.label, String(r.stated), String(r.table), difference]);
    lines.push(r.difference === 0 ? text : c.red(text));
  }
  lines.push('');
  return lines;
}

/**
 * Who may go: each unit's eligible nominees under its plan name, by category, numbered within
 * the category as a list to forward is, with the row each came from.
 */
function eligibleSection(result: CheckResult, c: ChalkInstance, width: number, lang: Lang): string[] {
  const e = eligibleWords(lang);
  const units = eligibleByUnit(result);
  if (units.length === 0) return [`  ${e.none}`, ''];
  const lines: string[] = [];
  for (const unit of units) {
    const name = unit.unit === null ? `"${unit.name}" (${e.outside})` : unit.name;
    lines.push(c.bold(`${name} (${unit.count})`));
    for (const { category, nominees } of unit.categories) {
      lines.push(`  ${categoryLabel(category, lang, result.campaign.kinds)}`);
      const numberWidth = String(nominees.length).length;
      nominees.forEach((n, i) => {
        const prefix = `    ${padStart(String(i + 1), numberWidth)}. `;
        append(
          lines,
          // in a round of several awards, the one it may receive
          wrap(
            [
              eligibleLine(n),
              ...(n.award === undefined ? [] : [awardTitle(result.campaign, n.award, lang)]),
              nomineePosition(n),
            ].join(' · '),
            {
              width,
              prefix,
              indent: displayWidth(prefix),
            },
          ),
        );
      });
    }
    lines.push('');
  }
  return lines;
}

/**
 * One wrapped line per unit with individuals, then the total: count and share of each group the
 * plan gives priority to, with blank cells named so a share is not read as complete.
 */
function compositionSection(result: CheckResult, w: Words, c: ChalkInstance, width: number): string[] {
  const total = result.composition.find((g) => g.unit === null);
  if (!total || total.individuals === 0) return [];
  const unitNames = new Map(result.campaign.units.map((u) => [u.id, u.name]));
  const count = (x: Count) =>
    `${x.count} (${Math.round(x.share * 100)}%${x.unknown > 0 ? `, ${w.blank(x.unknown)}` : ''})`;
  const line = (label: string, g: CompositionGroup) =>
    `${label}: ${w.individuals(g.individuals)} — ${(Object.keys(w.traits) as (keyof Words['traits'])[])
      .map((t) => `${w.traits[t]} ${count(g[t])}`)
      .join(', ')}`;
  const lines = [c.bold(w.composition)];
  for (const g of result.composition) {
    if (g.unit === null || g.individuals === 0) continue;
    append(lines, wrap(line(unitNames.get(g.unit) ?? g.unit, g), { width, prefix: '  ', indent: 4 }));
  }
  append(lines, wrap(line(w.total, total), { width, prefix: '  ', indent: 4, paint: c.bold }), '');
  return lines;
}

const MARK: Record<Verdict | 'fail' | 'unknown', string> = {
  eligible: '✓',
  ineligible: '✗',
  review: '?',
  fail: '✗',
  unknown: '?',
};

/** `Ký hiệu: ✓ đạt · ✗ không đạt · ? cần xem xét…`: each mark with its word. */
function legend(w: Words): string {
  const verdicts = ['eligible', 'ineligible', 'review'] as const;
  return `${w.legend}: ${verdicts.map((v) => `${MARK[v]} ${w.marks[v]}`).join(' · ')}`;
}

function nomineeBlock(
  j: Judgement,
  result: CheckResult,
  w: Words,
  c: ChalkInstance,
  width: number,
  lang: Lang,
): string[] {
  const { campaign } = result;
  const n = j.nominee;
  const paint = j.verdict === 'ineligible' ? c.red : c.yellow;
  const unit = n.unit ? unitLabel(campaign, n, lang) : `"${n.unitText}" (${w.unknownUnit})`;
  const where = nomineePosition(n);
  const repeat = repeatWords(j, lang);
  const lines = [
    ...wrap(`${n.name} — ${w.verdict[j.verdict]}`, {
      width,
      prefix: paint(`${MARK[j.verdict]} `),
      indent: 2,
      paint,
    }),
    ...wrap([nomineeKindLabel(n, lang, campaign), unit, where].join(' · '), {
      width,
      prefix: '  ',
      indent: 4,
    }),
    ...(repeat === undefined ? [] : wrap(capitalised(repeat), { width, prefix: '  ', indent: 4 })),
  ];
  for (const rule of j.rules) {
    if (rule.result === 'pass') continue;
    const title = campaign.criteria.find((cr) => cr.id === rule.id)?.title[lang] ?? '';
    const paintRule = rule.result === 'fail' ? c.red : c.yellow;
    append(
      lines,
      wrap(`${MARK[rule.result]} ${rule.id} ${title}`, {
        width,
        prefix: '  ',
        indent: 4,
        paint: paintRule,
      }),
      wrap(renderRuleMessage(rule, lang, campaign, n), { width, prefix: ' '.repeat(6), indent: 6 }),
    );
  }
  return lines;
}

const SEVERITY_COLOUR: Record<Severity, 'red' | 'yellow' | 'blue'> = {
  error: 'red',
  warning: 'yellow',
  info: 'blue',
};

function findingBlock(f: Finding, w: Words, c: ChalkInstance, width: number, lang: Lang): string[] {
  const label = c[SEVERITY_COLOUR[f.severity]].bold(w.severity[f.severity]);
  const where = formatPosition(f);
  return [
    ...wrap(where ? `${f.code} · ${where}` : f.code, { width, prefix: `${label} `, indent: 4 }),
    ...wrap(renderFinding(f, lang), { width, prefix: '    ', indent: 4 }),
  ];
}

function tally(result: CheckResult, w: Words, c: ChalkInstance, width: number, lang: Lang): string[] {
  const s = result.summary;
  const paint = s.errors > 0 ? c.red : s.warnings > 0 ? c.yellow : (t: string) => t;
  return [
    ...wrap(`${quotaWords(lang).tally(s)}: ${w.counts(s)}`, { width, prefix: '  ', indent: 4 }),
    ...wrap(w.problems(s), { width, prefix: '  ', indent: 4, paint }),
  ];
}

import { maxOf } from '../append.js';
import type { CheckResult } from '../check.js';
import type { Count } from '../checks/composition.js';
import type { Verdict } from '../engine/kleene.js';
import type { Judgement } from '../engine/types.js';
import { renderFinding } from '../findings/catalogue.js';
import { formatPosition, type Lang } from '../findings/finding.js';
import type { Nominee } from '../model/nominee.js';
import { type ReportDate, reportDate } from './date.js';
import { eligibleByUnit, eligibleWords } from './eligible.js';
import { firstOf, type Listed, nomineeLists, restLine } from './listing.js';
import { markWords, repeatWords, unitCell, unitWritten } from './nominee-marks.js';
import {
  capitalised,
  nominationsStatus,
  QUOTA_COLUMNS,
  quotaWords,
  seatsCell,
  seatsTone,
} from './quota-words.js';
import { madeOn, signatureBlock } from './signature.js';
import {
  compositionTable,
  nomineePosition,
  percent,
  reasonLine,
  reasonsFor,
  sourceLine,
  TRAITS,
  type UnitSummary,
  unitSummaries,
  WORDS,
} from './table.js';
import { categoryLabel, compositionWords, nomineeKindLabel, quotaEntryLabel } from './text.js';
import { statedRows, TOTALS_WORDS, totalsRows } from './totals.js';

const H = {
  vi: {
    cards: ['Đề nghị', 'Đạt', 'Không đạt', 'Cần xem xét', 'Lỗi', 'Cảnh báo'],
    quota: 'Số lượng theo đơn vị',
    chart: 'Phân bổ, đề nghị và đạt theo đơn vị',
    series: ['Phân bổ', 'Đề nghị', 'Đạt'],
    nominees: 'Danh sách đề nghị',
    filter: 'Lọc theo tên, đơn vị, kết luận, mã tiêu chí…',
    shown: 'đang hiện',
    nomineeColumns: ['Tên', 'Đối tượng', 'Đơn vị', 'Kết luận', 'Lý do', 'Vị trí'],
    findings: 'Vấn đề trong hồ sơ',
    noFindings: 'Không có vấn đề nào.',
    findingColumns: ['Mức độ', 'Mã', 'Vị trí', 'Nội dung'],
    rules: 'Các tiêu chí áp dụng',
  },
  en: {
    cards: ['Nominees', 'Eligible', 'Ineligible', 'To review', 'Errors', 'Warnings'],
    quota: 'Quota by unit',
    chart: 'Allocated, nominated and eligible by unit',
    series: ['Allocated', 'Nominated', 'Eligible'],
    nominees: 'Nominees',
    filter: 'Filter by name, unit, verdict, rule id…',
    shown: 'shown',
    nomineeColumns: ['Name', 'Category', 'Unit', 'Verdict', 'Reasons', 'Where'],
    findings: 'Problems in the files',
    noFindings: 'No problems.',
    findingColumns: ['Severity', 'Code', 'Where', 'Message'],
    rules: 'Criteria applied',
  },
} as const;

/**
 * One self-contained page: no request leaves it (a Content-Security-Policy forbids any), so it
 * can be mailed or opened from a USB stick. Inline CSS sized for a phone first, an inline SVG
 * chart, and a few lines of script for the nominee filter; the page reads fine without them.
 * Every text that comes from an input or a campaign goes through `escapeHtml`.
 */
export function renderHtml(
  result: CheckResult,
  lang: Lang,
  options: { date?: ReportDate; onNominee?: () => void; limit?: number } = {},
): string {
  const h = H[lang];
  const lists = nomineeLists(result, options.limit);
  const findings = firstOf(result.findings, options.limit);
  const date = options.date ?? reportDate(lang);
  const w = WORDS[lang];
  const qw = quotaWords(lang);
  const marks = markWords(lang);
  const { campaign } = result;
  const s = result.summary;
  const units = unitSummaries(result);

  // nominations, as the tally counts them: a row repeating one made before is said, not counted
  const repeated =
    s.repeats > 0 ? `<span class="mark">${escapeHtml(capitalised(qw.repeats(s.repeats)))}</span>` : '';
  const cards = [s.nominees - s.repeats, s.eligible, s.ineligible, s.review, s.errors, s.warnings]
    .map(
      (n, i) =>
        `<div class="card c${i}"><b>${n}</b><span>${escapeHtml(h.cards[i] ?? '')}</span>${i === 0 ? repeated : ''}</div>`,
    )
    .join('');

  // both readings (DOMAIN.md §4): only seats eligible nominees fill are green
  const quotaRows = units
    .flatMap((u) => {
      const entries = u.entries.filter((q) => q.allocated > 0 || q.nominated > 0 || q.repeats > 0);
      return entries.map(
        (q, i) =>
          `<tr>${i === 0 ? `<th scope="row" rowspan="${entries.length}">${escapeHtml(u.name)}</th>` : ''}` +
          `<td class="nowrap">${escapeHtml(quotaEntryLabel(q, lang, result.campaign))}</td>${labelled(QUOTA_COLUMNS[lang][2], q.allocated)}` +
          `${labelled(QUOTA_COLUMNS[lang][3], q.nominated)}${labelled(QUOTA_COLUMNS[lang][4], q.eligible)}${labelled(QUOTA_COLUMNS[lang][5], q.review)}` +
          `<td class="s-${q.status}" data-label="${escapeHtml(QUOTA_COLUMNS[lang][6])}">${escapeHtml(capitalised(nominationsStatus(q, lang)))}</td>` +
          `<td class="seats-${seatsTone(q)}" data-label="${escapeHtml(QUOTA_COLUMNS[lang][7])}">${escapeHtml(capitalised(seatsCell(q, lang)))}` +
          (q.repeats > 0
            ? `<span class="mark">${escapeHtml(capitalised(qw.repeats(q.repeats)))}</span>`
            : '') +
          '</td></tr>',
      );
    })
    .join('\n');

  const nomineeRows = lists.all.shown
    .map((j) => {
      options.onNominee?.();
      const n = j.nominee;
      const written = unitWritten(campaign, n);
      const repeat = repeatWords(j, lang);
      const reasons = reasonsFor(j, campaign, lang)
        .map((r) => `<li class="r-${r.result}">${escapeHtml(reasonLine(r))}</li>`)
        .join('');
      return (
        `<tr class="v-${j.verdict}"><td>${escapeHtml(n.name)}</td>` +
        `<td>${escapeHtml(nomineeKindLabel(n, lang, campaign))}</td>` +
        `<td>${escapeHtml(unitCell(campaign, n) ?? n.unitText)}${mark(written === undefined ? undefined : marks.written(written))}</td>` +
        `<td><span class="badge ${j.verdict}">${escapeHtml(w.verdict[j.verdict])}</span>${mark(repeat === undefined ? undefined : capitalised(repeat))}</td>` +
        `<td>${reasons ? `<ul>${reasons}</ul>` : ''}</td>` +
        `<td class="where">${where(nomineePosition(n))}</td></tr>`
      );
    })
    .join('\n');

  const findingRows = findings.shown
    .map(
      (f) =>
        `<tr class="f-${f.severity}"><td>${escapeHtml(w.severity[f.severity])}</td><td><code>${escapeHtml(f.code)}</code></td>` +
        `<td class="where">${where(formatPosition(f))}</td><td>${escapeHtml(renderFinding(f, lang))}</td></tr>`,
    )
    .join('\n');

  const rules = campaign.criteria
    .map(
      (c) =>
        `<dt><code>${escapeHtml(c.id)}</code> ${escapeHtml(c.title[lang])}</dt>` +
        `<dd>${escapeHtml(campaign.plan.ref)} ${escapeHtml(c.cite)} · ${escapeHtml(c.category.map((x) => categoryLabel(x, lang, campaign.kinds)).join(', '))}</dd>`,
    )
    .join('\n');

  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${escapeHtml(campaign.title[lang])}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(campaign.title[lang])}</h1>
<p>${escapeHtml(sourceLine(result, lang))}</p>
<p class="date">${escapeHtml(madeOn(date, lang))}</p>
</header>
<main>
<section class="cards">${cards}</section>
<section>
<h2>${escapeHtml(h.quota)}</h2>
${chart(units, h.chart, h.series)}
<p class="note">${escapeHtml(qw.legend)}</p>
<div class="scroll"><table class="quota">
<thead><tr>${QUOTA_COLUMNS[lang].map((c, i) => `<th scope="col"${i >= 2 && i <= 5 ? ' class="n"' : ''}>${escapeHtml(c)}</th>`).join('')}</tr></thead>
<tbody>
${quotaRows}
</tbody></table></div>
</section>
${totals(result, lang)}${composition(result, lang)}${eligible(result, lang, lists.eligible)}<section class="page">
<h2>${escapeHtml(h.nominees)} (${lists.all.total})</h2>
${rest(lists.all, 'nominees', lang)}<p class="filter"><input id="filter" type="search" placeholder="${escapeHtml(h.filter)}" aria-label="${escapeHtml(h.filter)}"> <output id="shown"></output></p>
<div class="scroll"><table id="nominees">
<thead><tr>${h.nomineeColumns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>
<tbody>
${nomineeRows}
</tbody></table></div>
</section>
<section class="page">
<h2>${escapeHtml(h.findings)} (${findings.total})</h2>
${rest(findings, 'findings', lang)}${
  findings.total === 0
    ? `<p>${escapeHtml(h.noFindings)}</p>`
    : `<div class="scroll"><table class="findings">
<thead><tr>${h.findingColumns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>
<tbody>
${findingRows}
</tbody></table></div>`
}
</section>
<section>
<details><summary>${escapeHtml(h.rules)} (${campaign.criteria.length})</summary><dl>
${rules}
</dl></details>
</section>
${signature(result, date, lang)}</main>
<script>${script(h.shown)}</script>
</body>
</html>
`;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** A small line under a cell's value (what the file said, a repeated row); nothing without text. */
function mark(text: string | undefined): string {
  return text === undefined ? '' : `<span class="mark">${escapeHtml(text)}</span>`;
}

/** Text safe in element content and in quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/** A number cell carrying its column's name, which a phone shows beside it in place of the header. */
function labelled(label: string, value: number): string {
  return `<td class="n" data-label="${escapeHtml(label)}">${value}</td>`;
}

/**
 * `nominees.xlsx › Cá nhân!B7` that may wrap between its parts and at spaces, never inside a
 * file name or a cell reference.
 */
function where(position: string): string {
  return position
    .split(' › ')
    .map((part) => `<span class="nw">${escapeHtml(part)}</span>`)
    .join(' › ');
}

/** The province's totals by category, then the plan's stated totals against what its table adds up to. */
function totals(result: CheckResult, lang: Lang): string {
  const t = TOTALS_WORDS[lang];
  const columns = QUOTA_COLUMNS[lang].slice(1, 6);
  const head = columns
    .map((c, i) => `<th scope="col"${i > 0 ? ' class="n"' : ''}>${escapeHtml(c)}</th>`)
    .join('');
  const body = totalsRows(result, lang)
    .map(
      (r) =>
        `<tr${r.all ? ' class="total"' : ''}><th scope="row">${escapeHtml(r.label)}</th>` +
        `${[r.allocated, r.nominated, r.eligible, r.review].map((v, i) => labelled(columns[i + 1] ?? '', v)).join('')}</tr>`,
    )
    .join('\n');
  const stated = statedRows(result, lang);
  const statedTable =
    stated.rows.length === 0
      ? ''
      : `<h3>${escapeHtml(stated.title)}</h3>
<div class="scroll"><table class="stated">
<thead><tr>${t.statedColumns.map((c, i) => `<th scope="col"${i > 0 ? ' class="n"' : ''}>${escapeHtml(c)}</th>`).join('')}</tr></thead>
<tbody>
${stated.rows
  .map(
    (r) =>
      `<tr><th scope="row">${escapeHtml(r.label)}</th><td class="n">${r.stated}</td><td class="n">${r.table}</td>` +
      `<td class="n${r.difference === 0 ? '' : ' differs'}">${r.difference > 0 ? `+${r.difference}` : r.difference}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div>
`;
  return `<section class="totals">
<h2>${escapeHtml(t.totals)}</h2>
<div class="scroll"><table class="totals">
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody></table></div>
${statedTable}</section>
`;
}

/** A list's line saying where the rest is, as a note under its title; nothing when it shows all. */
function rest(list: Listed<unknown>, of: 'nominees' | 'findings', lang: Lang): string {
  const line = restLine(list, of, lang);
  return line === undefined ? '' : `<p class="note rest">${escapeHtml(line)}</p>\n`;
}

/**
 * Who may go: each unit's eligible nominees under its plan name, a table per category, numbered
 * as a list to forward is. Individuals show their birth year and position.
 */
function eligible(result: CheckResult, lang: Lang, list: Listed<Judgement>): string {
  const e = eligibleWords(lang);
  const units = eligibleByUnit({ ...result, judgements: list.shown });
  const whereHeader = H[lang].nomineeColumns[5];
  const categoryTable = (nominees: readonly Nominee[]) => {
    const individuals = nominees[0]?.kind === 'individual';
    const heads = [
      [e.columns.number, ' class="n"'],
      [e.columns.name, ''],
      ...(individuals
        ? [
            [e.columns.birthYear, ' class="n"'],
            [e.columns.position, ''],
          ]
        : []),
      [whereHeader, ''],
    ];
    const rows = nominees
      .map(
        (n, i) =>
          `<tr><td class="n">${i + 1}</td><td class="name">${escapeHtml(n.name)}</td>` +
          (individuals
            ? `<td class="n born" data-label="${escapeHtml(e.columns.birthYear.toLowerCase())}">${n.birthYear ?? ''}</td><td>${escapeHtml(n.position ?? '')}</td>`
            : '') +
          `<td class="where">${where(nomineePosition(n))}</td></tr>`,
      )
      .join('\n');
    return `<div class="scroll"><table class="eligible${individuals ? ' individuals' : ''}">
<thead><tr>${heads.map(([c, cls]) => `<th scope="col"${cls}>${escapeHtml(c ?? '')}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody></table></div>`;
  };
  const body =
    units.length === 0
      ? `<p>${escapeHtml(e.none)}</p>`
      : units
          .map(
            (u) =>
              `<h3>${escapeHtml(u.name)}${u.unit === null ? ` <small>(${escapeHtml(e.outside)})</small>` : ''} (${u.count})</h3>\n` +
              u.categories
                .map(
                  (c) =>
                    `<h4>${escapeHtml(categoryLabel(c.category, lang, result.campaign.kinds))} (${c.nominees.length})</h4>\n${categoryTable(c.nominees)}`,
                )
                .join('\n'),
          )
          .join('\n');
  return `<section class="page eligible-list">
<h2>${escapeHtml(e.title)} (${result.summary.eligible})</h2>
${rest(list, 'nominees', lang)}${body}
</section>
`;
}

/**
 * The close of the report: the place and date line above the approver, each signer's title in
 * bold capitals over the hint to sign, and room to sign below.
 */
function signature(result: CheckResult, date: ReportDate, lang: Lang): string {
  const block = signatureBlock(result.campaign, date, lang);
  const signer = (s: (typeof block.signers)[number]) =>
    `<div class="signer"><b>${escapeHtml(s.title)}</b><i>${escapeHtml(s.hint)}</i></div>`;
  return `<section class="signature">
<p class="place-date"><i>${escapeHtml(block.placeDate)}</i></p>
${signer(block.signers[0])}${signer(block.signers[1])}
</section>
`;
}

/**
 * Who the individuals are, after the quota it qualifies: a row per unit with individuals and the
 * total, each group's count with its share beside it and its blank cells below. On a phone each
 * row becomes a card of labelled lines (`data-label`), as six columns do not fit. Nothing when no
 * individual was nominated.
 */
function composition(result: CheckResult, lang: Lang): string {
  const { title, headers, rows, note } = compositionTable(result, lang);
  if ((rows.at(-1)?.group.individuals ?? 0) === 0) return '';
  const blank = compositionWords(lang).blank;
  const td = (label: string, value: string) =>
    `<td class="n" data-label="${escapeHtml(label)}"><span>${value}</span></td>`;
  const count = (x: Count) =>
    `${x.count} <span class="share">${percent(x.share)}</span>` +
    (x.unknown > 0 ? `<span class="blank">${escapeHtml(blank(x.unknown))}</span>` : '');
  const body = rows
    .map(
      ({ label, total, group: g }) =>
        `<tr${total ? ' class="total"' : ''}><th scope="row">${escapeHtml(label)}</th>` +
        td(headers.individuals, String(g.individuals)) +
        `${TRAITS.map((t) => td(headers.traits[t], count(g[t]))).join('')}</tr>`,
    )
    .join('\n');
  const head = [headers.unit, headers.individuals, ...TRAITS.map((t) => headers.traits[t])]
    .map((c, i) => `<th scope="col"${i > 0 ? ' class="n"' : ''}>${escapeHtml(c)}</th>`)
    .join('');
  return `<section class="page">
<h2>${escapeHtml(title)}</h2>
<div class="scroll"><table class="composition">
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody></table></div>
${note ? `<p class="note">${escapeHtml(note)}</p>\n` : ''}</section>
`;
}

const SERIES_CLASS = ['allocated', 'nominated', 'eligible'] as const;

/**
 * Horizontal grouped bars, one group per unit: long unit names fit on a phone as labels above
 * their bars, where a vertical chart would have to slant them.
 */
function chart(units: readonly UnitSummary[], title: string, series: readonly string[]): string {
  // drawn for a phone's width; on a wide screen it grows up to the figure's max-width
  const width = 400;
  const barHeight = 12;
  const labelHeight = 18;
  const groupGap = 12;
  const legendHeight = 28;
  const groupHeight = labelHeight + barHeight * 3 + groupGap;
  const height = legendHeight + units.length * groupHeight;
  const max = maxOf(
    units.flatMap((u) => [u.allocated, u.nominated, u.eligible]),
    1,
  );
  const room = width - 40;
  const legend = series
    .map(
      (name, i) =>
        `<rect x="${i * 120}" y="6" width="14" height="14" class="${SERIES_CLASS[i]}"/>` +
        `<text x="${i * 120 + 20}" y="18">${escapeHtml(name)}</text>`,
    )
    .join('');
  const groups = units
    .map((u, g) => {
      const top = legendHeight + g * groupHeight;
      const bars = [u.allocated, u.nominated, u.eligible]
        .map((value, i) => {
          const y = top + labelHeight + i * barHeight;
          const length = Math.round((value / max) * room);
          return (
            `<rect x="0" y="${y}" width="${length}" height="${barHeight - 2}" class="bar ${SERIES_CLASS[i]}"><title>${escapeHtml(`${series[i]}: ${value}`)}</title></rect>` +
            `<text x="${length + 4}" y="${y + barHeight - 3}" class="value">${value}</text>`
          );
        })
        .join('');
      return `<text x="0" y="${top + labelHeight - 5}" class="unit">${escapeHtml(u.name)}</text>${bars}`;
    })
    .join('\n');
  return `<figure><svg viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title" xmlns="http://www.w3.org/2000/svg">
<title id="chart-title">${escapeHtml(title)}</title>
${legend}
${groups}
</svg><figcaption>${escapeHtml(title)}</figcaption></figure>`;
}

/** The filter: rows whose text holds the query, case and diacritics ignored (`phong tho`). */
function script(shown: string): string {
  return `
(function () {
  var fold = function (t) { return t.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase(); };
  var input = document.getElementById('filter');
  var out = document.getElementById('shown');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#nominees tbody tr'));
  var texts = rows.map(function (r) { return fold(r.textContent || ''); });
  var update = function () {
    var q = fold(input.value.trim());
    var n = 0;
    rows.forEach(function (r, i) { var hit = texts[i].indexOf(q) >= 0; r.hidden = !hit; if (hit) n++; });
    out.textContent = n + '/' + rows.length + ' ${shown}';
  };
  input.addEventListener('input', update);
  update();
})();
`;
}

const VERDICT_COLOUR: Record<Verdict, string> = {
  eligible: '#1e7b34',
  ineligible: '#b3261e',
  review: '#8a6100',
};

const CSS = `
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1b1b1b;background:#f6f7f9}
header{background:#16365c;color:#fff;padding:16px}
header h1{margin:0 0 4px;font-size:1.25rem;line-height:1.3}
header p{margin:0;opacity:.85;font-size:.9rem}header p.date{margin-top:2px}
main{padding:12px;max-width:1200px;margin:0 auto}
section{background:#fff;border-radius:8px;padding:12px;margin:0 0 12px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
h2{font-size:1.1rem;margin:0 0 8px}h3{font-size:1rem;margin:14px 0 4px}h4{font-size:.9rem;margin:8px 0 4px;color:#333}
h3 small{font-weight:400;color:#555}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(96px,1fr));gap:8px;background:none;box-shadow:none;padding:0}
.card{background:#fff;border-radius:8px;padding:10px;box-shadow:0 1px 2px rgba(0,0,0,.08);border-top:4px solid #16365c}
.card b{display:block;font-size:1.5rem}.card span{font-size:.85rem;color:#555}
.card.c1{border-color:${VERDICT_COLOUR.eligible}}.card.c2{border-color:${VERDICT_COLOUR.ineligible}}.card.c3{border-color:${VERDICT_COLOUR.review}}
.card.c4{border-color:#b3261e}.card.c5{border-color:#c77700}
figure{margin:0 0 12px}figure svg{width:100%;height:auto;max-width:560px;display:block}
figcaption{font-size:.8rem;color:#555}
svg text{font:12px system-ui,Arial,sans-serif;fill:#1b1b1b}svg text.unit{font-weight:600}svg text.value{fill:#444}
.allocated{fill:#9aa5b1}.nominated{fill:#2f6db3}.eligible{fill:#2e9a4b}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid #e1e4e8;padding:6px 8px;text-align:left;vertical-align:top}
thead th{background:#eef1f5;position:sticky;top:0}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.s-over{color:#b3261e;font-weight:700}
.seats-full{color:${VERDICT_COLOUR.eligible};font-weight:600}.seats-under{color:${VERDICT_COLOUR.review}}.seats-over{color:#b3261e;font-weight:700}
.mark{display:block;color:#555;font-size:.8rem;font-weight:400}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;color:#fff;white-space:nowrap;font-size:.85rem}
.badge.eligible{background:${VERDICT_COLOUR.eligible}}.badge.ineligible{background:${VERDICT_COLOUR.ineligible}}.badge.review{background:${VERDICT_COLOUR.review}}
ul{margin:0;padding-left:1.1em}li.r-fail{color:#8c1d18}li.r-unknown{color:#6b4b00}
.nowrap{white-space:nowrap}
.composition .share{color:#555;font-size:.85em}.composition .blank{display:block;color:#8a6100;font-size:.8em}
.composition tr.total th,.composition tr.total td{font-weight:700;border-top:2px solid #b8c0cc}
.note{font-size:.85rem;color:#555;margin:8px 0 0}
.where{color:#555;font-size:.8rem}.nw{white-space:nowrap}
table.totals,table.stated{width:auto;min-width:50%}
.totals tr.total th,.totals tr.total td{font-weight:700;border-top:2px solid #b8c0cc}
td.differs{color:#b3261e;font-weight:700}
.eligible td.name{font-weight:600}.stated th[scope=row]{white-space:nowrap}
table.eligible{table-layout:fixed}.eligible th:first-child{width:3em}.eligible th:last-child{width:26%}
.eligible.individuals th:nth-child(2){width:28%}.eligible.individuals th:nth-child(3){width:5.5em}
.signature{display:grid;grid-template-columns:1fr 1fr;column-gap:16px;text-align:center;background:none;box-shadow:none;padding:12px 0 0}
.signature .place-date{grid-column:2;margin:0 0 4px}
.signer{grid-row:2;padding-bottom:96px}.signer b,.signer i{display:block}.signer b{text-transform:uppercase}
.f-error td:first-child{color:#b3261e;font-weight:600}.f-warning td:first-child{color:#c77700;font-weight:600}
.filter input{width:100%;max-width:420px;padding:8px 10px;font-size:1rem;border:1px solid #b8c0cc;border-radius:6px}
output{font-size:.85rem;color:#555}
dt{margin-top:6px}dd{margin:0 0 0 1em;color:#555;font-size:.85rem}
@media (max-width:640px){
  main{padding:8px}section{padding:10px}
  table{font-size:.8rem}th,td{padding:4px 5px}
  #nominees thead{display:none}
  #nominees tr{display:block;border-bottom:1px solid #d0d5dc;padding:6px 0}
  #nominees td{display:block;border:0;padding:2px 4px}
  #nominees td:first-child{font-weight:600}
  .composition thead{display:none}
  .composition tr{display:block;border-bottom:1px solid #d0d5dc;padding:6px 0}
  .composition th,.composition td{display:flex;justify-content:space-between;gap:8px;border:0;padding:1px 4px}
  .composition td::before{content:attr(data-label);color:#555;text-align:left}
  .composition tr.total th,.composition tr.total td{border:0}.composition tr.total{border-top:2px solid #b8c0cc}
  .quota thead{display:none}
  .quota,.quota tbody{display:block}
  .quota tr{display:flex;flex-wrap:wrap;column-gap:12px;border-bottom:1px solid #d0d5dc;padding:3px 0}
  .quota th,.quota td{border:0;padding:1px 4px}
  .quota th[scope=row]{flex:0 0 100%;background:#eef1f5;margin-top:6px}
  .quota td:not(.n){flex:0 0 100%;white-space:normal}
  .quota td.nowrap{font-weight:600}
  .quota td.n{text-align:left}
  .quota td[data-label]::before{content:attr(data-label);color:#555;font-size:.75rem;font-weight:400;margin-right:4px}
  .eligible thead{display:none}
  .eligible tr{display:block;border-bottom:1px solid #d0d5dc;padding:4px 0}
  .eligible td{display:inline;border:0;padding:0 4px 0 0}
  .eligible td.born::before{content:"(" attr(data-label) " "}.eligible td.born::after{content:")"}
  .eligible td.where{display:block}
}
@page{size:A4;margin:14mm 12mm}
@media print{
  body{background:#fff;font-size:10.5pt}
  header{background:none;color:#000;padding:0 0 6px;border-bottom:2px solid #16365c}
  header p{opacity:1}
  main{padding:8px 0 0;max-width:none}
  section{box-shadow:none;border-radius:0;padding:0;margin:0 0 12px}
  section.page{break-before:page}
  .filter{display:none}
  .scroll{overflow:visible}
  thead th{position:static}
  thead{display:table-header-group}
  /* a bar per unit fills a page of its own; the table beside it has the same numbers */
  figure{display:none}
  tr,.signature{break-inside:avoid}
  h2,h3,h4{break-after:avoid}
}
`;

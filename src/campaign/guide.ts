import { append } from '../append.js';
import { describePredicate, type Predicate } from '../engine/predicate.js';
import { PREDICATES } from '../engine/predicates/index.js';
import type { Description, Guide } from '../engine/predicates/module.js';
import { wording } from '../engine/wording.js';
import { type DeclaredColumn, declaredColumnSchema } from '../model/column.js';
import { COLUMN_TYPES, type ColumnTypeName } from '../model/column-types/index.js';
import type { Lang } from '../model/text.js';

/**
 * The campaign authoring guide (`docs/campaign-guide.md`), written from the registries of column
 * types and predicates, so it names every one of them with an example and cannot drift:
 * `npm run guide` writes it, and a test regenerates it and checks each example as a campaign would.
 */

/** Where the guide is kept, from the package's root. */
export const GUIDE_FILE = 'docs/campaign-guide.md';

/** The period the guide's examples are worded for. */
export const GUIDE_PERIOD = { from: 2021, to: 2025 } as const;

/**
 * The columns the guide's examples read, as campaign.json would declare them: each column type's
 * own example, then those the predicates' examples add.
 */
export function guideDeclarations(): Record<string, unknown>[] {
  const given: { id: string; header: unknown; type: string; options?: object }[] = [];
  for (const [type, module] of Object.entries(COLUMN_TYPES)) {
    const g = module.guide as { id: string; header: unknown; options: object };
    given.push({ id: g.id, header: g.header, type, options: g.options });
  }
  for (const module of Object.values(PREDICATES))
    append(given, (module.guide as Guide<unknown>).columns ?? []);
  const seen = new Set<string>();
  const declarations: Record<string, unknown>[] = [];
  for (const { options, ...column } of given) {
    if (seen.has(column.id)) continue;
    seen.add(column.id);
    declarations.push({ ...column, kinds: ['individual', 'collective'], ...options });
  }
  return declarations;
}

/** The guide's columns, checked as campaign.json's are. */
export function guideColumns(): DeclaredColumn[] {
  return guideDeclarations().map((d) => declaredColumnSchema.parse(d) as DeclaredColumn);
}

/** Each predicate's guide example, by type, in the registry's order. */
export function guideExamples(): [string, Predicate][] {
  return Object.entries(PREDICATES).map(([type, module]) => [
    type,
    (module.guide as Guide<Predicate>).example,
  ]);
}

const WORDS = {
  vi: {
    title: 'Hướng dẫn soạn kỳ xét khen thưởng',
    intro: [
      'Một kỳ xét khen thưởng là một thư mục trong `rules/`: `campaign.json` (giai đoạn, đơn vị, loại đối tượng, các cột khai báo), `vocabulary.json` (mã danh hiệu theo năm và mã khen thưởng), `criteria.json` (các tiêu chí) và các trường hợp kiểm thử (`cases.csv`). Không cần viết mã.',
      'Mỗi tiêu chí có `test`: một cây điều kiện (predicate), mỗi nút có `type` và các tham số dưới đây; nút nào cũng có thể có `label` (`{ "vi": "Cách 1", "en": "Way 1" }`) để lời giải thích nêu phần nào chưa đạt. Kết quả có ba giá trị: đạt, không đạt, chưa rõ (ô trống hoặc năm chưa xét).',
      '`eligibility campaign validate THƯ_MỤC` kiểm tra các tệp; `eligibility campaign test THƯ_MỤC` chạy các trường hợp kiểm thử.',
    ],
    columnsTitle: 'Kiểu cột',
    columnsIntro:
      'Mỗi cột khai báo trong `columns` của campaign.json có `id`, `header` (tiếng Việt và tiếng Anh), `aliases` (cách viết khác của tiêu đề), `type`, `kinds` (cá nhân, tập thể), `required` và `guide` (dòng hướng dẫn của biểu mẫu), cùng các tùy chọn của kiểu.',
    expected: 'Ô cần ghi',
    cell: 'Ví dụ ô',
    predicatesTitle: 'Điều kiện',
    predicatesIntro: `Ví dụ được diễn đạt như lệnh \`eligibility rules\` in ra, với giai đoạn ${GUIDE_PERIOD.from}–${GUIDE_PERIOD.to} và các cột ví dụ ở trên.`,
    reads: 'Đọc là',
    generated:
      'Tệp này được sinh từ các mô-đun kiểu cột (src/model/column-types) và điều kiện (src/engine/predicates) bằng `npm run guide`; đừng sửa tay.',
  },
  en: {
    title: 'Campaign authoring guide (English)',
    intro: [
      'A campaign is a folder under `rules/`: `campaign.json` (period, units, kinds of nominee, declared columns), `vocabulary.json` (per-year codes and distinction codes), `criteria.json` (the criteria) and its test cases (`cases.csv`). No code is written.',
      'Each criterion has a `test`: a tree of predicates, each node with a `type` and the parameters below; any node may carry a `label` (`{ "vi": "Cách 1", "en": "Way 1" }`) so messages name the part that fell short. Results are three-valued: pass, fail, unknown (a blank cell, a year not yet assessed).',
      '`eligibility campaign validate DIR` checks the files; `eligibility campaign test DIR` runs the cases.',
    ],
    columnsTitle: 'Column types',
    columnsIntro:
      'Each column declared in campaign.json’s `columns` has an `id`, a `header` (Vietnamese and English), `aliases` (other spellings of the header), a `type`, `kinds` (individual, collective), `required` and a `guide` (the template’s guide line), with the type’s options.',
    expected: 'A cell holds',
    cell: 'Example cell',
    predicatesTitle: 'Predicates',
    predicatesIntro: `Examples are worded as \`eligibility rules\` prints them, over the period ${GUIDE_PERIOD.from}–${GUIDE_PERIOD.to} and the example columns above.`,
    reads: 'Reads',
    generated:
      'This file is generated from the column type (src/model/column-types) and predicate (src/engine/predicates) modules by `npm run guide`; do not edit it by hand.',
  },
} as const;

const json = (value: unknown) => ['```json', compactJson(value, ''), '```'];

/** JSON as people lay it out: a list or an object that fits on a line stays on one. */
function compactJson(value: unknown, indent: string): string {
  const flat = oneLine(value);
  if (typeof value !== 'object' || value === null || indent.length + flat.length <= 80) return flat;
  const inner = `${indent}  `;
  const items = Array.isArray(value)
    ? value.map((v) => inner + compactJson(v, inner))
    : Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compactJson(v, inner)}`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${items.join(',\n')}\n${indent}${close}`;
}

/** `{ "a": [1, 2] }`: JSON on one line, spaced as people write it. */
function oneLine(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`);
  return entries.length ? `{ ${entries.join(', ')} }` : '{}';
}

function descriptionLines(d: Description, depth = 0): string[] {
  const lines = [`${'  '.repeat(depth)}- ${d.text}`];
  for (const part of d.parts ?? []) append(lines, descriptionLines(part, depth + 1));
  return lines;
}

function section(
  lang: Lang,
  declarations: readonly Record<string, unknown>[],
  columns: readonly DeclaredColumn[],
): string[] {
  const w = WORDS[lang];
  const lines: string[] = [`# ${w.title}`, '', `_${w.generated}_`, ''];
  for (const p of w.intro) lines.push(p, '');
  lines.push(`## ${w.columnsTitle}`, '', w.columnsIntro, '');
  for (const [type, module] of Object.entries(COLUMN_TYPES) as [
    ColumnTypeName,
    (typeof COLUMN_TYPES)[ColumnTypeName],
  ][]) {
    const g = module.guide;
    const declared = declarations.find((c) => c.id === g.id);
    const options = g.options as never;
    lines.push(`### \`${type}\``, '', g[lang], '');
    lines.push(`- ${w.expected}: ${module.expected(options, lang)}`);
    const cell = module.example(options);
    if (cell) lines.push(`- ${w.cell}: \`${cell}\``);
    append(lines, '', json(declared), '');
  }
  lines.push(`## ${w.predicatesTitle}`, '', w.predicatesIntro, '');
  const words = wording({ period: GUIDE_PERIOD, columns }, lang);
  for (const [type, module] of Object.entries(PREDICATES)) {
    const g = module.guide as Guide<Predicate>;
    lines.push(`### \`${type}\``, '', g[lang], '', `${w.reads}:`, '');
    append(lines, descriptionLines(describePredicate(g.example, words)), '', json(g.example), '');
  }
  return lines;
}

/** The guide's text: the Vietnamese guide, then the English one. */
export function campaignGuide(): string {
  const declarations = guideDeclarations();
  const columns = guideColumns();
  const lines = [...section('vi', declarations, columns), ...section('en', declarations, columns)];
  while (lines[lines.length - 1] === '') lines.pop();
  return `${lines.join('\n')}\n`;
}

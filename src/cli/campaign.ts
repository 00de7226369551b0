import path from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { type CasesResult, coverageGaps, type Mismatch, runCases } from '../campaign/cases.js';
import { initBlankCampaign, initCampaign } from '../campaign/init.js';
import { CampaignError, campaignDir, loadCampaignFrom } from '../campaign/load.js';
import { type Migration, migrateCampaign } from '../campaign/migrate.js';
import { unusedColumns } from '../campaign/references.js';
import type { Campaign } from '../campaign/schema.js';
import { renderRuleMessage } from '../engine/render.js';
import { finding, inLangs, renderFinding } from '../findings/catalogue.js';
import { type Finding, formatPosition, type Lang } from '../findings/finding.js';
import type { SetAction } from './commands.js';
import { EXIT } from './main.js';
import { langOption, langSchema, parseOptions } from './options.js';

const initOptions = z.object({
  from: z.string().optional(),
  blank: z.boolean().default(false),
  lang: langSchema,
});
const validateOptions = z.object({ lang: langSchema });

export function registerCampaign(program: Command, setAction: SetAction): void {
  const campaign = program
    .command('campaign')
    .description('tạo và kiểm tra thư mục quy tắc / create and validate campaign folders');

  const init = campaign
    .command('init <dir>')
    .description('chép bộ quy tắc mặc định vào một thư mục mới để sửa / copy the default campaign to edit')
    .option(
      '--from <id|dir>',
      'chép bộ quy tắc có sẵn hoặc thư mục này / copy this shipped campaign or campaign folder instead',
    )
    .option('--blank', 'tạo bộ quy tắc tối thiểu để điền / write a minimal campaign to fill in')
    .addOption(langOption());
  setAction(init, (dir: string, raw: unknown) => async (io) => {
    const options = parseOptions(initOptions, raw);
    if (options.blank) {
      const { schemaDir } = initBlankCampaign(dir);
      const blank = await loadCampaignFrom(dir);
      io.stdout(`${BLANK[options.lang](dir, schemaDir)}\n${summary(blank, options.lang)}\n`);
      return EXIT.ok;
    }
    const from = campaignDir(options.from);
    // copying a broken campaign would hand staff a broken starting point
    await loadCampaignFrom(from);
    const { schemaDir } = initCampaign(from, dir);
    const copy = await loadCampaignFrom(dir);
    io.stdout(`${INIT[options.lang](from, dir, schemaDir)}\n${summary(copy, options.lang)}\n`);
    return EXIT.ok;
  });

  const validate = campaign
    .command('validate <dir>')
    .description('kiểm tra các tệp của một thư mục quy tắc / validate the files of a campaign folder')
    .addOption(langOption());
  setAction(validate, (dir: string, raw: unknown) => async (io) => {
    const { lang } = parseOptions(validateOptions, raw);
    try {
      const loaded = await loadCampaignFrom(dir);
      io.stdout(`${summary(loaded, lang)}\n`);
      for (const warning of unusedColumnWarnings(loaded)) {
        io.stdout(`${formatPosition(warning)}: ${renderFinding(warning, lang)}\n`);
      }
      return EXIT.ok;
    } catch (error) {
      if (!(error instanceof CampaignError)) throw error;
      io.stdout(problemLines(error, lang));
      return EXIT.cannotRun;
    }
  });

  const migrate = campaign
    .command('migrate <dir>')
    .description(
      'nâng thư mục quy tắc lên định dạng mới nhất, không đổi gì khác / upgrade a campaign folder to the current format, changing nothing else',
    )
    .addOption(langOption());
  setAction(migrate, (dir: string, raw: unknown) => async (io) => {
    const { lang } = parseOptions(validateOptions, raw);
    // an unreadable folder or an unknown format is refused before anything is written
    await loadCampaignFrom(dir);
    const done = migrateCampaign(dir);
    await loadCampaignFrom(dir);
    io.stdout(`${MIGRATED[lang](done)}\n`);
    return EXIT.ok;
  });

  const test = campaign
    .command('test <campaign>')
    .description(
      'chạy các trường hợp kiểm thử của bộ quy tắc (cases.csv, cases.xlsx) / run the campaign’s test cases',
    )
    .addOption(langOption());
  setAction(test, (given: string, raw: unknown) => async (io) => {
    const { lang } = parseOptions(validateOptions, raw);
    const loaded = await loadCampaignFrom(given);
    const result = await runCases(loaded);
    io.stdout(casesReport(loaded, result, lang));
    return result.mismatches.length > 0 ? EXIT.fallsShort : EXIT.ok;
  });
}

const MIGRATED: Record<Lang, (m: Migration) => string> = {
  vi: (m) =>
    m.changed
      ? `Đã nâng ${m.file} từ định dạng ${m.from} lên ${m.to}; các tệp khác giữ nguyên.`
      : `${m.file} đã ở định dạng ${m.to}, không cần nâng.`,
  en: (m) =>
    m.changed
      ? `Upgraded ${m.file} from format ${m.from} to ${m.to}; the other files are unchanged.`
      : `${m.file} is already format ${m.to}; nothing to do.`,
};

const BLANK: Record<Lang, (dir: string, schemaDir: string) => string> = {
  vi: (dir, schemaDir) =>
    `Đã tạo bộ quy tắc tối thiểu ở ${dir} (JSON Schema: ${schemaDir}). Điền các chỗ "(sửa lại)", rồi chạy: eligibility campaign validate ${dir} và eligibility campaign test ${dir}`,
  en: (dir, schemaDir) =>
    `Wrote a minimal campaign to ${dir} (JSON Schemas: ${schemaDir}). Fill in the places marked "(sửa lại)" or "(edit me)", then run: eligibility campaign validate ${dir} and eligibility campaign test ${dir}`,
};

const INIT: Record<Lang, (from: string, dir: string, schemaDir: string) => string> = {
  vi: (from, dir, schemaDir) =>
    `Đã chép ${from} vào ${dir} (JSON Schema: ${schemaDir}). Sửa các tệp rồi chạy: eligibility campaign validate ${dir}`,
  en: (from, dir, schemaDir) =>
    `Copied ${from} to ${dir} (JSON Schemas: ${schemaDir}). Edit the files, then run: eligibility campaign validate ${dir}`,
};

/** One line a person can check at a glance: which campaign, which years, how much it holds. */
export function summary(campaign: Campaign, lang: Lang): string {
  const { id, period, units, criteria } = campaign;
  const years = `${period.from}–${period.to}`;
  const priorities = campaign.priorities?.priorities.length;
  return lang === 'vi'
    ? `OK ${id}: giai đoạn ${years}, ${units.length} đơn vị, ${criteria.length} tiêu chí${priorities ? `, ${priorities} ưu tiên` : ''}`
    : `OK ${id}: period ${years}, ${units.length} units, ${criteria.length} criteria${priorities ? `, ${priorities} priorities` : ''}`;
}

/** file, path, what was expected, what was found: one line per problem. */
export function problemLines(error: CampaignError, lang: Lang): string {
  return error.problems.map((p) => `${formatPosition(p)}: ${renderFinding(p, lang)}\n`).join('');
}

const CASE_WORDS = {
  vi: {
    verdict: { eligible: 'Đạt', ineligible: 'Không đạt', review: 'Cần xem xét' },
    result: { pass: 'đạt', fail: 'không đạt', unknown: 'chưa rõ', 'not-applicable': 'không áp dụng' },
    notRead: 'không đọc được dòng này',
    verdictWord: 'kết luận',
    line: (what: string, expected: string, found: string) => `${what} cần "${expected}", kết quả "${found}"`,
    reason: 'lý do',
    failed: (id: string, mismatches: number, cases: number) =>
      `${id}: ${mismatches} kết quả không khớp trong ${cases} trường hợp`,
    ok: (id: string, cases: number, checks: number) =>
      `OK ${id}: ${cases} trường hợp, ${checks} kết quả mong đợi đều khớp`,
    gaps: 'Tiêu chí chưa có đủ trường hợp',
  },
  en: {
    verdict: { eligible: 'Eligible', ineligible: 'Ineligible', review: 'To review' },
    result: { pass: 'pass', fail: 'fail', unknown: 'unknown', 'not-applicable': 'not applicable' },
    notRead: 'the row was not read',
    verdictWord: 'verdict',
    line: (what: string, expected: string, found: string) =>
      `${what} expected "${expected}", found "${found}"`,
    reason: 'because',
    failed: (id: string, mismatches: number, cases: number) =>
      `${id}: ${mismatches} results differ in ${cases} cases`,
    ok: (id: string, cases: number, checks: number) =>
      `OK ${id}: ${cases} cases, all ${checks} expected results agree`,
    gaps: 'Criteria without a case of each result',
  },
} as const;

/**
 * What `campaign test` prints: each mismatch on a line of its own (where, which case, which
 * criterion, expected and found, and the reason the engine gave), then one line of totals, then
 * the results no case asks of a criterion yet.
 */
export function casesReport(campaign: Campaign, result: CasesResult, lang: Lang): string {
  const w = CASE_WORDS[lang];
  const word = (value: Mismatch['expected'] | Mismatch['found'], rule: boolean): string =>
    value === 'not-read'
      ? w.notRead
      : rule
        ? w.result[value as keyof typeof w.result]
        : w.verdict[value as keyof typeof w.verdict];
  const lines = result.mismatches.map((m) => {
    const where = formatPosition({ file: m.file, sheet: m.sheet || undefined, cell: m.cell });
    const what = m.rule ?? w.verdictWord;
    let line = `${where}${m.name ? ` ${m.name}` : ''}: ${w.line(what, word(m.expected, m.rule !== undefined), word(m.found, m.rule !== undefined))}`;
    if (m.judged) line += ` (${w.reason}: ${renderRuleMessage(m.judged, lang, campaign)})`;
    for (const f of m.findings ?? []) line += `\n  ${renderFinding(f, lang)}`;
    return line;
  });
  const checks = result.cases.reduce((n, c) => n + c.rules.length + (c.verdict ? 1 : 0), 0);
  lines.push(
    result.mismatches.length > 0
      ? w.failed(campaign.id, result.mismatches.length, result.cases.length)
      : w.ok(campaign.id, result.cases.length, checks),
  );
  const gaps = coverageGaps(result.coverage);
  if (gaps.length > 0) {
    lines.push(
      `${w.gaps}: ${gaps.map((g) => `${g.id} (${g.missing.map((tri) => w.result[tri]).join(', ')})`).join('; ')}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A warning per declared column no criterion reads (`campaign validate` still says OK). */
export function unusedColumnWarnings(campaign: Campaign): Finding[] {
  const file = path.join(campaign.dir, 'campaign.json');
  return unusedColumns(campaign).map((id) => {
    const column = campaign.columns?.find((c) => c.id === id);
    return finding(
      'W-CAMPAIGN-UNUSED-COLUMN',
      { id, column: column?.header.vi ?? id, ...inLangs('column', column?.header ?? { vi: id, en: id }) },
      { file },
    );
  });
}

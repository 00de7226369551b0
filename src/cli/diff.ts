import type { Command } from 'commander';
import { z } from 'zod';
import { loadCampaignFrom } from '../campaign/load.js';
import { type DiffResult, differs } from '../diff/diff.js';
import {
  DIFF_FORMATS,
  type DiffFormat,
  diffFormatByName,
  diffFormatNames,
  diffFormatOfPath,
} from '../diff/formats.js';
import { diffCampaigns, diffFiles } from '../diff/run.js';
import { finding } from '../findings/catalogue.js';
import { InputError, type Lang } from '../findings/finding.js';
import { reportDate } from '../report/date.js';
import { exitOnSignals } from '../report/output.js';
import type { SetAction } from './commands.js';
import { campaignFiles, expandInputs } from './inputs.js';
import { addLimitOptions, parseLimits } from './limits.js';
import { EXIT } from './main.js';
import { campaignOption, langSchema, parseOptions } from './options.js';
import { planSingleOutput, writeSingleOutput } from './single-output.js';

const diffOptionsSchema = z.object({
  campaign: z.string().min(1).optional(),
  against: z.string().min(1).optional(),
  format: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      if (value !== undefined && diffFormatByName(value) === undefined)
        ctx.addIssue({ code: 'invalid_value', values: diffFormatNames(), input: value });
    })
    .transform((value) => (value === undefined ? undefined : (diffFormatByName(value) as DiffFormat))),
  lang: langSchema.default('vi'),
  output: z.string().min(1).optional(),
  force: z.boolean().default(false),
  quiet: z.boolean().default(false),
});

export function parseDiffOptions(raw: unknown) {
  return parseOptions(diffOptionsSchema, raw);
}

/** Like `diff`: 0 when nothing differs, 1 when something does; 2 is decided where a run fails. */
export function diffExitCode(diff: DiffResult): number {
  return differs(diff) ? EXIT.fallsShort : EXIT.ok;
}

export function registerDiff(program: Command, setAction: SetAction): void {
  const command = program
    .command('diff')
    .description(
      'so sánh hai lần gửi danh sách, hoặc hai phiên bản tiêu chí / compare two submissions, or two versions of the criteria',
    )
    .argument(
      '<files...>',
      'CŨ MỚI: hai tệp hoặc hai thư mục; với --against: các tệp cần xét / OLD NEW: two files or two folders; with --against: the files to judge',
    )
    .addOption(campaignOption())
    .option(
      '--against <id|dir>',
      'so kết luận theo --campaign với kết luận theo bộ quy tắc này (bản cũ) / compare the verdicts under --campaign with those under this campaign (the old one)',
    )
    .option(
      '--format <format>',
      `${diffFormatNames().join(' | ')} (mặc định: text) / ${diffFormatNames().join(' | ')} (default: text)`,
    )
    .option('--output <path>', 'ghi báo cáo vào tệp / write the report to a file')
    .option('--lang <lang>', 'ngôn ngữ: vi | en (mặc định: vi) / language: vi | en (default: vi)')
    .option('--force', 'ghi đè báo cáo đã có / overwrite an existing report')
    .option('--quiet', 'không in báo cáo văn bản, chỉ mã thoát / no text report, only the exit code');
  addLimitOptions(command);
  setAction(command, (paths: string[], raw: Record<string, unknown>) => async (io) => {
    exitOnSignals();
    const options = parseDiffOptions(raw);
    const { lang } = options;
    const limits = parseLimits(raw);
    const date = reportDate(lang);
    const against = options.against !== undefined;
    if (!against && paths.length !== 2)
      throw new InputError(finding('E-OPTION', { reason: twoPaths(paths.length, lang) }));
    const campaign = await loadCampaignFrom(options.campaign);
    const old = against ? await loadCampaignFrom(options.against) : campaign;
    const sides = against
      ? [await expandInputs(paths)]
      : [await expandInputs([paths[0] as string]), await expandInputs([paths[1] as string])];
    const inputs = [...sides.flatMap((s) => s.files), ...campaignFiles(campaign), ...campaignFiles(old)];
    const target = await planSingleOutput({
      format: options.format,
      output: options.output,
      fallback: 'text' as DiffFormat,
      kinds: DIFF_FORMATS,
      ofPath: diffFormatOfPath,
      force: options.force,
      inputs,
      terminal: process.stdout.isTTY === true,
    });
    const findings = sides.flatMap((s) => s.problems);
    const diff = against
      ? await diffCampaigns(sides[0]?.files ?? [], { campaign, against: old, limits, findings })
      : await diffFiles(sides[0]?.files ?? [], sides[1]?.files ?? [], { campaign, limits, findings });
    const names = against
      ? { old: options.against as string, new: options.campaign ?? campaign.id }
      : undefined;
    if (!(options.quiet && target.path === null && target.format === 'text')) {
      const data = await DIFF_FORMATS[target.format].render(diff, { lang, date, names });
      await writeSingleOutput(target, data, io, lang, options.quiet);
    }
    return diffExitCode(diff);
  });
}

function twoPaths(count: number, lang: Lang): string {
  return lang === 'en'
    ? `diff compares two things: OLD NEW (two files or two folders), ${count} given; to judge files under two campaigns, add --against`
    : `diff so sánh hai thứ: CŨ MỚI (hai tệp hoặc hai thư mục), đã cho ${count}; để xét các tệp theo hai bộ quy tắc, thêm --against`;
}

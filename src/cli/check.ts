import path from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { loadCampaignFrom } from '../campaign/load.js';
import { type CheckResult, runCheck } from '../check.js';
import { finding } from '../findings/catalogue.js';
import { InputError, type Lang } from '../findings/finding.js';
import { formatNames, parseFormats, reportFormat } from '../report/index.js';
import { renderJson } from '../report/json.js';
import { checkOutputPath, planOutputs, writeAtomic } from '../report/output.js';
import { renderText } from '../report/text.js';
import type { SetAction } from './commands.js';
import { EXIT } from './main.js';

const LANGS = ['vi', 'en'] as const;

/** One format or a comma list of them (`xlsx,json`), every one registered in report/index.ts. */
const formatList = z
  .string()
  .default('text')
  .superRefine((value, ctx) => {
    try {
      parseFormats(value, 'en');
    } catch {
      ctx.addIssue({ code: 'invalid_value', values: formatNames(), input: value });
    }
  });

export const checkOptionsSchema = z.object({
  campaign: z.string().min(1).optional(),
  format: formatList,
  lang: z.enum(LANGS).default('vi'),
  output: z.string().min(1).optional(),
});
export type CheckCliOptions = z.infer<typeof checkOptionsSchema>;

/** Options as commander hands them over, validated; a bad value is one line and exit 2. */
export function parseCheckOptions(raw: unknown): CheckCliOptions {
  const parsed = checkOptionsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const lang: Lang = (raw as { lang?: unknown } | undefined)?.lang === 'en' ? 'en' : 'vi';
  const issue = parsed.error.issues[0];
  const option = `--${String(issue?.path[0] ?? '')}`;
  const given = JSON.stringify((raw as Record<string, unknown>)[String(issue?.path[0])]);
  const allowed = issue?.code === 'invalid_value' ? issue.values.map(String).join(', ') : '';
  const reason =
    lang === 'en'
      ? `${option} ${given} is not valid${allowed ? ` (choose ${allowed})` : ''}`
      : `${option} ${given} không hợp lệ${allowed ? ` (chọn ${allowed})` : ''}`;
  throw new InputError(finding('E-OPTION', { reason }));
}

/** OUTPUT.md: 0 when every nominee is eligible, no quota is exceeded and no finding is an error. */
export function checkExitCode(result: Pick<CheckResult, 'summary' | 'quota'>): number {
  const { summary } = result;
  const fallsShort =
    summary.ineligible > 0 ||
    summary.review > 0 ||
    summary.errors > 0 ||
    result.quota.some((q) => q.status === 'over');
  return fallsShort ? EXIT.fallsShort : EXIT.ok;
}

/** Colour only for a person at a terminal, and never when NO_COLOR is set (no-color.org). */
export function useColor(env: NodeJS.ProcessEnv, isTTY: boolean | undefined): boolean {
  const noColor = env.NO_COLOR;
  return isTTY === true && (noColor === undefined || noColor === '');
}

export function registerCheck(program: Command, setAction: SetAction): void {
  const command = program
    .command('check')
    .description('Kiểm tra danh sách đề nghị / check nominee files')
    .argument('<files...>', 'tệp .xlsx hoặc .csv / .xlsx or .csv files')
    .option('--campaign <dir>', 'thư mục quy tắc / campaign folder (default: lai-chau-2020)')
    .option(
      '--format <format>',
      `${formatNames().join(' | ')}; nhiều định dạng / several: xlsx,html (default: text)`,
    )
    .option(
      '--output <path>',
      'ghi báo cáo vào tệp; nhiều định dạng: tên chung, mỗi định dạng một đuôi / write the report to a file; several formats: a base name, one extension each',
    )
    .option('--lang <lang>', 'vi | en (default: vi)');
  setAction(command, (files: string[], raw: Record<string, unknown>) => async (io) => {
    const options = parseCheckOptions(raw);
    // without --format, `--output report.xlsx` names the format by its extension
    const targets = planOutputs({
      format: raw.format === undefined ? undefined : options.format,
      output: options.output,
      lang: options.lang,
    });
    for (const target of targets) if (target.path !== null) await checkOutputPath(target.path, files);
    const campaign = await loadCampaignFrom(
      options.campaign === undefined ? undefined : path.resolve(options.campaign),
    );
    const result = await runCheck(files, { campaign });
    for (const { format, path: file } of targets) {
      if (file !== null) {
        await writeAtomic(file, await reportFormat(format).render(result, options.lang));
        io.stderr(`${options.lang === 'en' ? 'Wrote' : 'Đã ghi'} ${file}\n`);
      } else if (format === 'json') io.stdout(renderJson(result, options.lang));
      else if (format === 'text') {
        const color = useColor(process.env, process.stdout.isTTY);
        const width = Math.min(100, Math.max(80, process.stdout.columns ?? 80));
        io.stdout(renderText(result, { lang: options.lang, color, width }));
      } else io.stdout(String(await reportFormat(format).render(result, options.lang)));
    }
    return checkExitCode(result);
  });
}

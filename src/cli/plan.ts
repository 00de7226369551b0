import path from 'node:path';
import { type Command, Option } from 'commander';
import { z } from 'zod';
import { loadCampaignFrom } from '../campaign/load.js';
import { checkPlan } from '../checks/plan.js';
import { renderFinding } from '../findings/catalogue.js';
import { type Finding, formatPosition, type Lang } from '../findings/finding.js';
import type { SetAction } from './commands.js';
import { EXIT } from './main.js';
import { campaignOption, langOption, langSchema, parseOptions } from './options.js';

const optionsSchema = z.object({
  campaign: z.string().optional(),
  lang: langSchema,
  format: z.enum(['text', 'json']),
});

export function registerPlan(program: Command, setAction: SetAction): void {
  const plan = program
    .command('plan')
    .description('kiểm tra bảng phân bổ của kế hoạch / check the plan’s allocation table');
  const check = plan
    .command('check')
    .description(
      'bảng phân bổ có cộng đúng và khớp với văn bản không / does the table add up and match the text',
    )
    .addOption(campaignOption())
    .addOption(langOption())
    .addOption(new Option('--format <format>', 'text | json').default('text'));
  setAction(check, (raw: unknown) => async (io) => {
    const options = parseOptions(optionsSchema, raw);
    const campaign = await loadCampaignFrom(options.campaign);
    const findings = checkPlan(campaign).map((f) => (f.file ? { ...f, file: shownPath(f.file) } : f));
    io.stdout(
      options.format === 'json'
        ? planJson(campaign.id, findings, options.lang)
        : planText(findings, options.lang),
    );
    return findings.some((f) => f.severity === 'error') ? EXIT.fallsShort : EXIT.ok;
  });
}

const WORDS = {
  vi: {
    none: 'Bảng phân bổ khớp với kế hoạch: không có sai lệch.',
    error: 'lỗi',
    warning: 'cảnh báo',
    info: 'lưu ý',
  },
  en: {
    none: 'The allocation table matches the plan: no mismatch.',
    error: 'error',
    warning: 'warning',
    info: 'info',
  },
} as const;

export function planText(findings: readonly Finding[], lang: Lang): string {
  if (findings.length === 0) return `${WORDS[lang].none}\n`;
  return findings
    .map((f) => `${formatPosition(f)}: ${WORDS[lang][f.severity]} ${f.code}: ${renderFinding(f, lang)}\n`)
    .join('');
}

/** The `findings` part of OUTPUT.md's document, so scripts read plan checks like any other. */
export function planJson(campaign: string, findings: readonly Finding[], lang: Lang): string {
  const doc = {
    campaign,
    findings: findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      file: f.file ?? null,
      sheet: f.sheet ?? null,
      row: f.row ?? null,
      column: f.column ?? null,
      message: renderFinding(f, lang),
    })),
    summary: {
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
    },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** A campaign file as the user would type it: relative to where they stand, when it is below. */
function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

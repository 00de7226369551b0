import type { Command } from 'commander';
import { z } from 'zod';
import { maxOf } from '../append.js';
import { bundledCampaignIds, DEFAULT_CAMPAIGN, loadCampaignFrom } from '../campaign/load.js';
import type { Campaign } from '../campaign/schema.js';
import type { Lang } from '../findings/finding.js';
import type { SetAction } from './commands.js';
import { EXIT } from './main.js';
import { langOption, langSchema, parseOptions } from './options.js';

const optionsSchema = z.object({ lang: langSchema, format: z.enum(['text', 'json']) });

export function registerCampaigns(program: Command, setAction: SetAction): void {
  const command = program
    .command('campaigns')
    .description('liệt kê các bộ quy tắc có sẵn / list the shipped campaigns')
    .addOption(langOption())
    .option('--format <format>', 'text | json', 'text');
  setAction(command, (raw: unknown) => async (io) => {
    const { lang, format } = parseOptions(optionsSchema, raw);
    const campaigns = await Promise.all(bundledCampaignIds().map((id) => loadCampaignFrom(id)));
    io.stdout(format === 'json' ? campaignsJson(campaigns) : campaignsText(campaigns, lang));
    return EXIT.ok;
  });
}

const WORDS = {
  vi: { default: 'mặc định', period: 'giai đoạn', use: 'Dùng: eligibility check --campaign MÃ tệp.xlsx' },
  en: { default: 'default', period: 'period', use: 'Use: eligibility check --campaign ID file.xlsx' },
} as const;

/** One line per campaign: its id (what `--campaign` takes), title, plan and period. */
export function campaignsText(campaigns: readonly Campaign[], lang: Lang): string {
  const words = WORDS[lang];
  const width = maxOf(campaigns.map((c) => c.id.length));
  const lines = campaigns.map((c) => {
    const mark = c.id === DEFAULT_CAMPAIGN ? ` (${words.default})` : '';
    const facts = `${c.plan.ref}, ${words.period} ${c.period.from}–${c.period.to}`;
    return `${c.id.padEnd(width)}  ${c.title[lang]} (${facts})${mark}`;
  });
  return `${lines.join('\n')}\n\n${words.use}\n`;
}

/** The same list for scripts: id, both titles, plan, period, whether it is the default. */
export function campaignsJson(campaigns: readonly Campaign[]): string {
  const list = campaigns.map((c) => ({
    id: c.id,
    title: c.title,
    plan: c.plan,
    period: c.period,
    default: c.id === DEFAULT_CAMPAIGN,
  }));
  return `${JSON.stringify(list, null, 2)}\n`;
}

import type { Command } from 'commander';
import { z } from 'zod';
import { initCampaign } from '../campaign/init.js';
import { CampaignError, campaignDir, loadCampaignFrom } from '../campaign/load.js';
import type { Campaign } from '../campaign/schema.js';
import { renderFinding } from '../findings/catalogue.js';
import { formatPosition, type Lang } from '../findings/finding.js';
import type { SetAction } from './commands.js';
import { EXIT } from './main.js';
import { langOption, langSchema, parseOptions } from './options.js';

const initOptions = z.object({ from: z.string().optional(), lang: langSchema });
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
    .addOption(langOption());
  setAction(init, (dir: string, raw: unknown) => async (io) => {
    const options = parseOptions(initOptions, raw);
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
      io.stdout(`${summary(await loadCampaignFrom(dir), lang)}\n`);
      return EXIT.ok;
    } catch (error) {
      if (!(error instanceof CampaignError)) throw error;
      io.stdout(problemLines(error, lang));
      return EXIT.cannotRun;
    }
  });
}

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
  return lang === 'vi'
    ? `OK ${id}: giai đoạn ${years}, ${units.length} đơn vị, ${criteria.length} tiêu chí`
    : `OK ${id}: period ${years}, ${units.length} units, ${criteria.length} criteria`;
}

/** file, path, what was expected, what was found: one line per problem. */
export function problemLines(error: CampaignError, lang: Lang): string {
  return error.problems.map((p) => `${formatPosition(p)}: ${renderFinding(p, lang)}\n`).join('');
}

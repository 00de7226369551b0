import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { z } from 'zod';
import { loadCampaignFrom } from '../campaign/load.js';
import { finding } from '../findings/catalogue.js';
import { InputError } from '../findings/finding.js';
import { checkOutputPath, exitOnSignals, writeAtomic } from '../report/output.js';
import { buildTemplate } from '../template.js';
import type { SetAction } from './commands.js';
import { campaignFiles } from './inputs.js';
import { EXIT } from './main.js';
import { campaignOption, langOption, langSchema, parseOptions } from './options.js';

const optionsSchema = z.object({
  campaign: z.string().optional(),
  force: z.boolean().default(false),
  lang: langSchema,
});

export function registerTemplate(program: Command, setAction: SetAction): void {
  const command = program
    .command('template')
    .description('tạo tệp Excel mẫu để các đơn vị điền danh sách / write the fill-in workbook for units')
    .argument('<out>', 'tệp .xlsx sẽ tạo / the .xlsx file to write')
    .addOption(campaignOption())
    .option('--force', 'ghi đè nếu tệp đã có / overwrite the file if it exists')
    .addOption(langOption());
  setAction(command, (out: string, raw: unknown) => async (io) => {
    exitOnSignals();
    const options = parseOptions(optionsSchema, raw);
    const campaign = await loadCampaignFrom(options.campaign);
    await checkOutputPath(out, campaignFiles(campaign));
    // a filled-in form carries a unit's work: never replace one by accident
    if (!options.force && (await stat(out).catch(() => undefined))) {
      throw new InputError(finding('E-OUTPUT-EXISTS', { path: out }));
    }
    await writeAtomic(out, await buildTemplate(campaign));
    io.stderr(`${options.lang === 'en' ? 'Wrote' : 'Đã ghi'} ${out}\n`);
    return EXIT.ok;
  });
}

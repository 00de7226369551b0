import type { Command } from 'commander';
import { z } from 'zod';
import { loadCampaignFrom } from '../campaign/load.js';
import { checkOutputPath, exitOnSignals, writeAtomic } from '../report/output.js';
import { buildTemplate } from '../template.js';
import type { SetAction } from './commands.js';
import { campaignFiles } from './inputs.js';
import { EXIT } from './main.js';
import { campaignOption, langOption, langSchema, parseOptions } from './options.js';
import { refuseToOverwrite } from './overwrite.js';

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
  setAction(command, (given: string, raw: unknown) => async (io) => {
    exitOnSignals();
    const options = parseOptions(optionsSchema, raw);
    const out = withXlsx(given);
    const campaign = await loadCampaignFrom(options.campaign);
    await checkOutputPath(out, campaignFiles(campaign));
    await refuseToOverwrite([out], options.force);
    await writeAtomic(out, await buildTemplate(campaign));
    io.stderr(`${options.lang === 'en' ? 'Wrote' : 'Đã ghi'} ${out}\n`);
    return EXIT.ok;
  });
}

/** `template mau` writes `mau.xlsx`: a workbook without its extension would not open on a double-click. */
export function withXlsx(file: string): string {
  return /\.xlsx$/i.test(file) ? file : `${file}.xlsx`;
}

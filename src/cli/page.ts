import type { Command } from 'commander';
import { z } from 'zod';
import { loadCampaignFrom } from '../campaign/load.js';
import { buildPage } from '../page/script.js';
import { checkOutputPath, exitOnSignals, writeAtomic } from '../report/output.js';
import type { SetAction } from './commands.js';
import { campaignFiles } from './inputs.js';
import { EXIT } from './main.js';
import { campaignOption, langOption, langSchema, parseOptions } from './options.js';
import { refuseToOverwrite } from './overwrite.js';

const optionsSchema = z.object({
  campaign: z.string().optional(),
  output: z.string(),
  force: z.boolean().default(false),
  lang: langSchema,
});

export function registerPage(program: Command, setAction: SetAction): void {
  const command = program
    .command('page')
    .description(
      'tạo trang HTML để đơn vị tự kiểm tra danh sách, không cần mạng / write the offline self-check page for units',
    )
    .addOption(campaignOption())
    .option('--output <path>', 'tệp .html sẽ tạo / the .html file to write', 'kiem-tra.html')
    .option('--force', 'ghi đè nếu tệp đã có / overwrite the file if it exists')
    .addOption(langOption());
  setAction(command, (raw: unknown) => async (io) => {
    exitOnSignals();
    const options = parseOptions(optionsSchema, raw);
    const out = /\.html?$/i.test(options.output) ? options.output : `${options.output}.html`;
    const campaign = await loadCampaignFrom(options.campaign);
    await checkOutputPath(out, campaignFiles(campaign));
    await refuseToOverwrite([out], options.force);
    const html = await buildPage(campaign);
    await writeAtomic(out, html);
    const size = `${(Buffer.byteLength(html) / (1024 * 1024)).toFixed(2)} MB`;
    io.stderr(
      options.lang === 'en' ? `Wrote ${out} (${size})\n` : `Đã ghi ${out} (${size.replace('.', ',')})\n`,
    );
    return EXIT.ok;
  });
}

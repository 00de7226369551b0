import type { Command } from 'commander';
import { z } from 'zod';
import { loadCampaignFrom } from '../campaign/load.js';
import { runCheck } from '../check.js';
import { InputError } from '../findings/finding.js';
import {
  LIST_FORMATS,
  type ListFormat,
  listFormatByName,
  listFormatNames,
  listFormatOfPath,
} from '../list/formats.js';
import { buildList, decisionColumn } from '../list/list.js';
import { reportDate } from '../report/date.js';
import { exitOnSignals } from '../report/output.js';
import type { SetAction } from './commands.js';
import { campaignFiles, expandInputs } from './inputs.js';
import { addLimitOptions, parseLimits } from './limits.js';
import { EXIT } from './main.js';
import { campaignOption, langSchema, parseOptions } from './options.js';
import { planSingleOutput, writeSingleOutput } from './single-output.js';

const listOptionsSchema = z.object({
  campaign: z.string().min(1).optional(),
  format: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      if (value !== undefined && listFormatByName(value) === undefined)
        ctx.addIssue({ code: 'invalid_value', values: listFormatNames(), input: value });
    })
    .transform((value) => (value === undefined ? undefined : (listFormatByName(value) as ListFormat))),
  lang: langSchema.default('vi'),
  output: z.string().min(1).optional(),
  force: z.boolean().default(false),
  body: z.string().min(1).optional(),
  parentBody: z.string().optional(),
  decision: z.string().min(1).optional(),
  signerName: z.string().min(1).optional(),
});

export function parseListOptions(raw: unknown) {
  return parseOptions(listOptionsSchema, raw);
}

export function registerList(program: Command, setAction: SetAction): void {
  const command = program
    .command('list')
    .description('lập danh sách tập thể, cá nhân được biểu dương / write the list of those honoured')
    .argument('<files...>', 'tệp .xlsx/.csv hoặc thư mục / files or folders')
    .addOption(campaignOption())
    .option(
      '--format <format>',
      `${listFormatNames().join(' | ')} (mặc định: text) / ${listFormatNames().join(' | ')} (default: text)`,
    )
    .option('--output <path>', 'ghi danh sách vào tệp / write the list to a file')
    .option('--lang <lang>', 'ngôn ngữ: vi | en (mặc định: vi) / language: vi | en (default: vi)')
    .option('--force', 'ghi đè tệp đã có / overwrite an existing file')
    .option(
      '--body <name>',
      'cơ quan ban hành, chữ in hoa (mặc định: Liên đoàn Lao động tỉnh của bộ quy tắc) / the issuing body, in capitals',
    )
    .option(
      '--parent-body <name>',
      'cơ quan chủ quản ghi phía trên, để trống để bỏ (mặc định: Tổng Liên đoàn Lao động Việt Nam) / the parent body above it; empty for none',
    )
    .option('--decision <number>', 'số quyết định, ví dụ 125/QĐ-LĐLĐ / the decision number')
    .option('--signer-name <name>', 'họ tên người ký / the signer’s full name');
  addLimitOptions(command);
  setAction(command, (files: string[], raw: Record<string, unknown>) => async (io) => {
    exitOnSignals();
    const options = parseListOptions(raw);
    const { lang } = options;
    const limits = parseLimits(raw);
    const date = reportDate(lang);
    const inputs = await expandInputs(files);
    const campaign = await loadCampaignFrom(options.campaign);
    const target = await planSingleOutput({
      format: options.format,
      output: options.output,
      fallback: 'text' as ListFormat,
      kinds: LIST_FORMATS,
      ofPath: listFormatOfPath,
      force: options.force,
      inputs: [...inputs.files, ...campaignFiles(campaign)],
      terminal: process.stdout.isTTY === true,
    });
    const result = await runCheck(inputs.files, { campaign, limits, findings: inputs.problems });
    // a list made from files not read whole would leave out whoever was in them
    const unread = result.findings.find(
      (f) => f.severity === 'error' && f.code.startsWith('E-') && f.row === undefined,
    );
    if (unread !== undefined) throw new InputError(unread);
    // the council's decisions, where the sheets carry them, say who is on the list
    const list = buildList(result, lang, decisionColumn);
    const letterhead = {
      ...(options.body === undefined ? {} : { body: options.body }),
      ...(options.parentBody === undefined ? {} : { parentBody: options.parentBody }),
      ...(options.decision === undefined ? {} : { decision: options.decision }),
      ...(options.signerName === undefined ? {} : { signerName: options.signerName }),
    };
    const data = await LIST_FORMATS[target.format].render(list, { lang, date, letterhead });
    await writeSingleOutput(target, data, io, lang);
    return EXIT.ok;
  });
}

import type { Command } from 'commander';
import { z } from 'zod';
import { loadCampaignFrom } from '../campaign/load.js';
import { runCheck } from '../check.js';
import { reportDate } from '../report/date.js';
import {
  checkOutputPath,
  exitOnSignals,
  type OutputFile,
  planOutputs,
  writeFiles,
} from '../report/output.js';
import { plainText } from '../report/sanitize.js';
import { SELECT_FORMAT_NAMES, SELECT_FORMATS, type SelectFormatName } from '../select/formats.js';
import { selectRound } from '../select/round.js';
import { renderSelectText } from '../select/text.js';
import { decisionFindings } from '../select/words.js';
import {
  addInputOptions,
  checkOptionsSchema,
  inputsLine,
  readDecisions,
  reportsLine,
  useColor,
} from './check.js';
import type { SetAction } from './commands.js';
import { campaignFiles, expandInputs, spoolStreams } from './inputs.js';
import { addLimitOptions, parseLimits } from './limits.js';
import { EXIT } from './main.js';
import { parseOptions } from './options.js';
import { refuseToOverwrite } from './overwrite.js';
import { progressLine } from './progress.js';
import { resolveUnits } from './units.js';

/** `--format text,json,markdown,xlsx`: the formats the round is written in. */
const selectFormats = z
  .string()
  .default('text')
  .superRefine((value, ctx) => {
    const names = value.split(',').map((n) => n.trim().toLowerCase().replace(/^md$/, 'markdown'));
    if (names.some((n) => !(SELECT_FORMAT_NAMES as string[]).includes(n)))
      ctx.addIssue({ code: 'invalid_value', values: SELECT_FORMAT_NAMES, input: value });
  });

const selectOptionsSchema = checkOptionsSchema
  .omit({ failOn: true, csvSeparator: true })
  .extend({ format: selectFormats });

export function registerSelect(program: Command, setAction: SetAction): void {
  const command = program
    .command('select')
    .description(
      'gợi ý chọn đại biểu theo thứ tự ưu tiên của kế hoạch / suggest whom to keep within the seats, by the plan’s priorities',
    );
  addInputOptions(command, SELECT_FORMAT_NAMES);
  addLimitOptions(command);
  setAction(command, (files: string[], raw: Record<string, unknown>) => async (io) => {
    exitOnSignals();
    const options = parseOptions(selectOptionsSchema, raw);
    const limits = parseLimits(raw);
    const { lang, quiet } = options;
    const targets = planOutputs({
      format: raw.format === undefined ? undefined : options.format,
      output: options.output,
      lang,
      terminal: process.stdout.isTTY === true,
    });
    for (const t of targets) {
      if (!(SELECT_FORMAT_NAMES as string[]).includes(t.format))
        parseOptions(selectOptionsSchema, { ...raw, format: t.format });
    }
    const date = reportDate(lang);
    const progress = (text: string) => {
      if (!quiet) io.stderr(text);
    };
    const inputs = await expandInputs(files);
    if (inputs.files.length !== files.length || inputs.skipped.length > 0)
      progress(`${inputsLine(inputs.files.length, inputs.skipped, lang)}\n`);
    if (inputs.reports.length > 0) io.stderr(`${reportsLine(inputs.reports, lang)}\n`);
    const campaign = await loadCampaignFrom(options.campaign);
    const units = options.unit.length === 0 ? undefined : resolveUnits(options.unit, campaign, lang);
    const decisions = await readDecisions(options.decisions);
    const read = [
      ...inputs.files,
      ...campaignFiles(campaign),
      ...(options.decisions ? [options.decisions] : []),
    ];
    for (const target of targets) if (target.path !== null) await checkOutputPath(target.path, read);
    await refuseToOverwrite(
      targets.flatMap((t) => (t.path === null ? [] : [t.path])),
      options.force,
    );
    const spooled = await spoolStreams(inputs.files);
    try {
      const meter = progressLine({ write: io.stderr, isTTY: process.stderr.isTTY }, { lang, quiet });
      let check: Awaited<ReturnType<typeof runCheck>>;
      try {
        check = await runCheck(spooled.files, {
          campaign,
          labels: spooled.labels,
          findings: inputs.problems,
          perUnitFile: options.perUnitFile,
          units,
          decisions,
          limits,
          onProgress: meter?.update,
        });
      } finally {
        meter?.done();
      }
      const selection = selectRound(check);
      // every file is rendered before any is written: a run writes all its reports or none
      const reports: OutputFile[] = [];
      for (const { format, path: file } of targets) {
        if (file !== null)
          reports.push({
            path: file,
            data: await SELECT_FORMATS[format as SelectFormatName].render(selection, lang, { date }),
          });
      }
      await writeFiles(reports);
      for (const file of reports) progress(`${lang === 'en' ? 'Wrote' : 'Đã ghi'} ${plainText(file.path)}\n`);
      for (const { format, path: file } of targets) {
        if (file !== null) continue;
        if (format === 'text') {
          if (quiet) continue;
          const color = useColor(process.env, process.stdout.isTTY);
          const width = Math.min(100, Math.max(80, process.stdout.columns ?? 80));
          io.stdout(renderSelectText(selection, { lang, color, width, date }));
          continue;
        }
        const data = await SELECT_FORMATS[format as SelectFormatName].render(selection, lang, { date });
        if (typeof data === 'string') io.stdout(data);
        else process.stdout.write(data);
      }
      // a decision that contradicts the criteria or the seats is an error to correct; a
      // suggestion itself never fails
      return decisionFindings(selection).some((f) => f.severity === 'error') ? EXIT.fallsShort : EXIT.ok;
    } finally {
      spooled.remove();
    }
  });
}

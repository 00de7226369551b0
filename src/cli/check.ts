import { mkdir } from 'node:fs/promises';
import type { Command } from 'commander';
import { z } from 'zod';
import { append } from '../append.js';
import { loadCampaignFrom } from '../campaign/load.js';
import type { Campaign } from '../campaign/schema.js';
import { type CheckFiles, type CheckResult, givenPath, runCheck } from '../check.js';
import { type DecisionRow, readDecisionsFile } from '../decisions/file.js';
import type { Judgement } from '../engine/types.js';
import { DEFAULT_FAIL_ON, FAIL_ON, type FailOn, fallsShort } from '../fail-on.js';
import type { Lang } from '../findings/finding.js';
import { type CsvSeparator, csvSeparator, DEFAULT_CSV_SEPARATOR } from '../report/csv-separator.js';
import { reportDate } from '../report/date.js';
import {
  type FormatName,
  formatNames,
  parseFormats,
  type RenderOptions,
  reportFormat,
} from '../report/index.js';
import { ListedJudgements } from '../report/listing.js';
import {
  type AtomicFile,
  checkOutputPath,
  commitAll,
  exitOnSignals,
  type OutputFile,
  type OutputTarget,
  openAtomic,
  planOutputs,
  writeFiles,
} from '../report/output.js';
import { perUnitReports } from '../report/per-unit.js';
import { plainText } from '../report/sanitize.js';
import type { ReportWriter, Sink } from '../report/stream.js';
import { renderText } from '../report/text.js';
import type { SetAction } from './commands.js';
import { campaignFiles, expandInputs, spoolStreams } from './inputs.js';
import { addLimitOptions, parseLimits } from './limits.js';
import { EXIT, type Io } from './main.js';
import { campaignOption, langSchema, parseOptions } from './options.js';
import { refuseToOverwrite } from './overwrite.js';
import { type Progress, progressLine } from './progress.js';
import { resolveUnits } from './units.js';

/** A text report's chunks, which come as UTF-8 and each whole characters, as text (`Io.stdout`). */
const utf8 = new TextDecoder();

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

/** `--fail-on ineligible,quota`: what makes exit 1; `none` for a run that only reports. */
const failOnList = z
  .string()
  .optional()
  .superRefine((value, ctx) => {
    if (value === undefined || parseFailOn(value) !== null) return;
    ctx.addIssue({ code: 'invalid_value', values: [...FAIL_ON, 'none'], input: value });
  })
  .transform((value) => (value === undefined ? [...DEFAULT_FAIL_ON] : (parseFailOn(value) as FailOn[])));

/** The conditions a `--fail-on` list names, each once, in the canonical order; `null` if one is unknown. */
export function parseFailOn(value: string): FailOn[] | null {
  const names = value
    .split(',')
    .map((n) => n.trim().toLowerCase())
    .filter(Boolean);
  if (names.length === 1 && names[0] === 'none') return [];
  if (names.length === 0 || names.some((n) => !(FAIL_ON as readonly string[]).includes(n))) return null;
  return FAIL_ON.filter((c) => names.includes(c));
}

/** `--csv-separator ;|,|tab` (or its name): see csv.ts for why `;` is the default. */
const csvSeparatorOption = z
  .string()
  .default(DEFAULT_CSV_SEPARATOR)
  .superRefine((value, ctx) => {
    if (csvSeparator(value) === undefined)
      ctx.addIssue({ code: 'invalid_value', values: ['";"', '","', 'tab'], input: value });
  })
  .transform((value) => csvSeparator(value) as CsvSeparator);

export const checkOptionsSchema = z.object({
  campaign: z.string().min(1).optional(),
  format: formatList,
  lang: langSchema.default('vi'),
  output: z.string().min(1).optional(),
  failOn: failOnList,
  quiet: z.boolean().default(false),
  perUnitFile: z.boolean().default(false),
  force: z.boolean().default(false),
  csvSeparator: csvSeparatorOption,
  unit: z.array(z.string().min(1)).default([]),
  decisions: z.string().min(1).optional(),
  perUnitReport: z.string().min(1).optional(),
});
export type CheckCliOptions = z.infer<typeof checkOptionsSchema>;

/** Options as commander hands them over, validated; a bad value is one line and exit 2. */
export function parseCheckOptions(raw: unknown): CheckCliOptions {
  return parseOptions(checkOptionsSchema, raw);
}

/**
 * OUTPUT.md: 0 when every nominee is eligible, no quota is exceeded and no finding is an error;
 * `--fail-on` narrows (or widens, with `warning`) what makes 1. Exit 2 is never decided here:
 * a run that gets this far has read its files.
 */
export function checkExitCode(
  result: Pick<CheckResult, 'summary' | 'quota' | 'findings'>,
  failOn: readonly FailOn[] = DEFAULT_FAIL_ON,
): number {
  return fallsShort(result, failOn) ? EXIT.fallsShort : EXIT.ok;
}

/**
 * Colour for a person at a terminal, by the conventions other tools follow: `FORCE_COLOR=0`
 * (or `false`) never; `NO_COLOR` set to anything never (no-color.org); `FORCE_COLOR=1|2|3`
 * (or empty, or `true`) always, even down a pipe; `TERM=dumb` never; otherwise on a terminal.
 */
export function useColor(env: NodeJS.ProcessEnv, isTTY: boolean | undefined): boolean {
  const force = env.FORCE_COLOR?.trim().toLowerCase();
  if (force === '0' || force === 'false') return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (force !== undefined) return true;
  if (env.TERM === 'dumb') return false;
  return isTTY === true;
}

/**
 * The arguments and options `check` and `select` share, so both read the same inputs the same
 * way: the files, the campaign, the formats (each command's own list), where to write, the
 * language, overwriting, quiet, the units to report and the per-file quota.
 */
export function addInputOptions(command: Command, formats: readonly string[]): Command {
  return command
    .argument(
      '<files...>',
      "tệp .xlsx/.csv, thư mục hoặc mẫu trong ngoặc 'ho-so/**/*.xlsx' / files, folders or quoted globs 'submissions/**/*.xlsx'",
    )
    .addOption(campaignOption())
    .option(
      '--format <format>',
      `${formats.join(' | ')}; nhiều định dạng cách nhau bởi dấu phẩy: xlsx,html (mặc định: text) / ${formats.join(' | ')}; several: xlsx,html (default: text)`,
    )
    .option(
      '--output <path>',
      'ghi báo cáo vào tệp; nhiều định dạng: tên chung, mỗi định dạng một đuôi / write the report to a file; several formats: a base name, one extension each',
    )
    .option('--lang <lang>', 'ngôn ngữ: vi | en (mặc định: vi) / language: vi | en (default: vi)')
    .option('--force', 'ghi đè báo cáo đã có / overwrite an existing report')
    .option(
      '--quiet',
      'không in báo cáo văn bản, chỉ mã thoát và lỗi / no text report, only the exit code and errors',
    )
    .option(
      '--unit <unit>',
      'chỉ báo cáo đơn vị này (lặp lại được); số lượng và trùng lặp vẫn tính trên mọi tệp / report only this unit (repeatable); quotas and duplicates still count everything read',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option(
      '--per-unit-file',
      "mỗi tệp là hồ sơ của một đơn vị, số lượng tính theo từng tệp / each file is one unit's submission, its quota checked alone",
    )
    .option(
      '--decisions <path>',
      'tệp kết luận của Hội đồng (họ tên, đơn vị, năm sinh, kết luận) để đối chiếu với tiêu chí và số lượng / the council’s decisions (name, unit, birth year, decision), checked against the criteria and the seats',
    );
}

/** The decisions file `--decisions` names, read before any nominee file; none when not given. */
export async function readDecisions(file: string | undefined): Promise<DecisionRow[] | undefined> {
  return file === undefined ? undefined : readDecisionsFile(file, plainText(givenPath(file)));
}

export function registerCheck(program: Command, setAction: SetAction): void {
  const command = program.command('check').description('Kiểm tra danh sách đề nghị / check nominee files');
  addInputOptions(command, formatNames());
  command
    .option(
      '--fail-on <list>',
      `điều gì làm mã thoát 1: ${FAIL_ON.join(',')} | none (mặc định: ${DEFAULT_FAIL_ON.join(',')}) / what makes exit 1: ${FAIL_ON.join(',')} | none (default: ${DEFAULT_FAIL_ON.join(',')})`,
    )
    .option(
      '--csv-separator <sep>',
      'dấu phân cách cột của báo cáo csv: ; | , | tab (mặc định: ;) / the csv field separator: ; | , | tab (default: ;)',
    )
    .option(
      '--per-unit-report <dir>',
      'ghi vào thư mục này một báo cáo Excel cho mỗi đơn vị (thêm HTML nếu --format có html), đặt tên theo tên đơn vị trong kế hoạch / write one xlsx report per unit into this folder (html too when --format names it), named by the unit’s plan name',
    );
  addLimitOptions(command);
  setAction(command, (files: string[], raw: Record<string, unknown>) => async (io) => {
    exitOnSignals();
    const options = parseCheckOptions(raw);
    const limits = parseLimits(raw);
    // without --format, `--output report.xlsx` names the format by its extension
    const targets = planOutputs({
      format: raw.format === undefined ? undefined : options.format,
      output: options.output,
      lang: options.lang,
      terminal: process.stdout.isTTY === true,
    });
    const { quiet, failOn, lang } = options;
    // one date for every report of the run, even one that crosses midnight; a bad
    // SOURCE_DATE_EPOCH stops the run before anything is read or written
    const date = reportDate(lang);
    const render = { failOn, csvSeparator: options.csvSeparator, date };
    // progress is for a person watching; --quiet leaves stderr to errors
    const progress = (text: string) => {
      if (!quiet) io.stderr(text);
    };
    const inputs = await expandInputs(files);
    if (inputs.files.length !== files.length || inputs.skipped.length > 0) {
      progress(`${inputsLine(inputs.files.length, inputs.skipped, lang)}\n`);
    }
    // said even with --quiet: a file left out changes what the exit code speaks of
    if (inputs.reports.length > 0) io.stderr(`${reportsLine(inputs.reports, lang)}\n`);
    const campaign = await loadCampaignFrom(options.campaign);
    const units = options.unit.length === 0 ? undefined : resolveUnits(options.unit, campaign, lang);
    const decisions = await readDecisions(options.decisions);
    // every file the run reads is an input: a report never takes the place of one
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
    const checkAndReport = async (readFiles: string[], labels: Map<string, string>): Promise<number> => {
      // formats with a writer are written as the check goes; the others are rendered from the
      // judgements kept for them, and a report per unit needs every judgement kept
      const streaming = options.perUnitReport === undefined;
      // lines streamed to the same terminal would be torn by the redrawn progress line
      const sharesTerminal =
        streaming &&
        process.stdout.isTTY === true &&
        targets.some((t) => t.path === null && reportFormat(t.format).writer !== undefined);
      const meter = sharesTerminal
        ? undefined
        : progressLine({ write: io.stderr, isTTY: process.stderr.isTTY }, { lang, quiet });
      const streamed = streaming
        ? await streamedReports(targets, campaign, lang, io, render, meter)
        : undefined;
      // what the formats rendered from the result need kept of the judgements: every one (a
      // report per unit), the first of each list (text, markdown, html), or none
      const renderedFormats = targets.filter((t) => !streams(t, streamed)).map((t) => reportFormat(t.format));
      const keepAll = !streaming || renderedFormats.some((f) => f.lists !== true);
      const kept: Judgement[] = [];
      const listed = !keepAll && renderedFormats.length > 0 ? new ListedJudgements() : undefined;
      const keep = keepAll || listed !== undefined;
      // a check whose every judgement is kept anyway keeps them itself
      const handOut = streamed !== undefined || listed !== undefined;
      let result: CheckResult;
      try {
        result = await runCheck(readFiles, {
          campaign,
          labels,
          findings: inputs.problems,
          perUnitFile: options.perUnitFile,
          units,
          decisions,
          limits,
          // a report rendered whole needs every finding in the result
          findingsWithJudgements: !keep && streamed?.findingsWithNominees === true,
          onFiles: streamed?.begin,
          onJudgement: handOut
            ? (j) => {
                streamed?.nominee(j);
                if (listed) listed.add(j);
                else if (keepAll) kept.push(j);
              }
            : undefined,
          onProgress: meter?.update,
        });
        if (handOut) {
          result = listed
            ? { ...result, judgements: listed.kept, counts: listed.counts }
            : { ...result, judgements: kept };
          await streamed?.finish(result);
        }
      } catch (error) {
        meter?.done();
        streamed?.abort();
        throw error;
      }
      if (streamed !== undefined && !keep) {
        meter?.done();
        streamed.commit();
        for (const file of streamed.paths)
          progress(`${lang === 'en' ? 'Wrote' : 'Đã ghi'} ${plainText(file)}\n`);
        return checkExitCode(result, failOn);
      }
      // every file is rendered before any is written: a run writes all its reports or none
      // the progress line goes on through rendering, which can take longer than the reading
      const rendered = (format: FormatName) =>
        reportFormat(format).render(result, lang, { ...render, onNominee: meter?.rendering(format) });
      const reports: OutputFile[] = [];
      try {
        for (const target of targets) {
          if (target.path !== null && !streams(target, streamed))
            reports.push({ path: target.path, data: await rendered(target.format) });
        }
      } catch (error) {
        streamed?.abort();
        throw error;
      } finally {
        meter?.done();
      }
      if (options.perUnitReport !== undefined) {
        const formats = targets.some((t) => t.format === 'html')
          ? (['xlsx', 'html'] as const)
          : (['xlsx'] as const);
        const own = await perUnitReports(result, options.perUnitReport, formats, lang, { date });
        // the folder is made when missing; each report in it is checked as --output is
        await mkdir(options.perUnitReport, { recursive: true });
        for (const file of own) await checkOutputPath(file.path, read);
        await refuseToOverwrite(
          own.map((f) => f.path),
          options.force,
        );
        append(reports, own);
      }
      try {
        await writeFiles(reports);
      } catch (error) {
        streamed?.abort();
        throw error;
      }
      streamed?.commit();
      for (const file of streamed?.paths ?? [])
        progress(`${lang === 'en' ? 'Wrote' : 'Đã ghi'} ${plainText(file)}\n`);
      for (const file of reports) progress(`${lang === 'en' ? 'Wrote' : 'Đã ghi'} ${plainText(file.path)}\n`);
      for (const target of targets) {
        const { format, path: file } = target;
        if (file !== null || streams(target, streamed)) continue;
        if (format === 'text') {
          if (quiet) continue;
          const color = useColor(process.env, process.stdout.isTTY);
          const width = Math.min(100, Math.max(80, process.stdout.columns ?? 80));
          const data = renderText(result, {
            lang: options.lang,
            color,
            width,
            date,
            onNominee: meter?.rendering(format),
          });
          meter?.done();
          io.stdout(data);
        } else {
          const data = await rendered(format);
          meter?.done();
          // a binary report reaches stdout only down a pipe (`--output -`), as its bytes
          if (typeof data === 'string') io.stdout(data);
          else process.stdout.write(data);
        }
      }
      return checkExitCode(result, failOn);
    };
    const spooled = await spoolStreams(inputs.files);
    try {
      return await checkAndReport(spooled.files, spooled.labels);
    } finally {
      spooled.remove();
    }
  });
}

/** The reports of a run written as the check goes, each to its file or to standard output. */
interface StreamedReports {
  targets: readonly OutputTarget[];
  /** The files written, as the user named them. */
  paths: string[];
  toStdout: boolean;
  /** Every writer puts a nominee's own finding beside it (`ReportWriter.findingsWithNominees`). */
  findingsWithNominees: boolean;
  /** What the check calls its files, before the first nominee (`ReportWriter.begin`). */
  begin(files: CheckFiles): void;
  nominee(j: Judgement): void;
  /** Write what follows the nominees; the files stay beside their targets until `commit`. */
  finish(result: CheckResult): Promise<void>;
  /** Put every file in place together. */
  commit(): void;
  /** Remove every file begun: a run that failed leaves the targets as they were. */
  abort(): void;
}

function streams(target: OutputTarget, streamed: StreamedReports | undefined): boolean {
  return streamed?.targets.includes(target) === true;
}

/**
 * The run's reports whose formats have a writer (all but text, markdown and html), written as
 * the check goes, each nominee as soon as it is judged, so a large input is never held whole; a
 * file goes to a temporary file renamed into place at the end, as a rendered one does. The bytes
 * are those the format gives when rendered from the finished result. `undefined` when no format
 * streams.
 */
async function streamedReports(
  targets: readonly OutputTarget[],
  campaign: Campaign,
  lang: Lang,
  io: Io,
  render: RenderOptions,
  meter: Progress | undefined,
): Promise<StreamedReports | undefined> {
  const chosen = targets.filter((t) => reportFormat(t.format).writer !== undefined);
  if (chosen.length === 0) return undefined;
  const files: AtomicFile[] = [];
  const writers: ReportWriter[] = [];
  const abort = () => {
    for (const w of writers) w.abort?.();
    for (const f of files) f.abort();
  };
  try {
    for (const target of chosen) {
      const file = target.path === null ? undefined : openAtomic(target.path);
      if (file) files.push(file);
      // a binary report reaches stdout only down a pipe (`--output -`), as its bytes; a text
      // report's chunks are its UTF-8, as text for an `io` that takes only text
      const binary = reportFormat(target.format).binary;
      const toStdout: Sink = (chunk) => {
        if (typeof chunk === 'string') io.stdout(chunk);
        else if (io.stdoutBytes) io.stdoutBytes(chunk);
        else if (binary) process.stdout.write(chunk);
        else io.stdout(utf8.decode(chunk));
      };
      const write: Sink = file ? (chunk) => file.write(chunk) : toStdout;
      const writer = reportFormat(target.format).writer;
      // a workbook is written when the check is done: the line counts its rows as they go
      const onNominee = meter?.rendering(target.format);
      if (writer) writers.push(await writer(campaign, lang, write, { ...render, onNominee }));
    }
  } catch (error) {
    abort();
    throw error;
  }
  return {
    targets: chosen,
    paths: chosen.flatMap((t) => (t.path === null ? [] : [t.path])),
    toStdout: chosen.some((t) => t.path === null),
    findingsWithNominees: writers.every((w) => w.findingsWithNominees === true),
    begin(files) {
      for (const w of writers) w.begin?.(files);
    },
    nominee(j) {
      for (const w of writers) w.nominee(j);
    },
    async finish(result) {
      for (const w of writers) await w.finish(result);
    },
    commit: () => commitAll(files),
    abort,
  };
}

export function inputsLine(count: number, skipped: readonly string[], lang: Lang): string {
  const files =
    lang === 'en' ? `Checking ${count} ${count === 1 ? 'file' : 'files'}` : `Kiểm tra ${count} tệp`;
  if (skipped.length === 0) return files;
  const list = skipped.map(plainText).join(', ');
  return lang === 'en'
    ? `${files}; Office lock files skipped: ${list}`
    : `${files}; bỏ qua tệp khoá của Office: ${list}`;
}

export function reportsLine(reports: readonly string[], lang: Lang): string {
  const list = reports.map(plainText).join(', ');
  return lang === 'en'
    ? `Reports written by this tool are not read as nominee lists: ${list}`
    : `Không đọc báo cáo do chính công cụ này viết ra như danh sách đề nghị: ${list}`;
}

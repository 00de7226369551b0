import type { Command } from 'commander';
import { VERSION } from '../version.js';
import { guardStandardStreams } from './streams.js';

/** Exit codes, OUTPUT.md: decided here and nowhere else. */
export const EXIT = { ok: 0, fallsShort: 1, cannotRun: 2 } as const;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /**
   * Bytes for standard output as they are: a workbook, or a report's text already encoded as
   * UTF-8 (report/stream.ts). Where absent, encoded text is decoded for `stdout`.
   */
  stdoutBytes?: (bytes: Uint8Array) => void;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutBytes: (bytes) => process.stdout.write(bytes),
};

/** A command's action: does its job and says which exit code the run earned. */
export type Action = (io: Io) => Promise<number>;

export interface MainOptions {
  /** Register every command fully instead of only the one the run names (tests compare the two). */
  eager?: boolean;
}

/**
 * Each command lives in its own file and registers itself through `setAction`, which
 * wraps it so every failure becomes one clear line and exit code 2.
 *
 * Only this file and `version.ts` load before the arguments are looked at: `--version` answers
 * without commander, and a run loads the one command it names (see `registerCommands`), so
 * people and CI scripts that call the tool often do not wait for modules they do not use.
 */
export async function main(
  argv: readonly string[],
  io: Io = processIo,
  options: MainOptions = {},
): Promise<number> {
  const args = argv.slice(2);
  if (io === processIo) guardStandardStreams(langOfArgv(argv), EXIT.cannotRun);
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }

  const [{ Command: CommandClass }, { registerCommands }, { localise, versionWords }] = await Promise.all([
    import('commander'),
    import('./commands.js'),
    import('./help.js'),
  ]);
  let exitCode: number = EXIT.ok;
  const lang = langOfArgv(argv);
  // commander's own words (help, its errors) in the run's language, before any command is added
  const program: Command = localise(new CommandClass('eligibility'), lang, io.stderr)
    .description('Kiểm tra hồ sơ đề nghị biểu dương điển hình tiên tiến / check award nominations')
    .version(VERSION, '-V, --version', versionWords(lang))
    // read from argv by handleError; declared so that any command accepts it
    .option('--debug', 'in chi tiết lỗi cho người phát triển / print error details for developers')
    .showHelpAfterError('(eligibility --help)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  const setAction = (command: Command, action: (...args: never[]) => Action): Command =>
    command.action(async (...actionArgs: unknown[]) => {
      // spread: bounded (commander's arguments and options for one command)
      exitCode = await action(...(actionArgs as never[]))(io);
    });

  try {
    await registerCommands(program, setAction, args, options.eager, lang);
    await program.parseAsync(argv);
  } catch (error) {
    return handleError(error, io, argv);
  }
  return exitCode;
}

/** The error classes are loaded only when something went wrong: a clean run never needs them. */
async function handleError(error: unknown, io: Io, argv: readonly string[]): Promise<number> {
  const { CommanderError } = await import('commander');
  if (error instanceof CommanderError) {
    // help and version end with code 0; every other parse error is a bad argument
    return error.exitCode === 0 ? EXIT.ok : EXIT.cannotRun;
  }
  const [
    { CampaignError },
    { renderFinding },
    { formatPosition, InputError },
    { plainText },
    { errnoWords },
  ] = await Promise.all([
    import('../campaign/load.js'),
    import('../findings/catalogue.js'),
    import('../findings/finding.js'),
    import('../report/sanitize.js'),
    import('../findings/errno.js'),
  ]);
  const lang = langOfArgv(argv);
  // a message names files and cells from outside: one line each, nothing a terminal would obey
  const say = (line: string) => io.stderr(`${plainText(line)}\n`);
  if (error instanceof CampaignError) {
    for (const problem of error.problems) say(`${formatPosition(problem)}: ${renderFinding(problem, lang)}`);
    return EXIT.cannotRun;
  }
  if (error instanceof InputError) {
    const where = formatPosition(error.finding);
    say(`${where ? `${where}: ` : ''}${renderFinding(error.finding, lang)}`);
    return EXIT.cannotRun;
  }
  if (argv.includes('--debug')) {
    io.stderr(`${(error as Error).stack ?? String(error)}\n`);
    return EXIT.cannotRun;
  }
  const system = errnoWords(error);
  if ((error as NodeJS.ErrnoException).syscall === 'uv_cwd') {
    say(
      lang === 'en'
        ? 'The current folder no longer exists; change to a folder that does and run again'
        : 'Thư mục đang làm việc không còn nữa; chuyển sang một thư mục có thật rồi chạy lại',
    );
  } else if (system) say(`${lang === 'en' ? 'System error' : 'Lỗi hệ thống'}: ${system[lang]}`);
  else
    say(`${lang === 'en' ? 'Unexpected error' : 'Lỗi không mong đợi'}: ${(error as Error).message ?? error}`);
  return EXIT.cannotRun;
}

/** The options may not be parsed (that may be what failed): `--lang en` / `--lang=en` read directly. */
function langOfArgv(argv: readonly string[]): 'vi' | 'en' {
  const at = argv.lastIndexOf('--lang');
  return argv.includes('--lang=en') || (at >= 0 && argv[at + 1] === 'en') ? 'en' : 'vi';
}

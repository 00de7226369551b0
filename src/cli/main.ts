import { Command, CommanderError } from 'commander';
import { CampaignError } from '../campaign/load.js';
import { renderFinding } from '../findings/catalogue.js';
import { formatPosition, InputError, type Lang } from '../findings/finding.js';
import { VERSION } from '../version.js';

/** Exit codes, OUTPUT.md: decided here and nowhere else. */
export const EXIT = { ok: 0, fallsShort: 1, cannotRun: 2 } as const;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** A command's action: does its job and says which exit code the run earned. */
export type Action = (io: Io) => Promise<number>;

/**
 * Each command lives in its own file and registers itself through `setAction`, which
 * wraps it so every failure becomes one clear line and exit code 2.
 */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('eligibility')
    .description('Kiểm tra hồ sơ đề nghị biểu dương điển hình tiên tiến / check award nominations')
    .version(VERSION, '-V, --version')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  const setAction = (command: Command, action: (...args: never[]) => Action): Command =>
    command.action(async (...args: unknown[]) => {
      exitCode = await action(...(args as never[]))(io);
    });

  const { registerCommands } = await import('./commands.js');
  registerCommands(program, setAction);

  try {
    await program.parseAsync(argv);
  } catch (error) {
    return handleError(error, io, argv);
  }
  return exitCode;
}

function handleError(error: unknown, io: Io, argv: readonly string[]): number {
  if (error instanceof CommanderError) {
    // help and version end with code 0; every other parse error is a bad argument
    return error.exitCode === 0 ? EXIT.ok : EXIT.cannotRun;
  }
  const lang: Lang =
    argv.includes('en') && argv.some((a) => a === '--lang' || a === '--lang=en') ? 'en' : 'vi';
  if (error instanceof CampaignError) {
    for (const problem of error.problems)
      io.stderr(`${formatPosition(problem)}: ${renderFinding(problem, lang)}\n`);
    return EXIT.cannotRun;
  }
  if (error instanceof InputError) {
    const where = formatPosition(error.finding);
    io.stderr(`${where ? `${where}: ` : ''}${renderFinding(error.finding, lang)}\n`);
    return EXIT.cannotRun;
  }
  if (argv.includes('--debug')) io.stderr(`${(error as Error).stack ?? String(error)}\n`);
  else
    io.stderr(
      `${lang === 'en' ? 'Unexpected error' : 'Lỗi không mong đợi'}: ${(error as Error).message ?? error}\n`,
    );
  return EXIT.cannotRun;
}

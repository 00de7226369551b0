import { type MainOptions, main } from '../../src/cli/main.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in this process as a user would type `eligibility ARGS…`, capturing both streams. */
export function run(...args: string[]): Promise<Run> {
  return runWith(args);
}

/** `run` with the options `main` takes besides its streams (which command files to load). */
export async function runWith(args: readonly string[], options: MainOptions = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(
    ['node', 'eligibility', ...args],
    {
      stdout: (t) => {
        stdout += t;
      },
      stderr: (t) => {
        stderr += t;
      },
    },
    options,
  );
  return { code, stdout, stderr };
}

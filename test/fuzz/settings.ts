/**
 * One fixed seed so that CI runs the same cases every time and a failure can be replayed;
 * `FUZZ_RUNS=10` multiplies the runs for a longer search on a developer's machine.
 */
export const SEED = 20200316;

const SCALE = Math.max(1, Number(process.env.FUZZ_RUNS ?? 1) || 1);

export function runs(base: number): { seed: number; numRuns: number } {
  return { seed: SEED, numRuns: base * SCALE };
}

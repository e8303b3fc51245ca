import fc from "fast-check";

/**
 * Run counts of the fuzz suite. The unit-test run uses the defaults (10 000 cases per parser, small grids);
 * `FUZZ_SCALE=10 npx jest test/fuzz` or `npx tsx bench/fuzz-heavy.ts` run more.
 *
 * Seeds: the test run is reproducible — every property starts from DEFAULT_SEED, so a red CI run is red on
 * every machine and a green one stays green. Exploring new inputs is the job of `FUZZ_SEED=random` (a fresh
 * seed per property, printed by fast-check on failure) and of bench/fuzz-heavy.ts, which draws a random seed
 * each run. `FUZZ_SEED=<number>` replays a run. Every counterexample found that way becomes a case in
 * regressions.test.ts.
 * Every property records how many cases it ran; with FUZZ_REPORT=1 the totals are printed at the end.
 */

const counts = new Map<string, number>();

export function fuzzRuns(defaultRuns: number): number {
  const scale = Number(process.env.FUZZ_SCALE ?? "1");
  return Math.max(1, Math.round(defaultRuns * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

/** The seed of the unit-test run when FUZZ_SEED is not set. */
export const DEFAULT_SEED = 20_261_207;

/** The seed of a property run: FUZZ_SEED, a random one for FUZZ_SEED=random, DEFAULT_SEED otherwise. */
export function fuzzSeed(env: string | undefined = process.env.FUZZ_SEED): number | undefined {
  if (env === undefined || env.trim() === "") return DEFAULT_SEED;
  if (env.trim().toLowerCase() === "random") return undefined;
  const n = Number(env);
  if (!Number.isInteger(n)) throw new Error(`FUZZ_SEED must be an integer or "random", got "${env}"`);
  return n;
}

export function record(name: string, runs: number): void {
  counts.set(name, (counts.get(name) ?? 0) + runs);
}

export function recorded(): ReadonlyMap<string, number> {
  return counts;
}

if (process.env.FUZZ_REPORT === "1" && typeof afterAll === "function") {
  afterAll(() => {
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const lines = [...counts].map(([k, v]) => `  ${k}: ${v}`);
    process.stdout.write(`fuzz cases: ${total}\n${lines.join("\n")}\n`);
  });
}

/** fc.assert with the suite's run count and seed; records the cases run. */
export function check<Ts extends [unknown, ...unknown[]]>(name: string, prop: fc.IProperty<Ts>, defaultRuns: number): void {
  const numRuns = fuzzRuns(defaultRuns);
  const seed = fuzzSeed();
  fc.assert(prop, seed === undefined ? { numRuns } : { numRuns, seed });
  record(name, numRuns);
}

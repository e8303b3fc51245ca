import fc from "fast-check";

/**
 * Run counts of the fuzz suite. The unit-test run uses the defaults (10 000 cases per parser, small grids);
 * `FUZZ_SCALE=10 npx jest test/fuzz` or `npx tsx bench/fuzz-heavy.ts` run more. `FUZZ_SEED` replays a run.
 * Every property records how many cases it ran; with FUZZ_REPORT=1 the totals are printed at the end.
 */

const counts = new Map<string, number>();

export function fuzzRuns(defaultRuns: number): number {
  const scale = Number(process.env.FUZZ_SCALE ?? "1");
  return Math.max(1, Math.round(defaultRuns * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

export function fuzzSeed(): number | undefined {
  const s = process.env.FUZZ_SEED;
  return s === undefined || s === "" ? undefined : Number(s);
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

/**
 * Child process of the bench: one scenario (workload size × write mode), `runs` times, each on a
 * fresh simulated Excel, after a full GC. Prints one JSON line: every run's metrics and the
 * process's peak RSS. Started by run.ts as
 *   node --expose-gc bench/.build/bench/child.js '{"deltagare":…,"insatser":…,"kvartal":8,"mode":"host","runs":5}'
 */
import { loadSim, runOnce, type RunMetrics, type WriteMode } from "./scenario";
import { buildWorkload, cellCount } from "./workload";

export interface ChildArgs {
  deltagare: number;
  insatser: number;
  kvartal: number;
  mode: WriteMode;
  runs: number;
  seed?: number;
}

export interface ChildResult {
  args: ChildArgs;
  cells: number;
  runs: RunMetrics[];
  /** Heap after loading the workbook into the simulator (the open workbook, not the add-in). */
  workbookHeapBytes: number;
  maxRssBytes: number;
}

const gc = (): void => {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    g();
    g();
  }
};

async function main(): Promise<void> {
  const args = JSON.parse(process.argv[2] ?? "{}") as ChildArgs;
  const w = buildWorkload({ deltagare: args.deltagare, insatser: args.insatser, kvartal: args.kvartal }, args.seed ?? 1);
  const runs: RunMetrics[] = [];
  let workbookHeapBytes = 0;
  for (let i = 0; i < args.runs; i++) {
    gc();
    const before = process.memoryUsage().heapUsed;
    const sim = loadSim(w);
    gc();
    workbookHeapBytes = process.memoryUsage().heapUsed - before;
    runs.push(await runOnce(w, args.mode, sim));
  }
  const result: ChildResult = { args, cells: cellCount(w), runs, workbookHeapBytes, maxRssBytes: process.resourceUsage().maxRSS * 1024 };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});

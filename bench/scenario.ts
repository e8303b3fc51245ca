/**
 * One bench run: a fresh simulated Excel holding the workload, then
 *   read (createExcelHost.readSheets) → detect, parse, validate, compute, plan (runPipeline, timed per
 *   step) → write (the host's apply, or the naive writer),
 * with wall time per stage, syncs per side, the largest request/response a sync carried, and the JS heap
 * sampled after every sync and every pipeline step.
 */
import { PerformanceObserver } from "node:perf_hooks";
import { runPipeline, type PipelineDeps } from "../src/domain/pipeline/pipeline";
import type { ReportModule } from "../src/domain/reports/types";
import { reportModules } from "../src/domain/reports";
import { deltagareModule } from "../src/domain/reports/deltagare";
import { parseBase } from "../src/domain/parse/base/parse-base";
import { validateBase } from "../src/domain/validate";
import { createExcelHost } from "../src/excel";
import type { ExcelApi, ExcelContext } from "../src/excel/office-api";
import { ExcelSim } from "../src/excel-sim";
import { writeNaive } from "./naive-writer";
import type { Workload } from "./workload";

export type WriteMode = "host" | "naive";

export interface RunMetrics {
  readMs: number;
  pipelineMs: number;
  writeMs: number;
  totalMs: number;
  /** Of totalMs, the time inside context.sync() (the simulated Excel working), reading and writing. */
  readExcelMs: number;
  writeExcelMs: number;
  /** CPU time (user + system) of the process during the run; less sensitive than wall time to other load. */
  cpuMs: number;
  /** Of cpuMs, the CPU time inside context.sync() (the simulated Excel). */
  excelCpuMs: number;
  /** Garbage collection pauses during the run (the simulated workbook lives in the same heap, so major GCs mark it too). */
  gcMs: number;
  /** Per pipeline step: parse (base sheets), validate, one entry per report module, and the rest of runPipeline
   *  (size limits, sheet detection and mapping, issue collection, Valideringsrapport, personnummer masking). */
  stepsMs: Record<string, number>;
  readSyncs: number;
  writeSyncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** Bytes Excel sent back while reading (refused over-size responses not counted). */
  readBytes: number;
  /** Bytes the add-in sent while writing. */
  writeBytes: number;
  /** Peak heapUsed sampled during the run, minus heapUsed after loading the workbook (bytes). */
  peakHeapBytes: number;
  outputRows: number;
  outputSheets: number;
  issues: number;
}

/** Every report module, plus Uppföljning deltagare when the registry does not list it yet. */
export function benchModules(): ReportModule[] {
  return reportModules.some((m) => m.kind === deltagareModule.kind) ? reportModules : [...reportModules, deltagareModule];
}

class HeapSampler {
  peak = 0;
  private last = 0;
  constructor(readonly baseline: number) {}
  sample(): void {
    const h = process.memoryUsage().heapUsed;
    if (h > this.peak) this.peak = h;
    this.last = performance.now();
  }
  /** Samples unless the last sample is under 2 ms old (the naive writer syncs thousands of times). */
  maybeSample(): void {
    if (performance.now() - this.last >= 2) this.sample();
  }
}

/** Time spent inside context.sync(): the simulated Excel's side of the work. */
interface SyncClock {
  ms: number;
  cpuMs: number;
}

/** The simulator as ExcelApi, sampling the heap after every sync and timing the syncs. */
function sampledApi(sim: ExcelSim, heap: HeapSampler, clock: SyncClock): ExcelApi {
  const wrap = (ctx: ExcelContext): ExcelContext =>
    new Proxy(ctx, {
      get(target, prop) {
        if (prop === "sync")
          return async <T>(v?: T): Promise<T> => {
            const t = performance.now();
            const cpu = process.cpuUsage();
            try {
              return await target.sync(v);
            } finally {
              const used = process.cpuUsage(cpu);
              clock.ms += performance.now() - t;
              clock.cpuMs += (used.user + used.system) / 1000;
              heap.maybeSample();
            }
          };
        return Reflect.get(target, prop, target) as unknown;
      },
    });
  type Batch<T> = (c: ExcelContext) => Promise<T>;
  return {
    run<T>(a: { delayForCellEdit?: boolean } | Batch<T>, b?: Batch<T>): Promise<T> {
      const batch = (typeof a === "function" ? a : b!) as Batch<T>;
      const options = typeof a === "function" ? {} : a;
      return sim.run(options, (ctx) => batch(wrap(ctx as unknown as ExcelContext)));
    },
  } as ExcelApi;
}

function timedDeps(steps: Record<string, number>, heap: HeapSampler): Partial<PipelineDeps> {
  const time =
    <A extends unknown[], R>(name: string, f: (...a: A) => R) =>
    (...a: A): R => {
      const t = performance.now();
      const r = f(...a);
      steps[name] = (steps[name] ?? 0) + performance.now() - t;
      heap.sample();
      return r;
    };
  return {
    parseBase: time("parse", parseBase),
    validateBase: time("validate", validateBase),
    modules: benchModules().map((m) => ({ ...m, run: time(m.kind, m.run.bind(m)) })),
  };
}

/** Sums the durations of the GC pauses from now until stop() (entries arrive asynchronously). */
function gcTimer(): { stop(): Promise<number> } {
  let total = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) total += e.duration;
  });
  observer.observe({ entryTypes: ["gc"] });
  return {
    async stop() {
      await new Promise((r) => setTimeout(r, 0));
      observer.disconnect();
      return total;
    },
  };
}

/** Loads the workload into a new simulator (not timed: that is the user's workbook, already open in Excel). */
export function loadSim(w: Workload): ExcelSim {
  return ExcelSim.fromSheets(w.sheets);
}

export async function runOnce(w: Workload, mode: WriteMode, sim: ExcelSim): Promise<RunMetrics> {
  const heap = new HeapSampler(process.memoryUsage().heapUsed);
  const clock: SyncClock = { ms: 0, cpuMs: 0 };
  const gc = gcTimer();
  const api = sampledApi(sim, heap, clock);
  const host = createExcelHost(api, { runTag: () => "bench1" });
  const runsBefore = sim.runs.length;

  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const sheets = await host.readSheets();
  const readSyncs = host.lastSyncs;
  const readRuns = sim.runs.length;
  const t1 = performance.now();
  const readExcelMs = clock.ms;
  heap.sample();
  const stepsMs: Record<string, number> = {};
  const deps = timedDeps(stepsMs, heap);
  const result = runPipeline(sheets, { fran: w.fran, till: w.till, idag: w.idag }, deps);
  heap.sample();
  const t2 = performance.now();
  const known = Object.values(stepsMs).reduce((a, b) => a + b, 0);
  stepsMs["detect+issues+valideringsrapport"] = t2 - t1 - known;
  let writeSyncs: number;
  if (mode === "host") writeSyncs = (await host.apply(result.plans)).syncs;
  else writeSyncs = (await writeNaive(api, result.plans)).syncs;
  const t3 = performance.now();
  heap.sample();
  const writeExcelMs = clock.ms - readExcelMs;
  const cpu = process.cpuUsage(cpu0);
  const gcMs = await gc.stop();

  const runs = sim.runs.slice(runsBefore);
  const readBytes = sim.runs
    .slice(runsBefore, readRuns)
    .flatMap((r) => r.responseBytes)
    .filter((b) => b <= sim.maxResponseBytes)
    .reduce((a, b) => a + b, 0);
  const writeBytes = sim.runs
    .slice(readRuns)
    .flatMap((r) => r.requestBytes)
    .reduce((a, b) => a + b, 0);
  return {
    readMs: t1 - t0,
    pipelineMs: t2 - t1,
    writeMs: t3 - t2,
    totalMs: t3 - t0,
    readExcelMs,
    writeExcelMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    excelCpuMs: clock.cpuMs,
    gcMs,
    stepsMs,
    readSyncs,
    writeSyncs,
    maxRequestBytes: runs.flatMap((r) => r.requestBytes).reduce((a, b) => Math.max(a, b), 0),
    maxResponseBytes: runs.flatMap((r) => r.responseBytes).reduce((a, b) => Math.max(a, b), 0),
    readBytes,
    writeBytes,
    peakHeapBytes: Math.max(0, heap.peak - heap.baseline),
    outputRows: result.plans.reduce((s, p) => s + p.rows.length, 0),
    outputSheets: result.plans.length,
    issues: result.issues.length,
  };
}

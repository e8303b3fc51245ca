/**
 * `npm run bench`: performance of the add-in as the förbund's data grows, in one run on this machine.
 *  1. Whole pipeline on the simulated Excel (read → detect/parse → validate → compute → plan → write)
 *     per workload size: wall time (median of ≥ 5 runs), CPU time, peak heap, syncs read/write.
 *  2. The same outputs written the naive way (one range and one sync per row).
 *  3. The same aggregates as COUNTIFS/SUMIFS recalculated by LibreOffice headless.
 *  4. Task pane bundle: initial JS gzip, the demo's time to interactive in headless Chromium.
 *  5. SIE 4: decode and read a 200 000-transaction file (bench/sie.ts).
 *  6. Extent attacks (issue 18): corner cell, 1 048 576 rows, zip bomb, /dev/zero — time and peak RSS until
 *     refused, in the CLI and in the add-in on the simulated Excel (bench/extents.ts).
 * Every scenario runs in its own child process: bench/child.ts as plain JavaScript (bench/transpile.ts).
 * Prints a Markdown report and writes bench/results/latest.md and latest.json.
 * Flags: --quick (small sizes, 3 runs), --no-libreoffice, --no-bundle, --runs=N.
 */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { benchBundle, type BundleResult } from "./bundle";
import type { ChildArgs, ChildResult } from "./child";
import { benchLibreOffice, type LibreOfficeResult } from "./libreoffice";
import { machineInfo, renderReport, type ScenarioResult } from "./report";
import { benchExtents, renderExtents } from "./extents";
import { benchSie, renderSie } from "./sie";
import { transpileTree } from "./transpile";
import { buildWorkload, type WorkloadSize } from "./workload";

const flags = new Set(process.argv.slice(2));
const QUICK = flags.has("--quick");
const RUNS = Number([...flags].find((f) => f.startsWith("--runs="))?.slice(7) ?? (QUICK ? 3 : 5));
const KVARTAL = 8;

interface Plan {
  size: WorkloadSize;
  naiveRuns: number;
  /** LibreOffice timeout for this size, ms; undefined = not run (time budget). */
  libreOfficeMs?: number;
}

const PLANS: Plan[] = QUICK
  ? [
      { size: { deltagare: 1_000, insatser: 200, kvartal: KVARTAL }, naiveRuns: 1, libreOfficeMs: 60_000 },
      { size: { deltagare: 10_000, insatser: 200, kvartal: KVARTAL }, naiveRuns: 1 },
    ]
  : [
      { size: { deltagare: 1_000, insatser: 200, kvartal: KVARTAL }, naiveRuns: 3, libreOfficeMs: 60_000 },
      { size: { deltagare: 10_000, insatser: 200, kvartal: KVARTAL }, naiveRuns: 3, libreOfficeMs: 120_000 },
      { size: { deltagare: 100_000, insatser: 200, kvartal: KVARTAL }, naiveRuns: 1 },
      { size: { deltagare: 100_000, insatser: 2_000, kvartal: KVARTAL }, naiveRuns: 1, libreOfficeMs: 60_000 },
    ];

const log = (s: string): void => void process.stderr.write(`[bench] ${s}\n`);

function runChild(script: string, args: ChildArgs, timeoutMs = 300_000): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--expose-gc", script, JSON.stringify(args)], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      const line = out.trim().split("\n").pop() ?? "";
      if (code === 0 && line.startsWith("{")) resolve(JSON.parse(line) as ChildResult);
      else reject(new Error(`child ${JSON.stringify(args)} exited ${code}: ${err.trim().split("\n").slice(-5).join(" | ")}`));
    });
  });
}

async function attempt<T>(p: Promise<T>): Promise<{ value?: T; error?: string }> {
  try {
    return { value: await p };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    log(error);
    return { error };
  }
}

const label = (s: WorkloadSize): string => `${s.deltagare} deltagare, ${s.insatser} insatser × ${s.kvartal} kvartal`;

async function main(): Promise<void> {
  const started = performance.now();
  const machine = machineInfo();
  log(`${machine.cpus} kärnor (${machine.cpuModel}), node ${machine.node}, belastning ${machine.loadavg}`);
  const script = transpileTree("bench/child.ts");
  const scenarios: ScenarioResult[] = [];
  for (const p of PLANS) {
    log(`${label(p.size)}: pipeline × ${RUNS}`);
    const host = await attempt(runChild(script, { ...p.size, mode: "host", runs: RUNS }));
    log(`${label(p.size)}: naiv skrivning × ${p.naiveRuns}`);
    const naive = await attempt(runChild(script, { ...p.size, mode: "naive", runs: p.naiveRuns }));
    scenarios.push({ size: p.size, host: host.value, hostError: host.error, naive: naive.value, naiveError: naive.error });
  }
  if (!flags.has("--no-libreoffice")) {
    for (const [i, p] of PLANS.entries()) {
      if (p.libreOfficeMs === undefined) continue;
      log(`${label(p.size)}: LibreOffice (högst ${p.libreOfficeMs / 1000} s)`);
      const lo: LibreOfficeResult = await benchLibreOffice(buildWorkload(p.size), p.libreOfficeMs);
      scenarios[i].libreOffice = lo;
      if (!lo.available) break;
    }
  }
  let bundle: BundleResult | undefined;
  if (!flags.has("--no-bundle")) {
    log("task pane-paket och demo i Chromium");
    bundle = await benchBundle(RUNS);
  }
  log("SIE 4: 200 000 transaktioner");
  const sie = benchSie(RUNS);
  log("extent-attacker (issue 18)");
  const extents = await benchExtents(log);
  const totalMs = performance.now() - started;
  const report = `${renderReport({ machine, runs: RUNS, scenarios, bundle, totalMs, quick: QUICK })}\n\n${renderSie(sie)}\n\n${renderExtents(extents)}`;
  process.stdout.write(`${report}\n`);
  const dir = join(__dirname, "results");
  mkdirSync(dir, { recursive: true });
  const name = QUICK ? "quick" : "latest";
  writeFileSync(join(dir, `${name}.md`), `${report}\n`);
  writeFileSync(
    join(dir, `${name}.json`),
    `${JSON.stringify({ machine, runs: RUNS, scenarios, bundle, sie, extents, totalMs }, null, 1)}\n`,
  );
  log(`klart på ${Math.round(totalMs / 1000)} s; resultat i bench/results/${name}.md`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});

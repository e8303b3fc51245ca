/**
 * One extent attack in its own process (bench/extents.ts): the CLI on a file, or the add-in's checkWorkbook on
 * the simulated Excel with a huge used range. Prints one JSON line: exit code, wall time of the run itself,
 * peak RSS of the whole process (resourceUsage().maxRSS), the first line the user sees, and the findings' codes.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readInputBytes } from "../src/cli/files";
import { inspectXlsx } from "../src/cli/inspect-xlsx";
import { main } from "../src/cli/main";
import { sniffWorkbook } from "../src/xlsx/sniff";
import { createExcelHost } from "../src/excel";
import { ExcelSim } from "../src/excel-sim";
import { createServices } from "../src/services";
import { workbook } from "../test/fixtures/bad/build";

export type ExtentChildArgs = { mode: "cli"; file: string } | { mode: "sim"; corner: string; fill?: number };

export interface ExtentChildResult {
  code: number | null;
  ms: number;
  /** CLI: time until the file or sheet is refused (the checks before ExcelJS); `ms` is the whole run. */
  refusedMs?: number;
  maxRssMb: number;
  /** RSS before the run (the process with its modules loaded, and for the sim the simulated workbook). */
  startRssMb: number;
  message: string;
  codes: string[];
  syncs?: number;
  responseBytes?: number;
}

async function cli(file: string): Promise<ExtentChildResult> {
  const dir = mkdtempSync(join(tmpdir(), "finsam-extent-"));
  const out: string[] = [];
  const err: string[] = [];
  const startRssMb = process.memoryUsage().rss / 1048576;
  // Until refused: the checks that run before ExcelJS (readInputBytes, sniff, inspect) on their own.
  const t0 = performance.now();
  const read = await readInputBytes(file);
  if (read.ok) {
    const sniff = sniffWorkbook(read.bytes);
    if (sniff.ok) await inspectXlsx(read.bytes, sniff.entries);
  }
  const refusedMs = performance.now() - t0;
  const t = performance.now();
  const code = await main(["rapport", file, "--till", "2024-06-30", "--ut", join(dir, "ut.xlsx"), "--idag", "2024-10-24"], {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
  });
  const ms = performance.now() - t;
  rmSync(dir, { recursive: true, force: true });
  const text = err.join("") || out.join("");
  const line = text.split("\n").find((l) => /för stort|packas upp|vanlig fil|för att läsas/.test(l)) ?? text.split("\n")[0];
  return { code, ms, refusedMs, maxRssMb: process.resourceUsage().maxRSS / 1024, startRssMb, message: line.trim(), codes: [] };
}

async function sim(corner: string, fill = 0): Promise<ExtentChildResult> {
  const s = ExcelSim.fromSheets(
    [...workbook(), { name: "Stor", values: fill > 0 ? Array.from({ length: fill }, (_, i) => [i + 1]) : [["Hörn"]] }].map((x) => ({
      name: x.name,
      values: x.values,
    })),
  );
  await s.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Stor").getRange(corner).values = [[1]];
    await ctx.sync();
  });
  s.runs.length = 0;
  const services = createServices(createExcelHost(s), { now: () => new Date(2024, 9, 24) });
  const startRssMb = process.memoryUsage().rss / 1048576;
  const t = performance.now();
  const svar = await services.checkWorkbook({ fran: "2024-01-01", till: "2024-06-30" });
  const ms = performance.now() - t;
  const issues = svar.ok ? svar.issues : [];
  const storlek = issues.find((i) => i.code === "STORLEK_OVER_GRANS");
  const read = s.runs[0];
  return {
    code: svar.ok ? 0 : null,
    ms,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    startRssMb,
    message: storlek?.message ?? (svar.ok ? "(ingen STORLEK_OVER_GRANS)" : svar.message),
    codes: [...new Set(issues.map((i) => i.code))],
    syncs: read?.syncs,
    responseBytes: read ? read.responseBytes.reduce((a, b) => a + b, 0) : undefined,
  };
}

const args = JSON.parse(process.argv[2]) as ExtentChildArgs;
(args.mode === "cli" ? cli(args.file) : sim(args.corner, args.fill)).then(
  (r) => process.stdout.write(`${JSON.stringify(r)}\n`),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  },
);

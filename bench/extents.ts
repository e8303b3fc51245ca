/**
 * Extent attacks (issue 18, item 5), `npm run bench` section "Extent attacks", or alone: `npx tsx bench/extents.ts`.
 * Each attack runs in its own child process (bench/extents-child.ts as plain JavaScript) and is measured: wall time
 * of the run and peak RSS of the process. Target: refused in under 2 s and under 300 MB, in the CLI and in the
 * add-in on the simulated Excel.
 *  CLI: two cells A1 and XFD1048576 (a few kB); a real 1 048 576-row sheet; a 1 MB sharedStrings bomb (honest zip
 *       directory, and one that lies about the size); /dev/zero as input.
 *  Add-in: used ranges A1:XFD1048576, A1:P1048576 (the issue's 57-sync read), and a real 1 048 576-row column.
 * Before (issue 18, measured by the tester on main): corner cell 4 GB in 21 s, killed; 1 048 576 rows killed at
 * 4 GB; sharedStrings bomb 1.6 GB; /dev/zero 4 GB; add-in 1 048 576 × 16: 57 syncs, 222 MB read before refusing.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type { ExtentChildArgs, ExtentChildResult } from "./extents-child";
import { cornerCells, manyRows, patchDeclaredSize, streamedSharedStringsBomb, withExtraSheet } from "../test/fixtures/bad/hostile-files";
import { transpileTree } from "./transpile";

export interface ExtentAttack {
  host: "CLI" | "Tillägget (simulerat Excel)";
  name: string;
  bytes?: number;
  result?: ExtentChildResult;
  error?: string;
}

const MAX_MS = 2000;
const MAX_MB = 300;

function runChild(script: string, args: ExtentChildArgs, timeoutMs = 120_000): Promise<ExtentChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--max-old-space-size=2048", script, JSON.stringify(args)], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      const line = out.trim().split("\n").pop() ?? "";
      if (code === 0 && line.startsWith("{")) resolve(JSON.parse(line) as ExtentChildResult);
      else reject(new Error(`avbröts (slutkod ${code}): ${err.trim().split("\n").slice(-3).join(" | ")}`));
    });
  });
}

export async function benchExtents(log: (s: string) => void = () => undefined): Promise<ExtentAttack[]> {
  const script = transpileTree("bench/extents-child.ts");
  const dir = mkdtempSync(join(tmpdir(), "finsam-extent-bench-"));
  const attacks: ExtentAttack[] = [];
  try {
    const files: [string, () => Promise<Uint8Array>][] = [
      ["Två celler: A1 och XFD1048576", () => withExtraSheet(cornerCells())],
      ["Ett blad med 1 048 576 rader", () => withExtraSheet(manyRows(1_048_576))],
      ["sharedStrings-bomb, 1 000 MB uppackad (ärlig zip-katalog)", () => streamedSharedStringsBomb(1000)],
      [
        "sharedStrings-bomb, 1 000 MB uppackad (katalogen säger 4 kB)",
        async () => patchDeclaredSize(await streamedSharedStringsBomb(1000), "xl/sharedStrings.xml", 4096),
      ],
    ];
    for (const [name, build] of files) {
      log(`extent: bygger ${name}`);
      const bytes = await build();
      const file = join(dir, `${attacks.length}.xlsx`);
      writeFileSync(file, bytes);
      attacks.push({ host: "CLI", name, bytes: bytes.length, file } as ExtentAttack & { file: string });
    }
    if (existsSync("/dev/zero"))
      attacks.push({ host: "CLI", name: "/dev/zero som indata", file: "/dev/zero" } as ExtentAttack & { file: string });
    for (const a of attacks as (ExtentAttack & { file: string })[]) {
      log(`extent: CLI ${a.name}`);
      try {
        a.result = await runChild(script, { mode: "cli", file: a.file });
      } catch (e) {
        a.error = e instanceof Error ? e.message : String(e);
      }
      delete (a as Partial<typeof a>).file;
    }
    const sims: [string, ExtentChildArgs][] = [
      ["Använt område A1:XFD1048576 (två celler)", { mode: "sim", corner: "XFD1048576" }],
      ["Använt område A1:P1048576 (1 048 576 × 16)", { mode: "sim", corner: "P1048576" }],
      ["En kolumn med 1 048 576 rader", { mode: "sim", corner: "A1048576", fill: 1_048_575 }],
    ];
    for (const [name, args] of sims) {
      log(`extent: tillägget ${name}`);
      const a: ExtentAttack = { host: "Tillägget (simulerat Excel)", name };
      try {
        a.result = await runChild(script, args);
      } catch (e) {
        a.error = e instanceof Error ? e.message : String(e);
      }
      attacks.push(a);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return attacks;
}

/** Markdown section of the bench report. */
export function renderExtents(attacks: ExtentAttack[]): string {
  const rows = attacks.map((a) => {
    const r = a.result;
    if (!r) return `| ${a.host} | ${a.name} | – | – | – | – | **${a.error ?? "inget resultat"}** |`;
    const refused = r.refusedMs ?? r.ms;
    const ok = refused < MAX_MS && r.maxRssMb < MAX_MB ? "ja" : "**nej**";
    const size =
      a.bytes !== undefined ? ` (${a.bytes < 1048576 ? `${Math.round(a.bytes / 1024)} kB` : `${(a.bytes / 1048576).toFixed(1)} MB`})` : "";
    const extra = r.syncs !== undefined ? `; läsning: ${r.syncs} sync, ${Math.round((r.responseBytes ?? 0) / 1024)} kB svar` : "";
    return `| ${a.host} | ${a.name}${size} | ${Math.round(refused)} ms | ${Math.round(r.ms)} ms | ${Math.round(r.maxRssMb)} MB (start ${Math.round(r.startRssMb)}) | ${ok} | ${r.message.replace(/\|/g, "\\|").slice(0, 160)}${extra} |`;
  });
  return [
    "## Extent attacks (issue 18)",
    "",
    `Mål: avvisat på under ${MAX_MS / 1000} s och under ${MAX_MB} MB (högsta RSS för hela processen). Före (issue 18, main): hörncell 4 GB på 21 s och dödad; 1 048 576 rader dödad vid 4 GB; sharedStrings-bomb 1,6 GB; /dev/zero 4 GB; tillägget läste 1 048 576 × 16 i 57 sync (222 MB) innan det avvisade.`,
    "",
    `Maskin: ${cpus().length} kärnor, belastning ${loadavg()
      .map((x) => x.toFixed(1))
      .join(
        " / ",
      )} (delad med andra processer). "Avvisat efter": CLI:ns kontroller före ExcelJS (storlek, format, zip-katalog, bladens omfång); "Hela körningen": därefter läses resten av arbetsboken, rapporterna räknas och kopian skrivs.`,
    "",
    "| Värd | Attack | Avvisat efter | Hela körningen | Högsta RSS | Inom målet | Vad användaren får |",
    "|---|---|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}

if (require.main === module) {
  benchExtents((s) => process.stderr.write(`[bench] ${s}\n`)).then((attacks) => {
    const report = renderExtents(attacks);
    process.stdout.write(`${report}\n`);
    const out = join(__dirname, "results");
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "extents.md"), `${report}\n`);
    writeFileSync(join(out, "extents.json"), `${JSON.stringify(attacks, null, 1)}\n`);
  });
}

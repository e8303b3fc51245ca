/**
 * The bench's Markdown report: machine, whole pipeline per size, time per step, naive writing,
 * LibreOffice COUNTIFS/SUMIFS, task pane bundle, and every target met or not with the reason.
 */
import { cpus, loadavg, totalmem } from "node:os";
import type { BundleResult } from "./bundle";
import type { ChildResult } from "./child";
import type { LibreOfficeResult } from "./libreoffice";
import type { RunMetrics } from "./scenario";
import { bytes, int, max, median, ms, ratio, table } from "./stats";
import type { WorkloadSize } from "./workload";

export interface Machine {
  cpus: number;
  cpuModel: string;
  node: string;
  memory: string;
  loadavg: string;
  date: string;
}

export interface ScenarioResult {
  size: WorkloadSize;
  host?: ChildResult;
  hostError?: string;
  naive?: ChildResult;
  naiveError?: string;
  libreOffice?: LibreOfficeResult;
}

export interface ReportInput {
  machine: Machine;
  runs: number;
  scenarios: ScenarioResult[];
  bundle?: BundleResult;
  totalMs: number;
  quick: boolean;
}

export function machineInfo(): Machine {
  const c = cpus();
  return {
    cpus: c.length,
    cpuModel: c[0]?.model.trim() ?? "okänd",
    node: process.version,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    loadavg: loadavg()
      .map((l) => l.toFixed(1))
      .join(" / "),
    date: new Date().toISOString().slice(0, 16).replace("T", " "),
  };
}

/** Excel on the web rejects 5 MB; the host aims at ~4 MB per sync. */
const CHUNK = 4_000_000;
/** Illustration only: a round trip to Excel on the web. */
const WEB_RTT_MS = 50;

const med = (c: ChildResult, f: (r: RunMetrics) => number): number => median(c.runs.map(f));
const top = (c: ChildResult, f: (r: RunMetrics) => number): number => max(c.runs.map(f));
const sizeLabel = (s: WorkloadSize): string => `${int(s.deltagare)} / ${int(s.insatser)} × ${s.kvartal}`;
/** Syncs the target allows: 2, plus 1 per further ~4 MB of payload. */
const allowed = (payload: number): number => 2 + Math.max(0, Math.ceil(payload / CHUNK) - 1);

/** Scenarios whose pipeline ran. */
const measured = (sc: ScenarioResult[]): (ScenarioResult & { host: ChildResult })[] =>
  sc.filter((s): s is ScenarioResult & { host: ChildResult } => s.host !== undefined);

function failures(sc: ScenarioResult[]): string {
  const failed = sc.filter((s) => !s.host);
  return failed.map((s) => `\n\n⚠️ ${sizeLabel(s.size)}: körningen misslyckades — ${s.hostError ?? "okänt fel"}`).join("");
}

function pipelineTable(sc: ScenarioResult[]): string {
  const rows = measured(sc).map(({ size, host }) => [
    sizeLabel(size),
    int(host.cells),
    ms(med(host, (r) => r.totalMs)),
    `${ms(med(host, (r) => r.readExcelMs))} / ${ms(med(host, (r) => r.writeExcelMs))}`,
    ms(med(host, (r) => r.totalMs - r.readExcelMs - r.writeExcelMs)),
    `${ms(med(host, (r) => r.cpuMs - r.excelCpuMs))} / ${ms(med(host, (r) => r.excelCpuMs))}`,
    ms(med(host, (r) => r.gcMs)),
    bytes(top(host, (r) => r.peakHeapBytes)),
    bytes(host.maxRssBytes),
    `${top(host, (r) => r.readSyncs)} (≤ ${allowed(med(host, (r) => r.readBytes))})`,
    `${top(host, (r) => r.writeSyncs)} (≤ ${allowed(med(host, (r) => r.writeBytes))})`,
    `${bytes(top(host, (r) => r.maxRequestBytes))} / ${bytes(top(host, (r) => r.maxResponseBytes))}`,
  ]);
  return (
    table(
      [
        "Deltagare / insatser × kvartal",
        "Celler lästa",
        "Väggtid (median)",
        "varav simulerad Excel läs / skriv",
        "Tilläggets egen tid",
        "CPU tillägget / simulerad Excel",
        "GC-pauser",
        "Högsta heap (tillägget)",
        "Högsta RSS (process)",
        "Sync läs (mål)",
        "Sync skriv (mål)",
        "Största begäran / svar",
      ],
      rows,
      ["l"],
    ) + failures(sc)
  );
}

function stepsTable(sc: ScenarioResult[]): string {
  const steps = [...new Set(measured(sc).flatMap((s) => s.host.runs.flatMap((r) => Object.keys(r.stepsMs))))];
  const rows = measured(sc).map(({ size, host }) => [
    sizeLabel(size),
    ms(med(host, (r) => r.readMs - r.readExcelMs)),
    ...steps.map((k) => ms(med(host, (r) => r.stepsMs[k] ?? 0))),
    ms(med(host, (r) => r.writeMs - r.writeExcelMs)),
  ]);
  return table(["Deltagare / insatser × kvartal", "läs (tillägget)", ...steps, "skriv (tillägget)"], rows, ["l"]);
}

function naiveTable(sc: ScenarioResult[]): string {
  const rows = measured(sc).map(({ size, host, naive, naiveError }) => {
    if (!naive) return [sizeLabel(size), `misslyckades: ${naiveError ?? "?"}`, "", "", "", "", "", ""];
    const hs = med(host, (r) => r.writeSyncs);
    const ns = med(naive, (r) => r.writeSyncs);
    const hw = med(host, (r) => r.writeMs);
    const nw = med(naive, (r) => r.writeMs);
    return [
      sizeLabel(size),
      int(med(host, (r) => r.outputRows)),
      `${int(hs)} / ${int(ns)}`,
      ratio(ns, hs),
      `${ms(hw)} / ${ms(nw)}`,
      ratio(nw, hw),
      `${ms(hw + hs * WEB_RTT_MS)} / ${ms(nw + ns * WEB_RTT_MS)}`,
      `${naive.runs.length}`,
    ];
  });
  return table(
    [
      "Deltagare / insatser × kvartal",
      "Rader ut",
      "Sync skriv: tillägget / naivt",
      "kvot",
      "Skrivtid: tillägget / naivt",
      "kvot",
      `Uppskattat på webben (+${WEB_RTT_MS} ms per sync)`,
      "Naiva körningar",
    ],
    rows,
    ["l"],
  );
}

/** LibreOffice's recalculation time when it finished, else undefined. */
const loRecalc = (lo: LibreOfficeResult | undefined): number | undefined =>
  lo?.available && !lo.timedOut && lo.withFormulasMs !== undefined ? lo.withFormulasMs - (lo.dataOnlyMs ?? 0) : undefined;

/**
 * Estimated recalculation time for a size LibreOffice did not finish: the largest finished size scaled by
 * deltagare × insatser (every COUNTIFS scans all deltagare rows; there is one row of them per insats).
 */
function extrapolate(sc: ScenarioResult[], size: WorkloadSize): { ms: number; from: WorkloadSize } | undefined {
  const ref = sc.filter((s) => loRecalc(s.libreOffice) !== undefined).sort((a, b) => b.size.deltagare - a.size.deltagare)[0];
  if (!ref) return undefined;
  return { ms: loRecalc(ref.libreOffice)! * (size.deltagare / ref.size.deltagare) * (size.insatser / ref.size.insatser), from: ref.size };
}

function libreOfficeTable(sc: ScenarioResult[]): string {
  const rows = measured(sc).map(({ size, host, libreOffice: lo }) => {
    const ours = med(host, (r) => r.totalMs);
    const est = extrapolate(sc, size);
    const estText = est ? `≈ ${ms(est.ms)} (extrapolerat från ${sizeLabel(est.from)})` : "–";
    if (lo && !lo.available) return [sizeLabel(size), lo.note ?? "", "", "", "", ms(ours), "", ""];
    if (!lo) return [sizeLabel(size), "–", "ej körd (tidsbudget)", "–", estText, ms(ours), est ? `≈ ${ratio(est.ms, ours)}` : "–", "–"];
    if (lo.timedOut) {
      const bound = (lo.timeoutMs ?? 0) - (lo.dataOnlyMs ?? 0);
      return [
        sizeLabel(size),
        int(lo.formulas ?? 0),
        `> ${ms(lo.timeoutMs)} (${lo.note})`,
        ms(lo.dataOnlyMs),
        `> ${ms(bound)}; ${estText}`,
        ms(ours),
        `> ${ratio(bound, ours)}; ≈ ${ratio(est?.ms, ours)}`,
        "–",
      ];
    }
    const recalc = loRecalc(lo);
    return [
      sizeLabel(size),
      int(lo.formulas ?? 0),
      ms(lo.withFormulasMs),
      ms(lo.dataOnlyMs),
      ms(recalc),
      ms(ours),
      ratio(recalc, ours),
      lo.verified ?? lo.note ?? "",
    ];
  });
  return table(
    [
      "Deltagare / insatser × kvartal",
      "Formler",
      "LibreOffice totalt",
      "samma data utan formler",
      "≈ omräkning",
      "Finsam hela kedjan (median)",
      "kvot omräkning / Finsam",
      "Kontroll av värden",
    ],
    rows,
    ["l"],
  );
}

function bundleTable(b: BundleResult | undefined): string {
  if (!b) return "Paketmätningen hoppades över (--no-bundle).";
  const kb = (n: number | undefined) => (n === undefined ? "–" : `${(n / 1024).toFixed(1).replace(".", ",")} KiB`);
  const rows = [
    [
      "taskpane.html: initial JS (gzip -9)",
      kb(b.taskpane?.gzipBytes),
      `${kb(b.taskpane?.bytes)} okomprimerat; ${b.taskpane?.files.map((f) => f.file).join(", ") ?? "saknas"}; Office.js från Microsofts CDN räknas inte`,
    ],
    [
      "demo.html: initial JS (gzip -9)",
      kb(b.demo?.gzipBytes),
      `${kb(b.demo?.bytes)} okomprimerat; ExcelJS laddas först när arbetsboken öppnas`,
    ],
    [
      "Demo: navigering → panelen interaktiv (median)",
      b.demoTtiMs === undefined ? "–" : ms(b.demoTtiMs),
      b.demoTtiRuns
        ? `körningar: ${b.demoTtiRuns.map((t) => int(t)).join(", ")} ms (exempelarbetsboken inläst, "Skapa rapporter" aktiv)`
        : (b.note ?? ""),
    ],
  ];
  return `${table(["Mått", "Värde", "Anmärkning"], rows, ["l", "r", "l"])}\n\nBygge: ${b.built ? "nytt produktionsbygge" : "befintligt produktionsbygge"} i ${b.dist.replace(/^.*?(bench\/\.build|dist)/, "$1")}.${b.note ? ` ${b.note}` : ""}`;
}

function targets(input: ReportInput): string {
  const lines: string[] = [];
  const ok = (b: boolean) => (b ? "✅" : "❌");
  const sc = measured(input.scenarios);
  if (sc.length < input.scenarios.length)
    lines.push(`- ❌ ${input.scenarios.length - sc.length} storlek(ar) kunde inte köras (se avsnitt 1).`);
  const readOk = sc.every(({ host }) => top(host, (r) => r.readSyncs) <= allowed(med(host, (r) => r.readBytes)));
  const writeOk = sc.every(({ host }) => top(host, (r) => r.writeSyncs) <= allowed(med(host, (r) => r.writeBytes)));
  const syncDetail = sc
    .map(({ size, host }) => `${int(size.deltagare)}: ${top(host, (r) => r.readSyncs)}+${top(host, (r) => r.writeSyncs)}`)
    .join(", ");
  lines.push(`- ${ok(readOk)} Sync vid läsning ≤ 2 (+1 per ytterligare ~4 MB) — läs+skriv per storlek: ${syncDetail}.`);
  lines.push(`- ${ok(writeOk)} Sync vid skrivning ≤ 2 (+1 per ytterligare ~4 MB).`);
  const big = sc.find((s) => s.size.deltagare === 100_000 && s.size.insatser === 2_000);
  if (big) {
    const wall = med(big.host, (r) => r.totalMs);
    const own = med(big.host, (r) => r.totalMs - r.readExcelMs - r.writeExcelMs);
    const heap = top(big.host, (r) => r.peakHeapBytes);
    const cpu = med(big.host, (r) => r.cpuMs - r.excelCpuMs);
    lines.push(
      `- ${ok(wall < 1000)} 100 000 deltagare + 2 000 insatser × 8 kvartal under 1 s: väggtid ${ms(wall)}; tilläggets egen tid ${ms(own)} ${ok(own < 1000)}, ` +
        `dess CPU-tid ${ms(cpu)} ${ok(cpu < 1000)}; resten är den simulerade Excel (läsningen) och väntan på CPU (belastning vid start ${input.machine.loadavg}).`,
    );
    lines.push(
      `- ${ok(heap < 300e6)} … och under 300 MB: högsta heap för tillägget ${bytes(heap)} (processens RSS inkl. den simulerade arbetsboken ${bytes(big.host.maxRssBytes)}).`,
    );
  }
  for (const s of sc.filter((x) => x.libreOffice?.available)) {
    const lo = s.libreOffice!;
    const ours = med(s.host, (r) => r.totalMs);
    const recalc = loRecalc(lo);
    if (recalc !== undefined)
      lines.push(
        `- ${ok(recalc / ours >= 50)} LibreOffice COUNTIFS/SUMIFS ≥ 50× långsammare, ${sizeLabel(s.size)}: ${ratio(recalc, ours)}.`,
      );
    else {
      const bound = (lo.timeoutMs ?? 0) - (lo.dataOnlyMs ?? 0);
      const est = extrapolate(sc, s.size);
      const estOk = est !== undefined && est.ms / ours >= 50;
      lines.push(
        `- ${ok(bound / ours >= 50 || estOk)} LibreOffice ≥ 50× långsammare, ${sizeLabel(s.size)}: mätt > ${ratio(bound, ours)} (avbröts efter ${ms(lo.timeoutMs)}), extrapolerat ≈ ${ratio(est?.ms, ours)}.`,
      );
    }
  }
  if (sc.some((s) => s.libreOffice && !s.libreOffice.available)) lines.push(`- ⚠️ ${sc.find((s) => s.libreOffice)?.libreOffice?.note}`);
  const gz = input.bundle?.taskpane?.gzipBytes;
  if (gz !== undefined)
    lines.push(`- ${ok(gz <= 350 * 1024)} Task pane initial JS ≤ 350 KB gzip: ${(gz / 1024).toFixed(1).replace(".", ",")} KiB.`);
  return lines.join("\n");
}

export function renderReport(input: ReportInput): string {
  const m = input.machine;
  const sc = input.scenarios;
  return [
    `# Finsam för Excel — prestanda (\`npm run bench\`${input.quick ? " --quick" : ""})`,
    "",
    `${m.date} UTC · **${m.cpus} kärnor** (${m.cpuModel}) · ${m.memory} · node ${m.node} · belastning vid start ${m.loadavg} · hela körningen ${ms(input.totalMs)}`,
    "",
    `## 1. Hela kedjan i den simulerade Excel (median av ${input.runs} körningar)`,
    "",
    "Läs (createExcelHost.readSheets) → hitta blad, tolka, validera, beräkna, planera (runPipeline, alla rapporter) → skriv (host.apply). " +
      '"Simulerad Excel" = tid inuti context.sync() (simulatorns arbete: i riktig Excel Excels egen tid plus nätet); "tilläggets egen tid" = resten. ' +
      "CPU = processens CPU-tid (mindre känslig för andra processer på maskinen än väggtiden). GC-pauser = V8:s skräpsamling under körningen; den simulerade arbetsboken ligger i samma heap, så varje stor GC går igenom den också. " +
      "Heap = högsta heapUsed under körningen minus heap efter att arbetsboken laddats i simulatorn (mätt efter varje sync och varje steg). " +
      "Mål för sync: 2 + 1 per ytterligare påbörjade ~4 MB data.",
    "",
    pipelineTable(sc),
    "",
    "Tid per steg (median):",
    "",
    stepsTable(sc),
    "",
    "## 2. Samma utdata skrivna naivt (ett område och en sync per rad)",
    "",
    "Samma läsning och beräkning; skrivningen med bench/naive-writer.ts. Den naiva skrivaren får manuell omräkning under skrivningen (till fördel för den). " +
      `Kolumnen "på webben" är en illustration, inte en mätning: uppmätt tid + ${WEB_RTT_MS} ms per sync.`,
    "",
    naiveTable(sc),
    "",
    "## 3. Användarens alternativ: COUNTIFS/SUMIFS omräknade av LibreOffice headless",
    "",
    "Samma aggregat som formler (bench/libreoffice.ts): Förbrukning (SUMIFS per insats) och Deltagartabeller (25 COUNTIFS/AVERAGEIFS per insats och kön). " +
      'Omräkning tvingad vid inläsning; "≈ omräkning" = tid med formler − tid för samma data utan formler.',
    "",
    libreOfficeTable(sc),
    "",
    "## 4. Task pane-paketet",
    "",
    bundleTable(input.bundle),
    "",
    "## Mål",
    "",
    targets(input),
  ].join("\n");
}

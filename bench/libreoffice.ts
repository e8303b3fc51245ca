/**
 * The user's alternative: the same aggregates as COUNTIFS/SUMIFS formulas in the workbook itself,
 * recalculated by LibreOffice headless (`soffice --convert-to xlsx`, recalculation forced on load by
 * a throw-away profile with OOXMLRecalcMode = always). The workbook is built with ExcelJS's streaming
 * writer: the data sheets of the workload (Insatser, Utfall, Deltagare with a helper column "Dagar")
 * plus two formula sheets, one row per insats:
 *  - Förbrukning: budget, periodbudget (× 6/12), utfall Q1 + Q2 (SUMIFS), avvikelse, kvot;
 *  - Deltagartabeller: per kön K and M, 25 COUNTIFS/AVERAGEIFS — inregistrerade, avslutade perioden,
 *    avslutade hela insatsperioden, pågående, till arbete/studier (± aktivt arbetssökande),
 *    ten avslutningsanledningar, anonyma, under 30, four utbildning groups, handlingsplan,
 *    offentlig försörjning ≥ 3 år, snittid — and S:a = K + M.
 * Time = wall time of the conversion; the same data without the formula sheets is converted too
 * (start-up, load and save), so recalculation ≈ the difference. The first insats' utfall and
 * inregistrerade K are read back from the converted file to prove the formulas were calculated.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import type { CellValue } from "../src/domain/model/raw";
import { columnLetter } from "../src/domain/model/address";
import { buildWorkload, type Workload } from "./workload";

export interface LibreOfficeResult {
  available: boolean;
  /** Why nothing was measured (soffice missing, timeout …). */
  note?: string;
  formulas?: number;
  /** Wall time of converting the formula workbook, ms (undefined on timeout). */
  withFormulasMs?: number;
  /** Wall time of converting the same data without formulas, ms. */
  dataOnlyMs?: number;
  timedOut?: boolean;
  timeoutMs?: number;
  /** "ok" when the read-back values match the data, else what differed. */
  verified?: string;
}

const SOFFICE = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/opt/libreoffice/program/soffice"];

export function findSoffice(): string | undefined {
  for (const p of SOFFICE) if (existsSync(p)) return p;
  try {
    return execFileSync("which", ["soffice"], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

const ORSAKER = [
  "Subventionerat arbete",
  "Ej subventionerat arbete",
  "Eget företag",
  "Studier",
  "Aktivt arbetssökande",
  "Fortsatt rehabilitering",
  "Sjukdom",
  "Föräldraledighet",
  "Flytt",
  "Övrigt",
];

const sheetValues = (w: Workload, name: string): CellValue[][] => w.sheets.find((s) => s.name === name)?.values ?? [];

/** Formulas of one kön column group on Deltagartabeller row `r` (insats in A{r}, fran B1, till B2). */
function deltagareFormulas(r: number, kon: string, n: number): string[] {
  const col = (c: string) => `Deltagare!$${c}$2:$${c}$${n + 1}`;
  const base = `${col("B")},$A${r},${col("C")},"${kon}"`;
  const inPeriod = (c: string) => `${col(c)},">="&$B$1,${col(c)},"<="&$B$2`;
  const inreg = `${base},${inPeriod("E")}`;
  const avsl = `${base},${inPeriod("F")}`;
  const list = (xs: string[]) => `{${xs.map((x) => `"${x}"`).join(";")}}`;
  return [
    `COUNTIFS(${inreg})`,
    `COUNTIFS(${avsl})`,
    `COUNTIFS(${base},${col("F")},"<="&$B$2)`,
    `COUNTIFS(${base},${col("E")},"<="&$B$2,${col("F")},"")+COUNTIFS(${base},${col("E")},"<="&$B$2,${col("F")},">"&$B$2)`,
    `SUM(COUNTIFS(${avsl},${col("G")},${list(ORSAKER.slice(0, 4))}))`,
    `SUM(COUNTIFS(${avsl},${col("G")},${list(ORSAKER.slice(0, 5))}))`,
    ...ORSAKER.map((o) => `COUNTIFS(${avsl},${col("G")},"${o}")`),
    `COUNTIFS(${inreg},${col("H")},"Ja")`,
    `COUNTIFS(${inreg},${col("D")},">"&(YEAR($B$2)-30))`,
    `COUNTIFS(${inreg},${col("L")},"Grundskola")`,
    `COUNTIFS(${inreg},${col("L")},"Gymnasium")`,
    `COUNTIFS(${inreg},${col("L")},"Eftergymnasial")`,
    `SUM(COUNTIFS(${inreg},${col("L")},{"Saknas";"Okänd"}))`,
    `COUNTIFS(${inreg},${col("M")},"Ja")`,
    `COUNTIFS(${inreg},${col("K")},">=3")`,
    `IFERROR(AVERAGEIFS(${col("O")},${avsl}),"")`,
  ];
}

const serial = (iso: string): number =>
  Math.round((Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) - Date.UTC(1899, 11, 30)) / 86_400_000);

/** Writes the workbook (see the file comment); returns the number of formulas. */
export async function writeFormulaWorkbook(w: Workload, path: string, withFormulas: boolean): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: true });
  const insatser = sheetValues(w, "Insatser").slice(1);
  const utfall = sheetValues(w, "Utfall");
  const deltagare = sheetValues(w, "Deltagare");
  const n = deltagare.length - 1;
  let formulas = 0;
  const f = (formula: string): ExcelJS.CellFormulaValue => {
    formulas++;
    return { formula, date1904: false };
  };
  if (withFormulas) {
    const fb = wb.addWorksheet("Förbrukning");
    fb.addRow(["Insats", "Budget 2024", "Periodbudget", "Utfall", "Avvikelse", "Kvot"]).commit();
    const u = (c: string) => `Utfall!$${c}$2:$${c}$${utfall.length}`;
    insatser.forEach((row, i) => {
      const r = i + 2;
      fb.addRow([
        row[0] as string,
        f(`Insatser!H${r}`),
        f(`B${r}*6/12`),
        f(`SUMIFS(${u("C")},${u("A")},A${r},${u("B")},"2024-Q1")+SUMIFS(${u("C")},${u("A")},A${r},${u("B")},"2024-Q2")`),
        f(`C${r}-D${r}`),
        f(`IF(C${r}=0,"",D${r}/C${r})`),
      ]).commit();
    });
    fb.addRow([
      "Summa",
      f(`SUM(B2:B${insatser.length + 1})`),
      f(`SUM(C2:C${insatser.length + 1})`),
      f(`SUM(D2:D${insatser.length + 1})`),
    ]).commit();
    await fb.commit();

    const dt = wb.addWorksheet("Deltagartabeller");
    dt.addRow(["Från", serial(w.fran)]).commit();
    dt.addRow(["Till", serial(w.till)]).commit();
    const per = deltagareFormulas(4, "K", n).length;
    dt.addRow(["Insats", ...Array(per).fill("K"), ...Array(per).fill("M"), ...Array(per).fill("S:a")]).commit();
    insatser.forEach((row, i) => {
      const r = i + 4;
      const k = deltagareFormulas(r, "K", n).map(f);
      const m = deltagareFormulas(r, "M", n).map(f);
      const s = k.map((_, j) => f(`IFERROR(${columnLetter(1 + j)}${r}+${columnLetter(1 + per + j)}${r},"")`));
      dt.addRow([row[0] as string, ...k, ...m, ...s]).commit();
    });
    await dt.commit();
  }
  for (const [name, rows] of [
    ["Insatser", sheetValues(w, "Insatser")],
    ["Utfall", utfall],
  ] as const) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) ws.addRow(row as ExcelJS.CellValue[]).commit();
    await ws.commit();
  }
  const ws = wb.addWorksheet("Deltagare");
  deltagare.forEach((row, i) => {
    const r = i + 1;
    const dagar: ExcelJS.CellValue = i === 0 ? "Dagar" : withFormulas ? f(`IF(F${r}="","",F${r}-E${r})`) : null;
    ws.addRow([...(row as ExcelJS.CellValue[]), dagar]).commit();
  });
  await ws.commit();
  await wb.commit();
  return formulas;
}

/**
 * Runs `cmd` in its own process group and kills the whole group on timeout: /usr/bin/soffice is a
 * wrapper script, and killing only it would leave soffice.bin calculating in the background.
 */
function run(cmd: string, args: string[], timeoutMs: number): Promise<{ ms: number; timedOut: boolean; error?: string }> {
  return new Promise((resolve) => {
    const t = performance.now();
    const child = spawn(cmd, args, { detached: true, stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    let timedOut = false;
    child.stderr?.on("data", (d: Buffer) => (err += d.toString()));
    const killGroup = (): void => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      killGroup();
      const ms = performance.now() - t;
      resolve(
        timedOut
          ? { ms, timedOut }
          : { ms, timedOut, error: code === 0 ? undefined : `soffice avslutades med ${code}: ${err.trim().split("\n")[0]}` },
      );
    });
    child.on("error", (e) => {
      clearTimeout(timer);
      resolve({ ms: performance.now() - t, timedOut: false, error: e.message });
    });
  });
}

/** Cached numeric value of `cell` in sheet `index` (1-based) of an .xlsx, via unzip; undefined if unreadable. */
function cachedValue(xlsx: string, index: number, cell: string): number | undefined {
  try {
    const xml = execFileSync("unzip", ["-p", xlsx, `xl/worksheets/sheet${index}.xml`], { maxBuffer: 512 * 1024 * 1024, encoding: "utf8" });
    const m = new RegExp(`<c r="${cell}"[^>]*>(?:<f[^>]*>[^<]*</f>)?<v>([^<]*)</v>`).exec(xml);
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Expected values, straight from the workload's data: utfall 2024-Q1+Q2 and inregistrerade K of the first insats. */
function expected(w: Workload): { utfall: number; inregK: number } {
  const first = sheetValues(w, "Insatser")[1][0];
  const utfall = sheetValues(w, "Utfall")
    .filter((r) => r[0] === first && (r[1] === "2024-Q1" || r[1] === "2024-Q2"))
    .reduce((s, r) => s + (r[2] as number), 0);
  const fran = serial(w.fran);
  const till = serial(w.till);
  const inregK = sheetValues(w, "Deltagare").filter(
    (r) => r[1] === first && r[2] === "K" && (r[4] as number) >= fran && (r[4] as number) <= till,
  ).length;
  return { utfall, inregK };
}

/** Builds both workbooks, converts them with LibreOffice (bounded by `timeoutMs`) and verifies the result. */
export async function benchLibreOffice(w: Workload, timeoutMs: number): Promise<LibreOfficeResult> {
  const soffice = findSoffice();
  if (!soffice) return { available: false, note: "LibreOffice (soffice) är inte installerat: jämförelsen hoppas över." };
  const dir = mkdtempSync(join(tmpdir(), "finsam-bench-lo-"));
  try {
    const profile = join(dir, "profile");
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
    const args = (file: string, out: string) => [
      "--headless",
      "--norestore",
      "--nologo",
      `-env:UserInstallation=file://${profile}`,
      "--convert-to",
      "xlsx",
      "--outdir",
      out,
      file,
    ];
    const withF = join(dir, "formler.xlsx");
    const dataOnly = join(dir, "data.xlsx");
    const formulas = await writeFormulaWorkbook(w, withF, true);
    await writeFormulaWorkbook(w, dataOnly, false);
    // Warm-up: the first start of a fresh profile creates it; not part of any measurement.
    await run(soffice, args(dataOnly, join(dir, "warm")), timeoutMs);
    const base = await run(soffice, args(dataOnly, join(dir, "ut-data")), timeoutMs);
    const full = await run(soffice, args(withF, join(dir, "ut-formler")), timeoutMs);
    const result: LibreOfficeResult = { available: true, formulas, dataOnlyMs: base.ms, timeoutMs };
    if (full.timedOut) return { ...result, timedOut: true, note: `avbröts efter ${Math.round(timeoutMs / 1000)} s` };
    if (full.error) return { ...result, note: full.error };
    result.withFormulasMs = full.ms;
    const out = join(dir, "ut-formler", "formler.xlsx");
    const e = expected(w);
    const utfall = cachedValue(out, 1, "D2");
    const inregK = cachedValue(out, 2, "B4");
    result.verified =
      utfall === undefined || inregK === undefined
        ? "kunde inte läsas tillbaka (unzip saknas?)"
        : utfall === e.utfall && inregK === e.inregK
          ? "ok"
          : `fel: utfall ${utfall} (väntat ${e.utfall}), inregistrerade K ${inregK} (väntat ${e.inregK})`;
    return result;
  } finally {
    if (!process.env.FINSAM_BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
  }
}

/** For a quick manual check: `npx tsx bench/libreoffice.ts 1000 200`. */
if (require.main === module) {
  void (async () => {
    const w = buildWorkload({ deltagare: Number(process.argv[2] ?? 1000), insatser: Number(process.argv[3] ?? 200), kvartal: 8 });
    process.stdout.write(`${JSON.stringify(await benchLibreOffice(w, 120_000))}\n`);
  })();
}

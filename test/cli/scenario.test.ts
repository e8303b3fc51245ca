import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { parseArgs } from "../../src/cli/args";
import type { CellValue, RawSheet } from "../../src/domain/model";
import type { Scenario } from "../../src/domain/compute/what-if";
import { readWorkbookXlsx } from "../../src/xlsx/read-workbook";
import { ekonomiskInformationSheet } from "../fixtures/exempel/beslutsutrymme";
import { UPPSALA_INVANARE } from "../fixtures/exempel/medlemmar";

/**
 * `finsam rapport --scenario <namn>` (issue 13 item 4): next year's Bidrag per medlem from a Nästa år scenario in the
 * workbook — the flerårsprognos as it stands ("Prel 2025", Uppsala's Ekonomisk information 2024-10-24: medlemsavgifter
 * 23 428 tkr) or a scenario the pane saved in the workbook (the add-in's settings). Försäkringskassan pays the whole
 * state half and Arbetsförmedlingen 0 (domain.md §3.3). Figures are read back from the written .xlsx.
 */
const ROOT = join(__dirname, "..", "..");
const EXEMPEL = join(ROOT, "assets/exempel/finsam-exempel-2024.xlsx");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "finsam-scenario-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const KOMMUNER = Object.keys(UPPSALA_INVANARE);

function addSheet(wb: ExcelJS.Workbook, name: string, rows: CellValue[][]): void {
  const ws = wb.addWorksheet(name);
  for (const r of rows) ws.addRow(r);
}

/** Settings part the add-in's saved scenarios live in when Excel saves the workbook (Office workbook settings). */
function webExtensionXml(scenarios: Scenario[]): string {
  // Office keeps each setting as JSON: the scenario store saves a JSON text, so the value is a JSON string literal.
  const value = JSON.stringify(JSON.stringify(scenarios)).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{5A6B1C2D-0000-4000-8000-000000000001}">' +
    '<we:reference id="wa000000000" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/>' +
    `<we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/><we:property name="finsam.nastaAr.scenarier" value="${value}"/></we:properties>` +
    "<we:bindings/><we:snapshot/></we:webextension>"
  );
}

interface Fixture {
  /** Rows of the Medlemmar sheet; null = no such sheet. */
  medlemmar?: CellValue[][] | null;
  ekonomiskInformation?: boolean;
  saved?: Scenario[];
  /** Without Medlemsbidrag totalt in Inställningar (this year's total unknown). */
  utanTotal?: boolean;
}

/** Uppsala 2024 with separate Försäkringskassan and Arbetsförmedlingen rows, its flerårsprognos and optionally saved scenarios. */
async function workbook(name: string, f: Fixture = {}): Promise<string> {
  const wb = new ExcelJS.Workbook();
  addSheet(wb, "Inställningar", [
    ["Inställning", "Värde"],
    ["Förbund", "Samordningsförbundet Uppsala län"],
    ["Räkenskapsår", 2024],
    ...(f.utanTotal ? [] : [["Medlemsbidrag totalt", 23_322_000]]),
  ]);
  if (f.medlemmar !== null)
    addSheet(
      wb,
      "Medlemmar",
      f.medlemmar ?? [
        ["Medlem", "Typ", "Invånare"],
        ["Försäkringskassan", "Stat", null],
        ["Arbetsförmedlingen", "Stat", null],
        ["Region Uppsala", "Region", null],
        ...KOMMUNER.map((k) => [k, "Kommun", UPPSALA_INVANARE[k]]),
      ],
    );
  if (f.ekonomiskInformation !== false) addSheet(wb, ekonomiskInformationSheet.name, ekonomiskInformationSheet.rows);
  let bytes: Uint8Array = new Uint8Array(await wb.xlsx.writeBuffer());
  if (f.saved) {
    const zip = await JSZip.loadAsync(bytes);
    zip.file("xl/webextensions/webextension1.xml", webExtensionXml(f.saved));
    bytes = await zip.generateAsync({ type: "uint8array" });
  }
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

interface Run {
  code: number;
  out: string;
  err: string;
  sheets: RawSheet[];
}

async function finsam(input: string, name: string, extra: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const ut = join(dir, `${name}-ut.xlsx`);
  const code = await main(["rapport", input, "--till", "2024-06-30", "--ut", ut, "--idag", "2024-10-24", ...extra], {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
  });
  let sheets: RawSheet[] = [];
  try {
    sheets = await readWorkbookXlsx(readFileSync(ut), { includeOwnOutput: true });
  } catch {
    // nothing written (exit 2)
  }
  return { code, out: out.join(""), err: err.join(""), sheets };
}

/** Helår per member on a written Bidrag sheet (header row 5), plus its title. */
function bidrag(sheets: RawSheet[], name: string) {
  const sheet = sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`inget blad ${name}: ${sheets.map((s) => s.name).join(", ")}`);
  const header = sheet.values[4].map(String);
  const c = header.findIndex((h) => h.startsWith("Helår"));
  const helar = (medlem: string) => sheet.values.find((r, i) => i > 4 && r[0] === medlem)?.[c];
  return { title: String(sheet.values[0][0]), header, helar, text: sheet.values.flat().map(String).join(" | ") };
}

describe("parseArgs --scenario", () => {
  it("keeps the scenario name for the rapport command", () => {
    const p = parseArgs(["rapport", "a.xlsx", "--till", "2024-06-30", "--ut", "b.xlsx", "--scenario", "Prel 2025"], "2024-10-24");
    expect(p.ok && p.command.kind === "rapport" && p.command.scenario).toBe("Prel 2025");
  });

  it("refuses an empty name and a --rapporter list without bidrag", () => {
    const empty = parseArgs(["rapport", "a.xlsx", "--till", "2024-06-30", "--ut", "b.xlsx", "--scenario="], "2024-10-24");
    expect(empty).toEqual({ ok: false, error: "Flaggan --scenario saknar värde." });
    const without = parseArgs(
      ["rapport", "a.xlsx", "--till", "2024-06-30", "--ut", "b.xlsx", "--scenario", "Prel 2025", "--rapporter", "driftsredovisning"],
      "2024-10-24",
    );
    expect(without.ok).toBe(false);
    expect(!without.ok && without.error).toContain("--rapporter");
    expect(!without.ok && without.error).toContain("bidrag");
  });
});

describe("finsam rapport --scenario", () => {
  it('"Prel 2025" (the flerårsprognos as it stands): 23 428 000 → Försäkringskassan 11 714 000, Arbetsförmedlingen 0, Region 5 857 000, kommunerna 5 857 000', async () => {
    const run = await finsam(await workbook("prel.xlsx"), "prel", ["--scenario", "Prel 2025"]);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    const b = bidrag(run.sheets, "Bidrag 2025 Prel 2025");
    expect(b.title).toBe('Bidrag per medlem 2025 enligt scenariot "Prel 2025" – Samordningsförbundet Uppsala län');
    expect(b.helar("Försäkringskassan")).toBe(11_714_000);
    expect(b.helar("Arbetsförmedlingen")).toBe(0);
    expect(b.helar("Region Uppsala")).toBe(5_857_000);
    expect(b.helar("Summa kommuner")).toBe(5_857_000);
    expect(b.helar("Totalt")).toBe(23_428_000);
    const kommuner = KOMMUNER.map((k) => b.helar(k) as number);
    expect(kommuner.reduce((a, x) => a + x, 0)).toBe(5_857_000);
    // This year's sheet stays as it was: 23 322 000 with Försäkringskassan 11 661 000.
    const iar = bidrag(run.sheets, "Bidrag 2024");
    expect(iar.helar("Försäkringskassan")).toBe(11_661_000);
    expect(iar.helar("Arbetsförmedlingen")).toBe(0);
    expect(run.out).toContain("Bidrag 2025 Prel 2025");
    // The flerårsprognos is the workbook's only budget sheet: it is still the beslutsutrymme model.
    expect(run.out).toContain("Beslutsutrymme 2024–2028");
  }, 30_000);

  it("a scenario the pane saved in the workbook (+2 % medlemsavgifter 2025): 23 896 560 → Försäkringskassan 11 948 280", async () => {
    const saved: Scenario[] = [
      { name: "Plus 2 %", levers: [{ kind: "medlemsavgifter", ar: 2025, procent: 0.02 }] },
      { name: "Oförändrat", levers: [{ kind: "medlemsavgifter", ar: 2025, belopp: 23_322_000 }] },
    ];
    const input = await workbook("sparat.xlsx", { saved });
    const plus = await finsam(input, "plus", ["--scenario", "plus 2 %"]);
    expect(plus.err).toBe("");
    expect(plus.code).toBe(0);
    const b = bidrag(plus.sheets, "Bidrag 2025 Plus 2 %");
    expect(b.title).toBe('Bidrag per medlem 2025 enligt scenariot "Plus 2 %" – Samordningsförbundet Uppsala län');
    expect(b.helar("Försäkringskassan")).toBe(11_948_280);
    expect(b.helar("Arbetsförmedlingen")).toBe(0);
    expect(b.helar("Totalt")).toBe(23_896_560);
    // The copy cannot carry the add-in's settings (ExcelJS drops xl/webextensions): the user is told so.
    expect(plus.out).toContain("tilläggets sparade inställningar i arbetsboken (Finsam-fönstrets mappning, val och Nästa år-scenarier)");
    // Keeping 2025 at 23 322 000 gives the published 2024 amounts again (Uppsala Not 1: Region 5 830 500, Enköping 695 314).
    const same = bidrag((await finsam(input, "same", ["--scenario", "Oförändrat"])).sheets, "Bidrag 2025 Oförändrat");
    expect([same.helar("Försäkringskassan"), same.helar("Region Uppsala"), same.helar("Enköpings kommun")]).toEqual([
      11_661_000, 5_830_500, 695_314,
    ]);
  }, 30_000);

  it("an unknown name: exit 2, nothing written, and the scenarios that exist listed in Swedish", async () => {
    const saved: Scenario[] = [{ name: "Plus 2 %", levers: [{ kind: "medlemsavgifter", ar: 2025, procent: 0.02 }] }];
    const run = await finsam(await workbook("okand.xlsx", { saved }), "okand", ["--scenario", "Prel 2026"]);
    expect(run.code).toBe(2);
    expect(run.sheets).toEqual([]);
    expect(run.err).toContain('Scenariot "Prel 2026" finns inte i arbetsboken');
    expect(run.err).toContain('"Prel 2025"');
    expect(run.err).toContain('"Plus 2 %"');
    expect(run.out).toBe("");
  });

  it("a workbook without a flerårsprognos or saved scenario: exit 2 with what to add", async () => {
    const run = await finsam(await workbook("ingen.xlsx", { ekonomiskInformation: false }), "ingen", ["--scenario", "Prel 2025"]);
    expect(run.code).toBe(2);
    expect(run.err).toContain("Arbetsboken har inga Nästa år-scenarier");
    expect(run.err).toContain("Ekonomisk information");
    expect(run.sheets).toEqual([]);
  });

  it("a workbook without a Medlemmar sheet: exit 2, the scenario has no members to split over", async () => {
    const input = await workbook("utan-medlemmar.xlsx", { medlemmar: null });
    const run = await finsam(input, "utan-medlemmar", ["--scenario", "Prel 2025"]);
    expect(run.code).toBe(2);
    expect(run.err).toContain("arbetsboken saknar bladet Medlemmar");
    expect(run.sheets).toEqual([]);
  });

  it("a scenario without medlemsavgifter for next year: exit 2 with the reason, nothing written", async () => {
    const saved: Scenario[] = [{ name: "Noll", levers: [{ kind: "medlemsavgifter", ar: 2025, belopp: 0 }] }];
    const run = await finsam(await workbook("noll.xlsx", { saved }), "noll", ["--scenario", "Noll"]);
    expect(run.code).toBe(2);
    expect(run.err).toContain('Medlemsbidraget 2025 per medlem räknas inte ur scenariot "Noll"');
    expect(run.sheets).toEqual([]);
  }, 30_000);

  it("next year's bidrag does not need this year's total: without Medlemsbidrag totalt the scenario's sheet is still written", async () => {
    const run = await finsam(await workbook("utan-total.xlsx", { utanTotal: true }), "utan-total", ["--scenario", "Prel 2025"]);
    expect(run.code).toBe(1); // BIDRAG_TOTAL_SAKNAS for 2024
    expect(run.out).toContain("Medlemsbidragets totalbelopp saknas");
    expect(run.sheets.some((s) => s.name === "Bidrag 2024")).toBe(false);
    expect(bidrag(run.sheets, "Bidrag 2025 Prel 2025").helar("Försäkringskassan")).toBe(11_714_000);
  }, 30_000);

  it("the bundled example workbook (one row Försäkringskassan/Arbetsförmedlingen) gets Bidrag 2025 Prel 2025 beside Bidrag 2024", async () => {
    const run = await finsam(EXEMPEL, "exempel", ["--scenario", "Prel 2025"]);
    expect(run.code).toBe(1); // the example's two deliberate mistakes
    const b = bidrag(run.sheets, "Bidrag 2025 Prel 2025");
    expect(b.helar("Försäkringskassan/Arbetsförmedlingen")).toBe(11_714_000);
    expect(b.helar("Region Uppsala")).toBe(5_857_000);
    expect(b.helar("Summa kommuner")).toBe(5_857_000);
    expect(b.text).not.toContain("Beslutat");
    expect(bidrag(run.sheets, "Bidrag 2024").helar("Försäkringskassan/Arbetsförmedlingen")).toBe(11_661_000);
  }, 30_000);

  it("without --scenario nothing changes: no Bidrag 2025 sheet", async () => {
    const run = await finsam(await workbook("utan.xlsx"), "utan", []);
    expect(run.sheets.some((s) => s.name.startsWith("Bidrag 2025"))).toBe(false);
    expect(run.sheets.some((s) => s.name === "Bidrag 2024")).toBe(true);
  }, 30_000);
});

import * as ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RapportCommand } from "../../src/cli/args";
import { runRapport, type RapportDeps } from "../../src/cli/run-rapport";
import { type RawSheet } from "../../src/domain/model";
import { issue } from "../../src/domain/issues";
import type { PipelineOptions, PipelineResult } from "../../src/domain/reports/types";
import { readWorkbookXlsx } from "../../src/xlsx/read-workbook";
import { parseRegister } from "../../src/domain/plan/output-registry";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "finsam-cli-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function writeInput(name: string, withError: boolean): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Utfall");
  ws.addRow(["Post", "Period", "Utfall"]);
  ws.addRow([withError ? "Jobcentrum" : "Jobbcentrum", "2024-Q1", 419865]);
  const file = join(dir, name);
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  return file;
}

/** Stand-in for runPipeline: one report plus the Valideringsrapport, a fel for an unknown insats. */
function fakePipeline(seen: { sheets?: RawSheet[]; options?: PipelineOptions }) {
  return (sheets: RawSheet[], options: PipelineOptions): PipelineResult => {
    seen.sheets = sheets;
    seen.options = options;
    const post = sheets[0].values[1][0];
    const issues =
      post === "Jobcentrum" ? [issue("fel", "OKAND_POST", "Utfall", "A2", 'Okänd insats "Jobcentrum". Menar du "Jobbcentrum"?')] : [];
    return {
      base: { insatser: [], budget: [], utfall: [], installningar: { ovrigt: {} }, sourceSheets: {} },
      issues,
      results: { rekvisitionskontroll: null },
      plans: [
        {
          kind: "forbrukningskvot",
          key: options.till,
          name: `Förbrukningskvot ${options.till}`,
          rows: [["Kvot"], [{ formula: "=1/2", value: 0.5 }]],
        },
        { kind: "valideringsrapport", key: "", name: "Valideringsrapport", rows: [[`${issues.length} fel`]] },
      ],
    };
  };
}

function deps(seen: { sheets?: RawSheet[]; options?: PipelineOptions } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const d: RapportDeps = { runPipeline: fakePipeline(seen), stdout: (t) => out.push(t), stderr: (t) => err.push(t) };
  return { d, out, err };
}

function cmd(input: string, output: string, extra: Partial<RapportCommand> = {}): RapportCommand {
  return { kind: "rapport", input, output, fran: "2024-01-01", till: "2024-06-30", idag: "2024-10-24", ...extra };
}

describe("runRapport", () => {
  it("reads and keeps sheets a stale register names but that lack Finsam's marker, and says why (issue 18 item 2)", async () => {
    const wb = new ExcelJS.Workbook();
    const utfall = wb.addWorksheet("Utfall");
    utfall.addRow(["Post", "Period", "Utfall"]);
    utfall.addRow(["Jobbcentrum", "2024-Q1", 419865]);
    wb.addWorksheet("Valideringsrapport").addRow(["Mina egna anteckningar"]);
    const register = wb.addWorksheet("FinsamRegister", { state: "veryHidden" });
    register.addRow(["Typ", "Nyckel", "Blad"]);
    register.addRow(["forbrukningskvot", "2024-06-30", "Utfall"]);
    register.addRow(["valideringsrapport", null, "Valideringsrapport"]);
    const input = join(dir, "stale.xlsx");
    writeFileSync(input, new Uint8Array(await wb.xlsx.writeBuffer()));
    const seen: { sheets?: RawSheet[]; options?: PipelineOptions } = {};
    const { d, out } = deps(seen);
    expect(await runRapport(cmd(input, join(dir, "ut.xlsx")), d)).toBe(0);
    expect(seen.sheets?.map((s) => s.name)).toEqual(["Utfall", "Valideringsrapport"]);
    const sheets = await readWorkbookXlsx(readFileSync(join(dir, "ut.xlsx")), { includeOwnOutput: true });
    expect(sheets.map((s) => s.name)).toEqual([
      "Utfall",
      "Valideringsrapport",
      "Förbrukningskvot 2024-06-30",
      "Valideringsrapport (2)",
      "FinsamRegister",
    ]);
    expect(sheets[0].values[1]).toEqual(["Jobbcentrum", "2024-Q1", 419865]);
    expect(sheets[1].values).toEqual([["Mina egna anteckningar"]]);
    expect(out.join("")).toContain('Bladet "Valideringsrapport" har samma namn som en tidigare rapport men saknar Finsams märkning');
  });

  it("writes every plan into a copy, passes the options, leaves the input untouched and returns 0", async () => {
    const input = await writeInput("in.xlsx", false);
    const before = readFileSync(input);
    const seen: { sheets?: RawSheet[]; options?: PipelineOptions } = {};
    const { d, out } = deps(seen);
    const code = await runRapport(cmd(input, join(dir, "ut.xlsx"), { rapporter: ["forbrukningskvot"] }), d);
    expect(code).toBe(0);
    expect(seen.options).toEqual({ fran: "2024-01-01", till: "2024-06-30", idag: "2024-10-24", reports: ["forbrukningskvot"] });
    expect(seen.sheets?.map((s) => s.name)).toEqual(["Utfall"]);
    expect(readFileSync(input).equals(before)).toBe(true);
    const sheets = await readWorkbookXlsx(readFileSync(join(dir, "ut.xlsx")), { includeOwnOutput: true });
    expect(sheets.map((s) => s.name)).toEqual(["Utfall", "Förbrukningskvot 2024-06-30", "Valideringsrapport", "FinsamRegister"]);
    // the register shared with the Excel add-in, with no Office worksheet ids
    expect(parseRegister(sheets[3].values)).toEqual([
      { kind: "forbrukningskvot", key: "2024-06-30", name: "Förbrukningskvot 2024-06-30" },
      { kind: "valideringsrapport", key: "", name: "Valideringsrapport" },
    ]);
    expect(sheets[1].values[1][0]).toBe(0.5);
    expect(out.join("")).toContain("Sammanfattning: Inga fel eller varningar.");
  });

  it("returns 1 on fel but still writes every report, and prints the issues", async () => {
    const input = await writeInput("in.xlsx", true);
    const { d, out } = deps();
    const code = await runRapport(cmd(input, join(dir, "ut.xlsx")), d);
    expect(code).toBe(1);
    const names = (await readWorkbookXlsx(readFileSync(join(dir, "ut.xlsx")), { includeOwnOutput: true })).map((s) => s.name);
    expect(names).toContain("Förbrukningskvot 2024-06-30");
    expect(names).toContain("Valideringsrapport");
    const text = out.join("");
    expect(text).toContain('Fel (1):\n  Utfall!A2: Okänd insats "Jobcentrum". Menar du "Jobbcentrum"?');
    expect(text).toContain("Sammanfattning: 1 fel");
  });

  it("writes {options, results, issues, written} as JSON with --json", async () => {
    const input = await writeInput("in.xlsx", true);
    const { d } = deps();
    await runRapport(cmd(input, join(dir, "ut.xlsx"), { json: join(dir, "ut.json") }), d);
    const json = JSON.parse(readFileSync(join(dir, "ut.json"), "utf8"));
    expect(Object.keys(json)).toEqual(["options", "results", "issues", "written", "lost"]);
    expect(json.options.till).toBe("2024-06-30");
    expect(json.results).toEqual({ rekvisitionskontroll: null });
    expect(json.issues[0].code).toBe("OKAND_POST");
    expect(json.written.map((w: { name: string }) => w.name)).toEqual(["Förbrukningskvot 2024-06-30", "Valideringsrapport"]);
  });

  it("replaces its own earlier sheets when run on its own output", async () => {
    const input = await writeInput("in.xlsx", false);
    await runRapport(cmd(input, join(dir, "ut1.xlsx")), deps().d);
    const { d, out } = deps();
    expect(await runRapport(cmd(join(dir, "ut1.xlsx"), join(dir, "ut2.xlsx")), d)).toBe(0);
    const names = (await readWorkbookXlsx(readFileSync(join(dir, "ut2.xlsx")))).map((s) => s.name);
    expect(names).toEqual(["Utfall"]);
    expect(out.join("")).toContain("Ersatte tidigare rapportblad: Förbrukningskvot 2024-06-30, Valideringsrapport.");
  });

  it("refuses --ut equal to the input (also through another path or a link) with exit 2", async () => {
    const input = await writeInput("in.xlsx", false);
    const before = readFileSync(input);
    for (const out of [input, join(dir, ".", "in.xlsx")]) {
      const { d, err } = deps();
      expect(await runRapport(cmd(input, out), d)).toBe(2);
      expect(err.join("")).toContain("--ut får inte vara indatafilen");
    }
    symlinkSync(input, join(dir, "lank.xlsx"));
    expect(await runRapport(cmd(input, join(dir, "lank.xlsx")), deps().d)).toBe(2);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it("exits 2 with a Swedish message for a missing or unreadable input, and writes nothing", async () => {
    const missing = deps();
    expect(await runRapport(cmd(join(dir, "finns-inte.xlsx"), join(dir, "ut.xlsx")), missing.d)).toBe(2);
    expect(missing.err.join("")).toContain("hittar inte filen");
    writeFileSync(join(dir, "text.xlsx"), "det här är ingen arbetsbok");
    const bad = deps();
    expect(await runRapport(cmd(join(dir, "text.xlsx"), join(dir, "ut.xlsx")), bad.d)).toBe(2);
    expect(bad.err.join("")).toContain("är en textfil (t.ex. CSV), inte en Excel-arbetsbok (.xlsx)");
    expect(existsSync(join(dir, "ut.xlsx"))).toBe(false);
  });

  it("exits 2 when the output cannot be written", async () => {
    const input = await writeInput("in.xlsx", false);
    const { d, err } = deps();
    expect(await runRapport(cmd(input, join(dir, "saknas", "ut.xlsx")), d)).toBe(2);
    expect(err.join("")).toContain("kan inte skriva");
    expect(err.join("")).toContain("finns inte");
  });
});

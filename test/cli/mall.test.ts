import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { parseArgs, USAGE } from "../../src/cli/args";
import { main } from "../../src/cli/main";
import { readWorkbookXlsx } from "../../src/xlsx/read-workbook";
import { runPipeline } from "../../src/domain/pipeline/pipeline";

/**
 * `finsam mall`: the standard templates (planMallar) into a new workbook or into a copy of --in, read back
 * with ExcelJS: tables, list validation, example rows, instructions; the input's sheets and file untouched;
 * the templates are read as input by the next run (they are the user's sheets, not Finsam's output).
 */
const ROOT = join(__dirname, "..", "..");
const HELAR_2021 = join(ROOT, "test/fixtures/uppsala-2021-helar.xlsx");
const TEMPLATES = ["Insatser", "Budget", "Utfall", "Rekvisitioner", "Deltagare", "Medlemmar", "Inställningar", "Kontoplan"];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "finsam-mall-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function finsam(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), today: () => "2024-08-15" });
  return { code, out: out.join(""), err: err.join("") };
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return wb;
}

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("finsam mall: arguments", () => {
  it("parses the output file and the flags", () => {
    expect(parseArgs(["mall", "mallar.xlsx"], "2024-08-15")).toEqual({
      ok: true,
      command: { kind: "mall", output: "mallar.xlsx", idag: "2024-08-15" },
    });
    expect(
      parseArgs(
        ["mall", "ut.xlsx", "--in", "bok.xlsx", "--idag=2025-01-10", "--forbund", " Samordningsförbundet Uppsala län "],
        "2024-08-15",
      ),
    ).toEqual({
      ok: true,
      command: { kind: "mall", output: "ut.xlsx", input: "bok.xlsx", idag: "2025-01-10", forbund: "Samordningsförbundet Uppsala län" },
    });
    expect(parseArgs(["mall", "--help"])).toEqual({ ok: true, command: { kind: "help" } });
  });

  it.each([
    [["mall"], "Ange filen som mallarna ska skrivas till"],
    [["mall", "a.xlsx", "b.xlsx"], "En utfil åt gången"],
    [["mall", "a.xlsx", "--till", "2024-06-30"], "Okänd flagga --till"],
    [["mall", "a.xlsx", "--idag", "2024-02-30"], "--idag 2024-02-30 är inget giltigt datum"],
    [["mall", "a.xlsx", "--in"], "Flaggan --in saknar värde"],
    [["mallning"], "Tillgängliga kommandon: rapport, mall"],
  ])("%j → usage error containing %s", (argv, text) => {
    const r = parseArgs(argv, "2024-08-15");
    expect(r.ok).toBe(false);
    expect((r as { error: string }).error).toContain(text);
  });

  it("the usage text describes the mall command and its flags", () => {
    for (const text of ["finsam mall <ut.xlsx>", "--in <in.xlsx>", "--forbund", "Flaggor för mall"]) expect(USAGE).toContain(text);
  });
});

describe("finsam mall: files", () => {
  it("writes the 8 templates into a new workbook: tables, list validation, examples, instructions", async () => {
    const ut = join(dir, "mallar.xlsx");
    const r = await finsam("mall", ut, "--forbund", "Samordningsförbundet Uppsala län");
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain(`8 mallar skrivna till ${ut}: ${TEMPLATES.join(", ")}.`);

    const wb = await load(ut);
    expect(wb.worksheets.filter((w) => w.state === "visible").map((w) => w.name)).toEqual(TEMPLATES);
    const deltagare = wb.getWorksheet("Deltagare")!;
    expect(deltagare.getCell("A1").value).toBe("Deltagare – Samordningsförbundet Uppsala län");
    expect(String(deltagare.getCell("A2").value)).toContain("aldrig personnummer");
    const header = (deltagare.getRow(3).values as unknown[]).slice(1);
    const kon = header.indexOf("Kön") + 1;
    expect(kon).toBeGreaterThan(0);
    const validation = deltagare.getCell(4, kon).dataValidation as { type?: string; formulae?: string[] };
    expect(validation.type).toBe("list");
    expect(validation.formulae?.[0]).toContain("K");
    expect(Object.keys((deltagare as unknown as { tables: Record<string, unknown> }).tables)).toHaveLength(1);
    expect(wb.getWorksheet("Insatser")!.getCell("A4").value).toBe("Jobbcentrum");
    expect(wb.getWorksheet("Budget")!.getCell("C4").value).toBe(2024);

    // The templates are the user's sheets: the next run reads them as input.
    const read = await readWorkbookXlsx(readFileSync(ut));
    expect(read.map((s) => s.name)).toEqual(TEMPLATES);
  }, 30_000);

  it("the Budget template's Grupp column round-trips through the .xlsx: list validation, filled in, read back, no GRUPP_GISSAD", async () => {
    const ut = join(dir, "mallar-grupp.xlsx");
    expect((await finsam("mall", ut, "--idag", "2024-10-24")).code).toBe(0);
    const wb = await load(ut);
    const budget = wb.getWorksheet("Budget")!;
    const header = (budget.getRow(3).values as unknown[]).slice(1);
    const grupp = header.indexOf("Grupp") + 1;
    expect(grupp).toBeGreaterThan(0);
    const validation = budget.getCell(4, grupp).dataValidation as { type?: string; formulae?: string[] };
    expect(validation.type).toBe("list");
    expect(validation.formulae?.[0]).toContain("Förtroendevalda");
    expect(budget.getCell(4, grupp).value).toBe("Medlemsintäkt");
    // The ekonom fills in a post the name guess gets wrong (Mölndal's "Arvoden", styrelse) and saves.
    const sheets = await readWorkbookXlsx(readFileSync(ut));
    const b = sheets.find((x) => x.name === "Budget")!;
    const row = new Array(b.values[2].length).fill(null);
    Object.assign(row, { 0: "Arvoden", 1: "Kostnad", 2: 2024, 3: 300_000, [grupp - 1]: "Förtroendevalda" });
    b.values.push(row);
    const out = runPipeline(sheets, { fran: "2024-01-01", till: "2024-03-31", idag: "2024-10-24" });
    expect(out.issues.filter((i) => i.code === "GRUPP_GISSAD")).toEqual([]);
    const drift = out.results.driftsredovisning!;
    expect(drift.grupper.flatMap((g) => g.poster).find((p) => p.post === "Arvoden")?.grupp).toBe("fortroendevalda");
  }, 30_000);

  it("--in adds only the missing templates to a copy; the input file and its sheets are unchanged", async () => {
    const ut = join(dir, "helar-med-mallar.xlsx");
    const before = sha(HELAR_2021);
    const original = await readWorkbookXlsx(readFileSync(HELAR_2021), { includeOwnOutput: true });
    const r = await finsam("mall", ut, "--in", HELAR_2021, "--idag", "2021-12-31");
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain(`5 mallar skrivna till ${ut}: Budget, Rekvisitioner, Deltagare, Medlemmar, Kontoplan.`);
    expect(r.out).toContain("  - Insatser: Bladet Insatser finns redan och lämnas orört.");
    expect(sha(HELAR_2021)).toBe(before);

    const copy = await readWorkbookXlsx(readFileSync(ut), { includeOwnOutput: true });
    for (const sheet of original) expect(copy.find((s) => s.name === sheet.name)).toEqual(sheet);
    expect(copy.map((s) => s.name)).toEqual([
      "Inställningar",
      "Insatser",
      "Utfall",
      "Budget",
      "Rekvisitioner",
      "Deltagare",
      "Medlemmar",
      "Kontoplan",
    ]);
    expect(copy.find((s) => s.name === "Budget")?.values[3]?.slice(0, 3)).toEqual(["Medlemsavgifter", "Intäkt", 2021]);

    // Run again on the copy: every template exists, nothing is written.
    const again = join(dir, "igen.xlsx");
    const second = await finsam("mall", again, "--in", ut);
    expect(second.code).toBe(0);
    expect(second.out).toContain("Inga mallar behövdes");
    expect(existsSync(again)).toBe(false);
  });

  it("refuses to write over the input and reports a missing input file", async () => {
    const same = await finsam("mall", HELAR_2021, "--in", HELAR_2021);
    expect(same.code).toBe(2);
    expect(same.err).toContain("får inte vara indatafilen");
    const missing = await finsam("mall", join(dir, "x.xlsx"), "--in", join(dir, "finns-inte.xlsx"));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("hittar inte filen");
  });
});

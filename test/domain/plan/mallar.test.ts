import { detectWorkbook } from "../../../src/domain/detect/detect-workbook";
import { isFormulaCell, type SheetPlan } from "../../../src/domain/model/plan";
import type { CellValue, RawSheet } from "../../../src/domain/model/raw";
import { parseBase } from "../../../src/domain/parse/base/parse-base";
import { MALL_KIND, planMallar } from "../../../src/domain/plan/mallar";
import { runPipeline } from "../../../src/domain/pipeline/pipeline";
import { BUDGET_GRUPPER } from "../../../src/domain/template/columns";
import { parseGrupp } from "../../../src/domain/parse/base/budget";

/** A plan as the sheet a host would read back. */
function readBack(p: SheetPlan): RawSheet {
  const width = Math.max(...p.rows.map((r) => r.length));
  const values = p.rows.map((r) => [
    ...r.map((c): CellValue => (isFormulaCell(c) ? c.value : c)),
    ...new Array<CellValue>(width - r.length).fill(null),
  ]);
  return { name: p.name, origin: { row: 0, col: 0 }, values };
}

describe("planMallar", () => {
  const { plans, skipped } = planMallar({ existing: [], idag: "2024-10-24", forbund: "Samordningsförbundet Uppsala län" });

  it("plans the seven templates, kind mall, with tables, lists, formats and an instruction row", () => {
    expect(plans.map((p) => p.name)).toEqual([
      "Insatser",
      "Budget",
      "Utfall",
      "Rekvisitioner",
      "Deltagare",
      "Medlemmar",
      "Inställningar",
      "Kontoplan",
    ]);
    expect(skipped).toEqual([]);
    for (const p of plans) {
      expect(p.kind).toBe(MALL_KIND);
      expect(p.key).toContain("2024-10-24");
      expect(p.tables).toHaveLength(1);
      expect(p.tables![0].range.startsWith("A3:")).toBe(true);
      expect(typeof p.rows[1][0]).toBe("string");
      expect(p.freeze).toEqual({ rows: 3 });
      expect(p.rows.length).toBeGreaterThan(3);
    }
    const lists = (name: string) =>
      Object.fromEntries(plans.find((p) => p.name === name)!.dataValidations!.map((v) => [v.range.replace(/\d+/g, ""), v.list]));
    expect(lists("Insatser")["C:C"]).toEqual(["Individ", "Struktur", "Förstudie", "Övrig"]);
    expect(lists("Budget")["B:B"]).toEqual(["Intäkt", "Kostnad"]);
    expect(lists("Medlemmar")["B:B"]).toEqual(["Stat", "Region", "Kommun"]);
    const deltagare = plans.find((p) => p.name === "Deltagare")!;
    const byHeader = (h: string) =>
      deltagare.dataValidations!.find((v) => v.range.startsWith(String.fromCharCode(65 + (deltagare.rows[2] as string[]).indexOf(h))))!
        .list;
    expect(byHeader("Kön")).toEqual(["K", "M"]);
    expect(byHeader("Anonym")).toEqual(["Ja", "Nej"]);
    expect(byHeader("Avslutningsorsak")).toContain("Studier");
    expect(byHeader("Utbildning")).toContain("Gymnasium");
    expect(plans[0].styles!.some((s) => s.numberFormat === "yyyy-mm-dd")).toBe(true);
  });

  it("never plans a template over an existing sheet or a kind the mapping already reads", () => {
    const existing = ["budget", "Min utfallsfil"];
    const mapping = detectWorkbook([
      {
        name: "Min utfallsfil",
        origin: { row: 0, col: 0 },
        values: [
          ["Post", "Period", "Utfall (kr)"],
          ["Förvaltning", "2024-Q1", 900_000],
        ],
      },
    ]);
    const r = planMallar({ existing, mapping, idag: "2024-10-24" });
    expect(r.plans.map((p) => p.name)).not.toContain("Budget");
    expect(r.plans.map((p) => p.name)).not.toContain("Utfall");
    expect(r.skipped.map((s) => s.name)).toEqual(["Budget", "Utfall"]);
    expect(r.skipped[1].reason).toContain("Min utfallsfil");
  });

  it("written templates are read back as their kinds and parse without errors", () => {
    const sheets = plans.map(readBack);
    const mapping = detectWorkbook(sheets);
    expect(mapping.sheets.map((s) => s.kind)).toEqual([
      "insatser",
      "budget",
      "utfall",
      "rekvisitioner",
      "deltagare",
      "medlemmar",
      "installningar",
      "annat",
    ]);
    const plain = parseBase(sheets);
    expect(plain.issues.filter((i) => i.severity === "fel")).toEqual([]);
    expect(plain.base.insatser.map((i) => i.insats)).toEqual(["Jobbcentrum", "Lokussamordnare"]);
    expect(plain.base.insatser[0].budgetPerAr[2024]).toBe(2_652_000);
    const out = runPipeline(sheets, { fran: "2024-01-01", till: "2024-03-31", idag: "2024-10-24" });
    expect(out.issues.filter((i) => i.severity === "fel")).toEqual([]);
    expect(Object.keys(out.results)).toEqual(expect.arrayContaining(["forbrukningskvot", "driftsredovisning"]));
  });

  it("the Budget template has a Grupp column with a list of the groups, filled in on its example rows", () => {
    const budget = plans.find((p) => p.name === "Budget")!;
    const header = budget.rows[2] as string[];
    const g = header.indexOf("Grupp");
    expect(g).toBeGreaterThan(0);
    const list = budget.dataValidations!.find((v) => v.range.startsWith(`${String.fromCharCode(65 + g)}4:`))!.list;
    expect(list).toEqual(expect.arrayContaining(["Förtroendevalda", "Förvaltning", "Samverkansinsats", "Medlemsintäkt", "Övrig intäkt"]));
    const examples = budget.rows.slice(3);
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const row of examples) expect(list).toContain(row[g]);
  });

  it("every value of the Grupp list is read by the Budget parser, each as its own group", () => {
    const grupper = BUDGET_GRUPPER.map((g) => parseGrupp(g));
    expect(grupper.every((g) => g !== undefined)).toBe(true);
    expect(new Set(grupper).size).toBe(BUDGET_GRUPPER.length);
  });

  it("round trip: template → filled in with names a guess gets wrong → parsed → the Grupp column decides, no GRUPP_GISSAD", () => {
    const sheets = plans.map(readBack);
    const budget = sheets.find((s) => s.name === "Budget")!;
    const header = budget.values[2] as string[];
    const col = (h: string) => header.findIndex((x) => typeof x === "string" && x.startsWith(h));
    const row = (post: string, kategori: string, belopp: number, grupp: string): CellValue[] => {
      const r = new Array<CellValue>(header.length).fill(null);
      r[col("Post")] = post;
      r[col("Kategori")] = kategori;
      r[col("År")] = 2024;
      r[col("Budget")] = belopp;
      r[col("Grupp")] = grupp;
      return r;
    };
    // Mölndal's "Arvoden" (styrelse) and Skellefteå's kansli post: the name guess puts both among the samverkansinsatser.
    budget.values.push(row("Arvoden", "Kostnad", 300_000, "Förtroendevalda"));
    budget.values.push(row("Inhyrd och tillfällig personal inkl. ek. adm. avtal", "Kostnad", 900_000, "Förvaltning"));
    const utfall = sheets.find((s) => s.name === "Utfall")!;
    utfall.values.push(
      ["Arvoden", "2024-Q1", 70_000, null],
      ["Inhyrd och tillfällig personal inkl. ek. adm. avtal", "2024-Q1", 210_000, null],
    );
    const out = runPipeline(sheets, { fran: "2024-01-01", till: "2024-03-31", idag: "2024-10-24" });
    expect(out.issues.filter((i) => i.severity === "fel")).toEqual([]);
    expect(out.issues.filter((i) => i.code === "GRUPP_GISSAD")).toEqual([]);
    const drift = out.results.driftsredovisning as { grupper: { rubrik: string; poster: { post: string; grupp: string }[] }[] };
    const grupp = (post: string) => drift.grupper.flatMap((g) => g.poster).find((p) => p.post === post)?.grupp;
    expect(grupp("Arvoden")).toBe("fortroendevalda");
    expect(grupp("Inhyrd och tillfällig personal inkl. ek. adm. avtal")).toBe("forvaltning");
    expect(grupp("Medlemsavgifter")).toBe("medlemsintakt");
    const rubrik = (post: string) => drift.grupper.find((g) => g.poster.some((p) => p.post === post))?.rubrik;
    expect(rubrik("Arvoden")).toBe(rubrik("Förvaltning"));
    expect(rubrik("Inhyrd och tillfällig personal inkl. ek. adm. avtal")).toBe(rubrik("Förvaltning"));
  });
});

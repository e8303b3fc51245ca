import type { PipelineContext, PipelineOptions } from "../../../src/domain/reports/types";
import { parseBase } from "../../../src/domain/parse/base/parse-base";
import { bidragModule, findMedlemmarSheet, manaderTill } from "../../../src/domain/reports/bidrag";
import { detectWorkbook } from "../../../src/domain/detect/detect-workbook";
import { runPipeline } from "../../../src/domain/pipeline/pipeline";
import { DEFAULT_OPTIONS, workbook } from "../../fixtures/bad/build";
import { isFormulaCell, type PlanCell } from "../../../src/domain/model/plan";
import type { Bidragsfordelning } from "../../../src/domain/compute/bidragsfordelning";
import { installningarForBidrag, medlemmarSheet } from "../../fixtures/exempel/medlemmar";
import { evaluatePlan, formulaCells } from "../../fixtures/nasta-ar/formula-eval";
import { rawSheet } from "../../fixtures/nasta-ar/sheets";
import type { CellValue } from "../../../src/domain/model/raw";

const options = (till: string): PipelineOptions => ({ fran: `${till.slice(0, 4)}-01-01`, till, idag: "2024-10-24" });
function ctx(till: string, inst: CellValue[][] = installningarForBidrag, medlemmar = medlemmarSheet.rows): PipelineContext {
  const sheets = [
    rawSheet("Medlemmar", medlemmar),
    rawSheet("Inställningar", [["Inställning", "Värde"], ["Förbund", "Samordningsförbundet Uppsala län"], ...inst]),
  ];
  return { sheets, base: parseBase(sheets).base, options: options(till) };
}
const v = (c: PlanCell) => (isFormulaCell(c) ? c.value : c);

describe("bidragModule", () => {
  it("plans 'Bidrag 2024' for Uppsala: helår per medlem, Summa kommuner 5 830 500, Totalt 23 322 000", () => {
    const out = bidragModule.run(ctx("2024-12-31"))!;
    const r = out.result as Bidragsfordelning & { ar: number };
    expect([r.grupper.stat.helar, r.grupper.region.helar, r.grupper.kommun.helar]).toEqual([11661000, 5830500, 5830500]);
    const plan = out.plans[0];
    expect(plan).toMatchObject({ kind: "bidrag", key: "2024", name: "Bidrag 2024" });
    expect(plan.rows[0][0]).toBe("Medlemsbidrag 2024 – Samordningsförbundet Uppsala län");
    expect(plan.rows[4]).toEqual([
      "Medlem",
      "Typ",
      "Invånare",
      "Andel",
      "Helår 2024 (kr)",
      "Beslutat (kr)",
      "Fakturerat (kr)",
      "Avvikelse fakturerat − helår (kr)",
    ]);
    const byName = (n: string) => plan.rows.find((row) => row[0] === n)!;
    expect(v(byName("Summa kommuner")[4])).toBe(5830500);
    expect(v(byName("Totalt")[4])).toBe(23322000);
    expect(byName("Uppsala kommun").slice(4, 6)).toEqual([3539137, 3539137]);
    // Helår run: the half-year invoices differ from the helår → one varning per medlem.
    expect(out.issues.filter((i) => i.code === "BIDRAG_FAKTURERAT_AVVIKER")).toHaveLength(10);
    const evaluate = evaluatePlan(plan);
    for (const [address, value] of formulaCells(plan))
      expect([address, evaluate(address)]).toEqual([address, typeof value === "number" ? expect.closeTo(value, 9) : 0]);
  });

  it("adds the delår column for a period ending 2024-06-30; invoices within 1 kr raise nothing", () => {
    const out = bidragModule.run(ctx("2024-06-30"))!;
    const plan = out.plans[0];
    expect(plan.rows[4]).toContain("Delår t.o.m. 2024-06-30 (6 mån, kr)");
    const total = plan.rows.find((row) => row[0] === "Totalt")!;
    expect(v(total[5])).toBe(11661000);
    expect(out.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(plan.conditionalFormats?.map((c) => c.formula1)).toEqual(["1", "-1"]);
  });

  it("takes the total from Statens tilldelning × 2 and warns when both disagree", () => {
    const a = bidragModule.run(ctx("2024-12-31", [["Statens tilldelning", 11661000]]))!;
    expect((a.result as Bidragsfordelning).total).toBe(23322000);
    const b = bidragModule.run(
      ctx("2024-12-31", [
        ["Medlemsbidrag totalt", 23322000],
        ["Statens tilldelning", 11000000],
      ]),
    )!;
    expect(b.issues.map((i) => i.code)).toContain("BIDRAG_TOTAL_STAT");
  });

  it("falls back to Σ Beslutat, and reports a missing total without a plan", () => {
    const a = bidragModule.run(ctx("2024-12-31", []))!;
    expect((a.result as Bidragsfordelning).total).toBe(23322000);
    expect(a.issues.map((i) => i.code)).toContain("BIDRAG_TOTAL_FRAN_BESLUTAT");
    const rows = medlemmarSheet.rows.map((r) => r.slice(0, 3));
    const b = bidragModule.run(ctx("2024-12-31", [], rows))!;
    expect(b.plans).toEqual([]);
    expect(b.issues.map((i) => `${i.severity}:${i.code}`)).toEqual(["fel:BIDRAG_TOTAL_SAKNAS"]);
  });

  it("returns null without a Medlemmar sheet", () => {
    const sheets = [rawSheet("Insatser", [["Insats", "Typ"]])];
    expect(bidragModule.run({ sheets, base: parseBase(sheets).base, options: options("2024-06-30") })).toBeNull();
  });
});

describe("manaderTill", () => {
  it("counts whole months of the year", () => {
    expect(manaderTill(2024, "2024-06-30")).toBe(6);
    expect(manaderTill(2024, "2024-08-31")).toBe(8);
    expect(manaderTill(2024, "2024-02-29")).toBe(2);
    expect(manaderTill(2024, "2024-06-15")).toBe(5);
    expect(manaderTill(2024, "2024-12-31")).toBe(12);
    expect(manaderTill(2024, "2025-03-31")).toBe(12);
  });
});

describe("bidragModule finds its sheet through the mapping", () => {
  const invanare = () =>
    rawSheet("Invånare 2024", [
      ["Medlemsorganisation", "Medlemstyp", "Folkmängd"],
      ["Försäkringskassan", "Stat", null],
      ["Region Uppsala", "Region", null],
      ["Heby kommun", "Kommun", 14_000],
      ["Tierps kommun", "Kommun", 21_000],
    ]);
  const sheets = () => [...workbook({ installningar: (r) => [...r, ["Medlemsbidrag totalt", 23_322_000]] }), invanare()];

  it("a layout workbook whose Medlemmar sheet is named 'Invånare 2024' (own column names) gets its Bidrag report", () => {
    expect(findMedlemmarSheet(sheets())).toBeUndefined(); // by name alone the sheet is not found
    const mapping = detectWorkbook(sheets());
    expect(mapping.sheets.find((s) => s.sheet === "Invånare 2024")?.kind).toBe("medlemmar");
    expect(findMedlemmarSheet(sheets(), mapping)?.name).toBe("Invånare 2024");
    const r = runPipeline(sheets(), { ...DEFAULT_OPTIONS, till: "2024-12-31", reports: ["bidrag"] });
    const b = r.results.bidrag as Bidragsfordelning;
    expect(b.rader.map((x) => [x.medlem, x.helar])).toEqual([
      ["Försäkringskassan", 11_661_000],
      ["Region Uppsala", 5_830_500],
      ["Heby kommun", 2_332_200],
      ["Tierps kommun", 3_498_300],
    ]);
    expect(r.plans.map((p) => p.name)).toContain("Bidrag 2024");
  });

  it("a sheet the mapping gives another kind is not taken by its name", () => {
    const sheets = [
      rawSheet("Medlemmar", [
        ["Medlem", "Typ", "Invånare"],
        ["Heby kommun", "Kommun", 14_000],
      ]),
    ];
    const mapping = detectWorkbook(sheets);
    const other = { ...mapping, sheets: mapping.sheets.map((s) => ({ ...s, kind: "annat" as const, corrected: true })) };
    expect(findMedlemmarSheet(sheets, mapping)?.name).toBe("Medlemmar");
    expect(findMedlemmarSheet(sheets, other)).toBeUndefined();
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runPipeline } from "../../../src/domain/pipeline/pipeline";
import type { RawSheet } from "../../../src/domain/model";
import { isFormulaCell, type PlanCell } from "../../../src/domain/model/plan";
import { readWorkbookXlsx } from "../../../src/xlsx/read-workbook";

const EXAMPLE = join(__dirname, "..", "..", "..", "assets", "exempel", "finsam-exempel-2024.xlsx");
const OPTIONS = { fran: "2024-01-01", till: "2024-06-30", idag: "2024-10-24" };
const v = (c: PlanCell | undefined) => (c !== undefined && isFormulaCell(c) ? c.value : c);

describe("the Bidrag report with a chosen Nästa år scenario (example workbook: Medlemmar + Ekonomisk information)", () => {
  let sheets: RawSheet[];
  beforeAll(async () => {
    sheets = await readWorkbookXlsx(readFileSync(EXAMPLE));
  });

  it("writes next year's Bidrag per member beside this year's: Prel 2025 23 428 000 → FK/AF 11 714 000, Region 5 857 000", () => {
    const out = runPipeline(sheets, { ...OPTIONS, reports: ["bidrag"], nastaAr: { name: "Grund", levers: [] } });
    expect(out.plans.filter((p) => p.kind === "bidrag").map((p) => p.name)).toEqual(["Bidrag 2024", "Bidrag 2025 Grund"]);
    const plan = out.plans.find((p) => p.name === "Bidrag 2025 Grund")!;
    const row = (label: string) => plan.rows.find((r) => r[0] === label)!;
    expect(v(row("Försäkringskassan/Arbetsförmedlingen")[4])).toBe(11_714_000);
    expect(v(row("Region Uppsala")[4])).toBe(5_857_000);
    expect(v(row("Summa kommuner")[4])).toBe(5_857_000);
    expect(v(row("Totalt")[4])).toBe(23_428_000);
    expect(out.results.bidrag?.nastaAr).toMatchObject({ ar: 2025, scenario: "Grund", kolumn: "Prel 2025", total: 23_428_000 });
    // This year's sheet is unchanged: 2024 = 23 322 000 (domain.md §3.3).
    const i2024 = out.plans.find((p) => p.name === "Bidrag 2024")!;
    expect(v(i2024.rows.find((r) => r[0] === "Totalt")![4])).toBe(23_322_000);
  });

  it("the scenario's levers decide next year's total: medlemsavgifter 2025 = 24 000 000 → FK/AF 12 000 000", () => {
    const scenario = { name: "Höjning", levers: [{ kind: "medlemsavgifter" as const, ar: 2025, belopp: 24_000_000 }] };
    const out = runPipeline(sheets, { ...OPTIONS, reports: ["bidrag"], nastaAr: scenario });
    const plan = out.plans.find((p) => p.name === "Bidrag 2025 Höjning")!;
    expect(v(plan.rows.find((r) => r[0] === "Försäkringskassan/Arbetsförmedlingen")![4])).toBe(12_000_000);
  });

  it("without a chosen scenario only this year's Bidrag is written", () => {
    const out = runPipeline(sheets, { ...OPTIONS, reports: ["bidrag"] });
    expect(out.plans.filter((p) => p.kind === "bidrag").map((p) => p.name)).toEqual(["Bidrag 2024"]);
    expect(out.results.bidrag?.nastaAr).toBeUndefined();
  });
});

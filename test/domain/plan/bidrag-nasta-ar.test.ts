import { bidragFranScenario } from "../../../src/domain/compute/bidragsfordelning";
import { isFormulaCell, type PlanCell } from "../../../src/domain/model/plan";
import { parseMedlemmar } from "../../../src/domain/parse/medlemmar";
import { planBidrag } from "../../../src/domain/plan/bidrag";
import { medlemmarSheet } from "../../fixtures/exempel/medlemmar";
import { evaluatePlan, formulaCells } from "../../fixtures/nasta-ar/formula-eval";
import { rawSheet } from "../../fixtures/nasta-ar/sheets";
import { uppsalaModel } from "../../fixtures/nasta-ar/uppsala-model";

const medlemmar = parseMedlemmar(rawSheet(medlemmarSheet.name, medlemmarSheet.rows))!.medlemmar;
const v = (c: PlanCell) => (isFormulaCell(c) ? c.value : c);

describe("planBidrag for next year from a Nästa år scenario", () => {
  const nasta = bidragFranScenario(medlemmar, uppsalaModel(), { name: "Grund", levers: [] }, 2025).result!;
  const plan = planBidrag(nasta.fordelning, {
    ar: 2025,
    idag: "2024-10-24",
    till: "2025-12-31",
    kallor: ["Medlemmar", "Ekonomisk information"],
    tolerans: 1,
    scenario: { namn: nasta.scenario, kolumn: nasta.kolumn },
  });

  it("is its own sheet, named and keyed by year and scenario, with the scenario and its column in the title and note", () => {
    expect([plan.kind, plan.key, plan.name]).toEqual(["bidrag", "2025 Grund", "Bidrag 2025 Grund"]);
    expect(plan.rows[0][0]).toBe('Bidrag per medlem 2025 enligt scenariot "Grund"');
    expect(plan.rows[3][0]).toContain('scenariot "Grund" (Prel 2025): 23\u00a0428\u00a0000 kr');
    expect(plan.rows[4]).toEqual(["Medlem", "Typ", "Invånare", "Andel", "Helår 2025 (kr)"]);
  });

  it("one row per member (FK/AF 11 714 000, Region 5 857 000), Summa kommuner 5 857 000 and Totalt 23 428 000 as formulas", () => {
    const row = (label: string) => plan.rows.find((r) => r[0] === label)!;
    expect(v(row("Försäkringskassan/Arbetsförmedlingen")[4])).toBe(11_714_000);
    expect(v(row("Region Uppsala")[4])).toBe(5_857_000);
    expect(isFormulaCell(row("Summa kommuner")[4]) && v(row("Summa kommuner")[4])).toBe(5_857_000);
    expect(isFormulaCell(row("Totalt")[4]) && v(row("Totalt")[4])).toBe(23_428_000);
    const evaluate = evaluatePlan(plan);
    for (const [address, value] of formulaCells(plan)) expect(evaluate(address)).toBeCloseTo(Number(v(value)), 9);
  });
});

import { computeBidragsfordelning } from "../../../src/domain/compute/bidragsfordelning";
import { isFormulaCell, type PlanCell } from "../../../src/domain/model/plan";
import { parseMedlemmar } from "../../../src/domain/parse/medlemmar";
import { planBidrag } from "../../../src/domain/plan/bidrag";
import { medlemmarSheet } from "../../fixtures/exempel/medlemmar";
import { evaluatePlan, formulaCells } from "../../fixtures/nasta-ar/formula-eval";
import { rawSheet } from "../../fixtures/nasta-ar/sheets";

const medlemmar = parseMedlemmar(rawSheet(medlemmarSheet.name, medlemmarSheet.rows))!.medlemmar;
const v = (c: PlanCell) => (isFormulaCell(c) ? c.value : c);

describe("planBidrag", () => {
  const b = computeBidragsfordelning(medlemmar, { total: 23322000, manader: 6 }).result;
  const plan = planBidrag(b, { ar: 2024, idag: "2024-10-24", till: "2024-06-30", kallor: ["Medlemmar", "Inställningar"], tolerans: 1 });

  it("lays out staten, region, kommuner, Summa kommuner and Totalt with formulas", () => {
    expect(plan.rows[4]).toEqual([
      "Medlem",
      "Typ",
      "Invånare",
      "Andel",
      "Helår 2024 (kr)",
      "Delår t.o.m. 2024-06-30 (6 mån, kr)",
      "Beslutat (kr)",
      "Fakturerat (kr)",
      "Avvikelse fakturerat − delår (kr)",
    ]);
    expect(plan.rows.slice(5).map((r) => r[0])).toEqual([
      "Försäkringskassan/Arbetsförmedlingen",
      "Region Uppsala",
      "Enköpings kommun",
      "Heby kommun",
      "Håbo kommun",
      "Knivsta kommun",
      "Tierps kommun",
      "Uppsala kommun",
      "Älvkarleby kommun",
      "Östhammars kommun",
      "Summa kommuner",
      "Totalt",
    ]);
    const summa = plan.rows[15];
    expect(summa[4]).toEqual({ formula: "=SUM(E8:E15)", value: 5830500 });
    expect(summa[2]).toEqual({ formula: "=SUM(C8:C15)", value: 404714 });
    const total = plan.rows[16];
    expect(total[4]).toEqual({ formula: "=SUM(E6,E7,E16)", value: 23322000 });
    expect(total[5]).toEqual({ formula: "=SUM(F6,F7,F16)", value: 11661000 });
    expect(plan.rows[5][3]).toEqual({ formula: '=IF(E17=0,"",E6/E17)', value: 0.5 });
    expect(plan.rows[11][8]).toEqual({ formula: "=H12-F12", value: 1 }); // Tierp: invoiced 152 774, delår 152 773
  });

  it("every formula evaluates to its cached value", () => {
    const evaluate = evaluatePlan(plan);
    for (const [address, value] of formulaCells(plan)) expect(evaluate(address)).toBeCloseTo(Number(value), 9);
    expect(v(plan.rows[16][3])).toBe(1);
  });

  it("formats amounts as whole kronor and flags avvikelser above the tolerance", () => {
    expect(plan.styles).toEqual(
      expect.arrayContaining([
        { range: "E6:I17", numberFormat: "#,##0" },
        { range: "D6:D17", numberFormat: "0.00%" },
      ]),
    );
    expect(plan.conditionalFormats?.map((c) => [c.range, c.operator, c.formula1])).toEqual([
      ["I6:I17", "GreaterThan", "1"],
      ["I6:I17", "LessThan", "-1"],
    ]);
    expect(plan.tables?.[0]).toMatchObject({ name: "Bidrag_2024", range: "A5:I17" });
    expect(plan.summary).toContain("23\u00a0322\u00a0000 kr");
  });

  it("leaves out delår, beslutat and fakturerat columns when not given", () => {
    const bare = medlemmar.map(({ beslutat: _b, fakturerat: _f, ...m }) => m);
    const p = planBidrag(computeBidragsfordelning(bare, { total: 16692000 }).result, {
      ar: 2016,
      idag: "2016-09-30",
      till: "2016-12-31",
      kallor: [],
      tolerans: 1,
    });
    expect(p.rows[4]).toEqual(["Medlem", "Typ", "Invånare", "Andel", "Helår 2016 (kr)"]);
    expect(v(p.rows[16][4])).toBe(16692000);
    expect(p.conditionalFormats).toBeUndefined();
  });
});

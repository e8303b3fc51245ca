import { computeForbrukningskvot } from "../../../src/domain/compute/forbrukningskvot";
import { planForbrukningskvot } from "../../../src/domain/plan/forbrukningskvot";
import { isFormulaCell } from "../../../src/domain/model";
import { uppsala2024 } from "../fixtures/uppsala-2024";
import { formulaCount, formulaMismatches } from "./formula-check";

const base = uppsala2024();
const { result } = computeForbrukningskvot(base, { fran: "2024-01-01", till: "2024-06-30" });
const plan = planForbrukningskvot(result, base, { idag: "2024-10-24" });

describe("plan Förbrukningskvot (Uppsala Q1–Q2 2024)", () => {
  it("has name, kind and key for re-runs, and the title rows", () => {
    expect(plan).toMatchObject({ kind: "forbrukningskvot", key: "2024-06-30", name: "Förbrukningskvot 2024-06-30" });
    expect(plan.rows[0]).toEqual(["Förbrukningskvot – Samordningsförbundet Uppsala län"]);
    expect(plan.rows[1]).toEqual(["Period 2024-01-01 – 2024-06-30 · Källor: Insatser, Budget, Utfall"]);
    expect(plan.rows[2]).toEqual(["Skapad 2024-10-24 av Finsam för Excel"]);
    expect(plan.rows[3][0]).toMatch(/Hög förbrukning över 100 %, låg under 80 %/);
  });

  it("header on row 5 with the unit label", () => {
    expect(plan.rows[4]).toEqual([
      "Insats",
      "Förbrukningskvot",
      "Flagga",
      "Insatsägare",
      "Typ",
      "Budget helår 2024 (TSEK)",
      "Periodiserad budget (TSEK)",
      "Utfall (TSEK)",
    ]);
  });

  it("Jobbcentrum on row 6: kronor in the cells and the kvot as a formula with cached value", () => {
    expect(plan.rows[5]).toEqual([
      "Jobbcentrum - Din väg framåt",
      { formula: '=IF(G6=0,"",H6/G6)', value: 955 / 1326 },
      "Låg förbrukning",
      "Enköpings kommun",
      "Individ",
      2_652_000,
      1_326_000,
      955_000,
    ]);
    expect(Math.round((plan.rows[5][1] as { value: number }).value * 100)).toBe(72);
  });

  it("Förstudie pilotprojekt: empty kvot and the note instead of a flag", () => {
    const row = plan.rows.find((r) => r[0] === "Förstudie pilotprojekt")!;
    expect(row[1]).toEqual({ formula: '=IF(G12=0,"",H12/G12)', value: "" });
    expect(row[2]).toBe("Ingen kvot: periodiserad budget är 0");
  });

  it("totals row 18 with SUM formulas and cached values", () => {
    expect(plan.rows[17]).toEqual([
      "Totalt",
      { formula: '=IF(G18=0,"",H18/G18)', value: 9_627_700 / 10_329_000 },
      "",
      "",
      "",
      { formula: "=SUM(F6:F17)", value: 20_658_000 },
      { formula: "=SUM(G6:G17)", value: 10_329_000 },
      { formula: "=SUM(H6:H17)", value: 9_627_700 },
    ]);
    expect(Math.round((plan.rows[17][1] as { value: number }).value * 100)).toBe(93);
    expect(plan.rows).toHaveLength(18);
  });

  it("every cached value equals its formula", () => {
    expect(formulaCount(plan)).toBe(12 + 4);
    expect(formulaMismatches(plan)).toEqual([]);
  });

  it("an Excel table, formats, conditional formats, freeze and widths", () => {
    expect(plan.tables).toEqual([{ name: "Forbrukningskvot_2024_06_30", range: "A5:H18", style: "TableStyleMedium2", showTotals: true }]);
    expect(plan.styles).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ range: "F6:H18", numberFormat: "#,##0," }),
        expect.objectContaining({ range: "B6:B18", numberFormat: "0%" }),
        expect.objectContaining({ range: "A18:H18", bold: true, borderTop: true }),
      ]),
    );
    expect(plan.conditionalFormats).toEqual([
      expect.objectContaining({ range: "B6:B18", operator: "GreaterThan", formula1: "1", fill: "#FFC7CE" }),
      expect.objectContaining({ range: "B6:B18", operator: "LessThan", formula1: "0.8", fill: "#FFEB9C" }),
    ]);
    expect(plan.freeze).toEqual({ rows: 5, columns: 1 });
    expect(plan.columnWidths).toHaveLength(8);
    expect(plan.summary).toMatch(/12 insatser; 4 med hög och 1 med låg förbrukning\. Totalt 93,2 %/);
  });

  it("no formula anywhere else: plain values are kronor numbers or text", () => {
    const cells = plan.rows.slice(5, 17).flatMap((r) => r.slice(5, 8));
    expect(cells.every((c) => typeof c === "number" && !isFormulaCell(c))).toBe(true);
  });

  it("an empty period gives a message row and no table", () => {
    const empty = computeForbrukningskvot(base, { fran: "2030-01-01", till: "2030-06-30" }).result;
    const p = planForbrukningskvot(empty, base, { idag: "2030-07-01" });
    expect(p.rows[5][0]).toMatch(/Inga insatser/);
    expect(p.tables).toBeUndefined();
  });
});

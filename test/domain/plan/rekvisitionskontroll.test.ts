import { computeRekvisitionskontroll } from "../../../src/domain/compute/rekvisitioner/rekvisitionskontroll";
import { isFormulaCell, type PlanCell } from "../../../src/domain/model";
import { planRekvisitionskontroll } from "../../../src/domain/plan/rekvisitionskontroll";
import { readRekvisitioner } from "../../../src/domain/reports/rekvisitioner";
import { rekvisitionBase, rekvisitionSheets } from "../../fixtures/rekvisitioner/kontroll-2024";

const base = rekvisitionBase();
const { result } = computeRekvisitionskontroll(readRekvisitioner(rekvisitionSheets()).rekvisitioner, base);
const plan = planRekvisitionskontroll(result, base, { fran: "2024-01-01", till: "2024-06-30", idag: "2024-08-15" });
const value = (c: PlanCell) => (isFormulaCell(c) ? c.value : c);

describe("planRekvisitionskontroll", () => {
  it("names the sheet and writes the title rows", () => {
    expect(plan.name).toBe("Rekvisitionskontroll 2024-06-30");
    expect(plan.kind).toBe("rekvisitionskontroll");
    expect(plan.rows[0][0]).toBe("Rekvisitionskontroll – Samordningsförbundet Uppsala län");
    expect(plan.rows[1][0]).toBe("Period 2024-01-01 – 2024-06-30 · Källor: Rekvisitioner, Ung framtid Q1, Rekv Jobbcentrum Q2, Insatser");
    expect(plan.rows[2][0]).toBe("Skapad 2024-08-15 av Finsam för Excel");
    expect(plan.rows[3][0]).toContain("19 rekvisitioner: 7 godkända, 2 godkända med anmärkning, 10 kräver åtgärd");
    expect(plan.rows[4]).toHaveLength(15);
    expect(plan.rows[4].slice(0, 4)).toEqual(["Insats", "Period", "Bedömning", "Att betala ut (kr)"]);
  });

  it("prints on A4 landscape, one page wide, with the header repeated and the print area up to the Summa row", () => {
    expect(plan.rows).toHaveLength(25);
    expect(plan.pageSetup).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      printArea: "A1:O25",
      fitToWidth: true,
      printTitleRows: "$5:$5",
    });
    expect(plan.freeze).toEqual({ rows: 5, columns: 1 });
    expect(plan.tables?.[0]).toMatchObject({ range: "A5:O25", showTotals: true });
  });

  it("writes one row per claim with the verdict and each failed check in words", () => {
    const row = plan.rows[5 + 7]; // Lokussamordnare Uppsala Q2 (row 13)
    expect(row.slice(0, 3)).toEqual(["Lokussamordnare Uppsala", "2024-Q2", "Godkänd med anmärkning"]);
    expect(row.slice(4, 6)).toEqual([300000, "2024-07-08"]);
    expect(row[13]).toContain("Betala högst 270\u00a0000 kr");
    expect(row[14]).toBe("Rekvisitioner!A11");
    const unknown = plan.rows[5 + 3];
    expect(unknown[0]).toBe("Ung Framtid Tierp");
    expect(unknown[2]).toBe("Åtgärd krävs");
    expect(unknown[9]).toBe("");
  });

  it("traces amounts with formulas whose cached values are the computed ones", () => {
    const r = plan.rows[12];
    expect(r[9]).toEqual({ formula: "=MAX(0,H13-I13)", value: 270000 });
    expect(r[3]).toEqual({ formula: "=MIN(E13,J13)", value: 270000 });
    expect(r[11]).toEqual({ formula: '=IF(K13=0,"",(I13+E13)/K13)', value: 390000 / 180000 });
    for (const row of plan.rows.slice(5, 24)) {
      const [d, f, g, h, i] = [row[4], row[7], row[8], row[9], row[3]].map(value);
      if (isFormulaCell(row[9])) expect(h).toBe(Math.max(0, (f as number) - (g as number)));
      if (isFormulaCell(row[3])) expect(i).toBe(Math.min(d as number, h as number));
    }
    const summa = plan.rows[24];
    expect(summa[0]).toBe("Summa");
    expect(summa[4]).toEqual({ formula: "=SUM(E6:E24)", value: result.summaBelopp });
    expect(summa[3]).toEqual({ formula: "=SUM(D6:D24)", value: result.summaAttBetala });
  });

  it("pays nothing on a claim needing action and colours the verdicts", () => {
    const dup = plan.rows[23];
    expect(dup[2]).toBe("Åtgärd krävs");
    expect(dup[3]).toBe(0);
    expect(plan.styles).toContainEqual(expect.objectContaining({ range: "C24", fill: "#FFC7CE" }));
    expect(plan.styles).toContainEqual(expect.objectContaining({ range: "C6", fill: "#C6EFCE" }));
    expect(plan.styles).toContainEqual(expect.objectContaining({ range: "D6:E25", numberFormat: "#,##0" }));
    expect(plan.styles).toContainEqual(expect.objectContaining({ range: "G6:K25", numberFormat: "#,##0" }));
    expect(plan.conditionalFormats?.map((c) => [c.range, c.operator, c.formula1])).toEqual([
      ["L6:L24", "GreaterThan", "1"],
      ["L6:L24", "LessThan", "0.8"],
    ]);
  });
});

import { readFileSync } from "node:fs";
import * as path from "node:path";
import * as iconv from "iconv-lite";
import { computeBokslut } from "../../../src/domain/compute/bokslut";
import { readSie } from "../../../src/domain/ledger/sie-read";
import { isFormulaCell, parseA1, parseRange } from "../../../src/domain/model";
import { planBokslut } from "../../../src/domain/plan/bokslut/bokslut-sheets";

/** The bokslut sheets of the Uppsala 2024-06-30 fixture: names, sums as formulas, the ratio rows formatted as %. */
const r = readSie(iconv.decode(readFileSync(path.join(__dirname, "../../fixtures/ledger/uppsala-2024-06-30.se")), "cp437"), "u.se");
const sheets = [{ name: "Översikt", origin: { row: 0, col: 0 }, values: [["Soliditet", 0.4]] }];
const b = computeBokslut(r.ledger, r.issues, { kontoplan: [], sheets, medlemsbidrag: 23_322_000 });
const plans = planBokslut(b.result, { kalla: "u.se", idag: "2024-08-15" });

const formatOf = (plan: (typeof plans)[number], cell: string): string | undefined => {
  const at = parseA1(cell)!;
  let f: string | undefined;
  for (const s of plan.styles ?? []) {
    const rg =
      parseRange(s.range) ??
      (parseA1(s.range)
        ? { row1: parseA1(s.range)!.row, col1: parseA1(s.range)!.col, row2: parseA1(s.range)!.row, col2: parseA1(s.range)!.col }
        : null);
    if (rg && s.numberFormat && at.row >= rg.row1 && at.row <= rg.row2 && at.col >= rg.col1 && at.col <= rg.col2) f = s.numberFormat;
  }
  return f;
};

describe("bokslut sheets", () => {
  it("are the five sheets, named by period end", () => {
    expect(plans.map((p) => p.name)).toEqual([
      "Resultaträkning 2024-06-30",
      "Balansräkning 2024-06-30",
      "Kassaflödesanalys 2024-06-30",
      "Noter 2024-06-30",
      "Kontroller bokslut 2024-06-30",
    ]);
  });

  it("Balansräkning: sums are formulas over their rows; every nyckeltal row is a percentage", () => {
    const br = plans[1];
    const row = (label: string) => br.rows.findIndex((x) => x[0] === label);
    const total = br.rows[row("SUMMA TILLGÅNGAR")][1];
    expect(isFormulaCell(total) && total).toEqual({ formula: "=SUM(B7,B11)", value: 18_692_021 });
    for (const label of [
      "Soliditet (eget kapital / tillgångar)",
      "Eget kapital i % av årets medlemsbidrag",
      "Soliditet angiven i arbetsboken (Översikt!B1)",
    ]) {
      const i = row(label);
      expect(i).toBeGreaterThan(0);
      expect(formatOf(br, `B${i + 1}`)).toBe("0.0%");
    }
    expect(formatOf(br, `B${row("Summa eget kapital") + 1}`)).toBe("#,##0");
  });

  it("Balansräkning: the comparison column is the previous balance day, and soliditet is given for both days", () => {
    // Before: "2024-01-01" over the IB column (a balance sheet compares with the last balansdag, 2023-12-31) and
    // soliditet only at 2024-06-30. Uppsala: 6 739 931 / 18 692 021 = 36,1 %; 7 359 764 / 14 413 897 = 51,1 %.
    const br = plans[1];
    expect(br.rows[4]).toEqual(["Post", "2024-06-30", "2023-12-31"]);
    const soliditet = br.rows.find((x) => x[0] === "Soliditet (eget kapital / tillgångar)")!;
    expect(Number(soliditet[1])).toBeCloseTo(6_739_931 / 18_692_021, 10);
    expect(Number(soliditet[2])).toBeCloseTo(7_359_764 / 14_413_897, 10);
    const i = br.rows.indexOf(soliditet);
    expect(formatOf(br, `C${i + 1}`)).toBe("0.0%");
  });

  it("Kontroller bokslut: every check stämmer for the fixture", () => {
    const k = plans[4];
    const results = k.rows.slice(5).map((x) => x[2]);
    expect(results.length).toBe(7);
    expect(results.every((x) => x === "Stämmer" || x === "Ej gjord")).toBe(true);
  });
});

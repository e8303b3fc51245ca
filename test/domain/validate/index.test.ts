import type { CellValue, RawSheet } from "../../../src/domain/model/raw";
import { parseBase } from "../../../src/domain/parse/base/parse-base";
import { validateBase } from "../../../src/domain/validate/index";
import { insats, workbook } from "./base-fixture";

function sheet(name: string, rows: CellValue[][]): RawSheet {
  return { name, origin: { row: 0, col: 0 }, values: rows };
}

describe("validateBase", () => {
  it("runs the cross-record rules on parseBase output and points period issues at the Period cell", () => {
    const { base, layout } = parseBase([
      sheet("Insatser", [
        ["Insats", "Typ", "Insatsägare", "Start", "Slut"],
        ["Pilot", "Förstudie", "Uppsala kommun", "2024-03-15", "2024-06-15"],
      ]),
      sheet("Budget", [
        ["Post", "Kategori", "År", "Budget"],
        ["Förvaltning", "Kostnad", 2024, 3822000],
      ]),
      sheet("Utfall", [
        ["Post", "Utfall", "Period"],
        ["Pilot", 115000, "2024-Q2"],
        ["Pilot", 5000, "2024-Q4"],
        ["Pilott", 1, "2024-Q2"],
      ]),
    ]);
    const issues = validateBase(base, layout);
    expect(issues.map((i) => [i.severity, i.code, i.sheet, i.cell])).toEqual([
      ["fel", "OKAND_POST", "Utfall", "A4"],
      ["varning", "PERIOD_UTANFOR_INSATS", "Utfall", "C3"],
    ]);
    expect(issues[0].message).toContain("Menade du 'Pilot'?");
  });

  it("finds duplicates in a base built elsewhere", () => {
    const issues = validateBase(workbook({ insatser: [insats("A", 2), insats("a", 3)] }));
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["DUBBLETT_INSATS", "A3"]]);
  });
});

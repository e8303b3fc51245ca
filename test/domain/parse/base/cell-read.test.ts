import type { Issue } from "../../../../src/domain/issues/issue";
import { CellReader } from "../../../../src/domain/parse/base/cell-read";
import { sheet } from "../sheet-helper";

describe("CellReader", () => {
  const s = sheet(
    "Blad",
    [
      ["Post", "Belopp", "Datum", "Period"],
      ["A", "12 tkr", 45473, "2024-Q2"],
      ["", "72 %", "2024-02-30", "2024-Q2"],
    ],
    { row: 9, col: 1 },
  );
  const issues: Issue[] = [];
  const reader = new CellReader(s, issues, { 0: "Post", 1: "Belopp", 2: "Datum", 3: "Period" });

  it("reads typed values; a unit in the text wins over the column's", () => {
    expect(reader.amount(1, 1, 1000)).toBe(12000);
    expect(reader.date(1, 2)).toBe("2024-06-30");
    expect(reader.period(1, 3)).toEqual({ from: "2024-04-01", to: "2024-06-30", label: "2024-Q2" });
    expect(reader.period(2, 3)).toBe(reader.period(1, 3));
    expect(issues).toEqual([]);
  });
  it("returns null and reports with the origin-adjusted address; undefined for empty optional cells", () => {
    expect(reader.text(2, 0)).toBeUndefined();
    expect(reader.text(2, 0, true)).toBeNull();
    expect(reader.amount(2, 1, 1, true)).toBeNull();
    expect(reader.date(2, 2)).toBeNull();
    expect(issues.map((i) => [i.severity, i.code, i.cell])).toEqual([
      ["fel", "SAKNAT_VARDE", "B12"],
      ["fel", "OLASBART_TAL", "C12"],
      ["varning", "OLASBART_DATUM", "D12"],
    ]);
    expect(issues[1].message).toContain("procentsats");
  });
});

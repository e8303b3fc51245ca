import { detectSheet } from "../../../../src/domain/detect/detect-sheet";
import { readMappedTable } from "../../../../src/domain/parse/mapped/table";
import type { Issue } from "../../../../src/domain/issues/issue";
import { sheet } from "../../detect/helpers";
import type { CellValue } from "../../../../src/domain/model/raw";

/**
 * A column that says on every row whether the amount is Budget or Utfall ("Projekt | Avser | Belopp", two rows per
 * insats) cannot be read as one amount column: before this check every amount was read as utfall and the "Avser"
 * words became insatser ("Utfall", "Utfall (2)" …) with no fel. Now it is a fel at the column's header and nothing
 * on the sheet is read, so no report shows a wrong kvot.
 */
const S2014: [string, number, number][] = [
  ["Jobbstöd", 1640, 1512],
  ["Framsteget", 2200, 2057],
  ["Lotsen", 980, 1011],
];

function twoRowsPerInsats(carryName: boolean): CellValue[][] {
  const rows: CellValue[][] = [["Projekt 2014 (tkr)"], ["Projekt", "Avser", "Belopp"]];
  for (const [namn, b, u] of S2014) rows.push([namn, "Budget", b], [carryName ? namn : null, "Utfall", u]);
  return rows;
}

describe("a measure per row (Budget/Utfall in a column of its own)", () => {
  it.each([
    ["two rows per insats, name on the first", twoRowsPerInsats(false)],
    ["two rows per insats, name on both", twoRowsPerInsats(true)],
    [
      "with a period column and Prognos",
      [
        ["Insats", "Mått", "År", "Belopp tkr"],
        ...S2014.flatMap(([n, b, u]) => [
          [n, "Budget", 2014, b],
          [n, "Utfall", 2014, u],
          [n, "Prognos", 2014, u + 10],
        ]),
      ] as CellValue[][],
    ],
  ])("%s: fel at the column's header, nothing read", (_name, rows) => {
    const s = sheet("Projekt", rows);
    const issues: Issue[] = [];
    const r = readMappedTable(s, detectSheet(s), issues);
    const fel = issues.filter((i) => i.code === "MATT_PER_RAD");
    expect(fel).toHaveLength(1);
    expect(fel[0].severity).toBe("fel");
    expect(fel[0].message).toMatch(/anger på varje rad om beloppet är budget, utfall eller prognos/);
    expect(r.utfall).toEqual([]);
    expect(r.budget).toEqual([]);
    expect(r.insatser).toEqual([]);
  });

  it("an owner column that happens to hold one measure-like word is not this layout", () => {
    const s = sheet("Projekt", [
      ["Projekt", "Budget 2014", "Utfall 2014", "Kommentar"],
      ["Jobbstöd", 1640, 1512, "Utfall prel."],
      ["Framsteget", 2200, 2057, null],
    ]);
    const issues: Issue[] = [];
    readMappedTable(s, detectSheet(s), issues);
    expect(issues.filter((i) => i.code === "MATT_PER_RAD")).toEqual([]);
  });
});

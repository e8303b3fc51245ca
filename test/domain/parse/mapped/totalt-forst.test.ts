import { runPipeline } from "../../../../src/domain/pipeline/pipeline";
import type { CellValue, RawSheet } from "../../../../src/domain/model/raw";

/**
 * A Totalt row directly under the header, before the insatser it sums (no empty row after it). Before: checked
 * against the rows above it — "Summaraden säger 17 727 tkr men raderna ovanför ger 0 tkr", two fel on clean data
 * (unseen.ts u05). A total with nothing above it sums the rows below it; a wrong one is still a fel at its cell.
 */
const FIG: [string, number, number][] = [
  ["Jobbstöd", 1640, 1512],
  ["Framsteget", 2200, 2057],
  ["Lotsen", 980, 1011],
];

function sheet(totalBudget: number, title: boolean): RawSheet {
  const rows: CellValue[][] = [
    ...(title ? [["Insatser 2021, tkr", null, null]] : []),
    ["Insats", "Budget 2021", "Utfall 2021"],
    ["Totalt", totalBudget, FIG.reduce((a, f) => a + f[2], 0)],
    ...FIG.map(([n, b, u]) => [n, b, u]),
  ];
  return { name: "Insatser", origin: { row: 0, col: 0 }, values: rows };
}

const run = (s: RawSheet) => runPipeline([s], { fran: "2021-01-01", till: "2021-12-31", idag: "2022-02-15" });
const budgetSum = FIG.reduce((a, f) => a + f[1], 0);

describe("a Totalt row first, without an empty row after it", () => {
  it.each([true, false])("agrees with the rows below it (title row: %s)", (title) => {
    const r = run(sheet(budgetSum, title));
    expect(r.issues.filter((i) => i.code === "SUMMA_STAMMER_INTE")).toEqual([]);
    const k = r.results.forbrukningskvot as { rader: { insats: string }[] };
    expect(k.rader.map((x) => x.insats)).toEqual(["Jobbstöd", "Framsteget", "Lotsen"]);
  });

  it("a wrong leading Totalt is still a fel at its cell", () => {
    const r = run(sheet(budgetSum + 7, false));
    const f = r.issues.filter((i) => i.code === "SUMMA_STAMMER_INTE");
    expect(f.map((i) => [i.severity, i.cell])).toContainEqual(["fel", "B2"]);
  });
});

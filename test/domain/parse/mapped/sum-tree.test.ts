import type { Issue } from "../../../../src/domain/issues/issue";
import { CellReader } from "../../../../src/domain/parse/base/cell-read";
import { SumTree } from "../../../../src/domain/parse/mapped/sum-tree";
import { sheet } from "../../detect/helpers";

function tree(rows: (string | number | null)[][]) {
  const issues: Issue[] = [];
  const s = sheet("S", rows);
  const reader = new CellReader(s, issues, { 1: "Budget" });
  return { t: new SumTree(reader, [1], [1000]), issues };
}

describe("SumTree", () => {
  it("accepts nested sums and a grand total of the sums (Uppsala driftsredovisning)", () => {
    const { t, issues } = tree([
      ["a", 100],
      ["b", 50],
      ["Summa", 150],
      ["c", -30],
      ["d", -20],
      ["e", -10],
      ["Summa", -60],
      ["Totalt", 90],
    ]);
    t.data(0);
    t.data(1);
    t.sum(2);
    t.heading();
    t.data(3);
    t.heading();
    t.data(4);
    t.data(5);
    t.sum(6);
    t.sum(7);
    expect(issues).toEqual([]);
  });

  it("reports a sum that matches nothing, in the written unit (Mölndal: −17 703 against −17 705)", () => {
    const { t, issues } = tree([
      ["a", -17_000],
      ["b", -705],
      ["Summa kostnader", -17_703],
    ]);
    t.data(0);
    t.data(1);
    t.sum(2);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["SUMMA_STAMMER_INTE", "B3"]]);
    expect(issues[0].message).toContain("−17\u00a0703 tkr");
    expect(issues[0].message).toContain("−17\u00a0705 tkr");
  });

  it("a leading total replaces its rows, and outer sums count it once (Ekonomisk information)", () => {
    const { t, issues } = tree([
      ["Förvaltning", 800],
      ["Samverkansinsatser", 300],
      ["x", 100],
      ["y", 200],
      ["S:a", 300],
      ["S:A KOSTNADER", 1100],
    ]);
    t.data(0);
    t.lead(1, 3);
    t.data(2);
    t.data(3);
    t.after(3);
    t.sum(4);
    t.sum(5);
    expect(issues).toEqual([]);
  });

  it("agreesSomewhere tells an unlabelled total from a data row", () => {
    const { t } = tree([
      ["a", 1],
      ["b", 2],
      [null, 3],
      [null, 7],
    ]);
    t.data(0);
    t.data(1);
    expect(t.agreesSomewhere(2)).toBe(true);
    expect(t.agreesSomewhere(3)).toBe(false);
  });

  it("sum returns how many data rows it covers, through nested sums and leading totals (the avvikelse rounding tolerance)", () => {
    const { t, issues } = tree([
      ["a", 100],
      ["b", 50],
      ["Summa", 150],
      ["Samverkansinsatser", 30],
      ["c", 10],
      ["d", 20],
      ["Totalt", 180],
    ]);
    t.data(0);
    t.data(1);
    expect(t.sum(2)).toBe(2);
    t.heading();
    t.lead(3, 5);
    t.data(4);
    t.data(5);
    t.after(5);
    expect(t.sum(6)).toBe(4);
    expect(issues).toEqual([]);
  });
});

import { detectSheet } from "../../../src/domain/detect/detect-sheet";
import { readMappedTable } from "../../../src/domain/parse/mapped/table";
import type { Issue } from "../../../src/domain/issues/issue";
import { measureWord } from "../../../src/domain/template/vocabulary";
import { sheet } from "./helpers";

/**
 * A column in per cent beside the amounts (issue 14 pattern 2: "Avvikelse %", "Förbrukat i procent") is a ratio:
 * never read as an amount, so its "15%" cells give no "not a number" finding and it never feeds a sum check.
 */
describe("per-cent columns are ratios, not amounts", () => {
  it.each(["Avvikelse %", "Avvikelse i procent", "Avv %", "Utfall/budget %", "Förbrukat %", "Diff % mot budget"])("%s → kvot", (h) => {
    expect(measureWord(h)).toBe("kvot");
  });

  it.each(["Avvikelse", "Utfall jan-jun", "Budget 2024", "Diff mot budget"])("%s is not a ratio", (h) => {
    expect(measureWord(h)).not.toBe("kvot");
  });

  it.each([
    ["Avvikelse %", ["15%", "-28%", "-2%"]],
    ["Avvikelse i procent", ["15 %", "-28 %", "-2 %"]],
    ["Avv. %", [0.15, -0.28, -0.02]],
  ])("a table with %s beside Budget, Utfall and Avvikelse reads without a finding on that column", (header, pct) => {
    const s = sheet("Uppföljning", [
      ["Uppföljning 2024-06-30 (tkr)"],
      ["Post", "Budget", "Utfall", "Avvikelse", header],
      ["Förvaltning", "-1 911", "-2 202", "-291", pct[0]],
      ["Jobbcentrum", "-1 326", "-955", "371", pct[1]],
      ["Summa", "-3 237", "-3 157", "80", pct[2]],
    ]);
    const m = detectSheet(s);
    const col = m.columns?.find((c) => c.header === header);
    expect(col?.role === "belopp" ? col.measure : "ignorerad").not.toMatch(/utfall|budget|avvikelse|prognos/);
    const issues: Issue[] = [];
    readMappedTable(s, m, issues);
    expect(issues.filter((i) => i.cell?.startsWith("E")).map((i) => `${i.code} ${i.cell}`)).toEqual([]);
    expect(issues.filter((i) => i.code === "OLASBART_TAL" || i.code === "SUMMA_STAMMER_INTE")).toEqual([]);
  });
});

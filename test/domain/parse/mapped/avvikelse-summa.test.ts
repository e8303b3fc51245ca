import { detectSheet } from "../../../../src/domain/detect/detect-sheet";
import { readMappedTable } from "../../../../src/domain/parse/mapped/table";
import type { Issue } from "../../../../src/domain/issues/issue";
import { sheet } from "../../detect/helpers";
import { AVVIKELSE_CASES } from "./avvikelse-corpus";

const CHECKED = new Set(["SUMMA_STAMMER_INTE", "AVVIKELSE_STAMMER_INTE"]);

describe("sum rows of a table with its own Avvikelse column (domain.md §3.2): avvikelse = the sum row's Utfall − Budget", () => {
  it.each(AVVIKELSE_CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const issues: Issue[] = [];
    const s = sheet(c.sheetName, c.rows);
    readMappedTable(s, detectSheet(s), issues);
    const found = issues.filter((i) => CHECKED.has(i.code));
    expect(found.map((i) => [i.code, i.sheet, i.cell])).toEqual(c.expect.map(([code, cell]) => [code, c.sheetName, cell]));
    c.expect.forEach(([, cell, contains], k) => {
      if (contains) expect(found[k].message).toContain(contains);
      if (contains?.startsWith("Avvikelsen på summaraden")) expect(found[k].message).toContain(`bladet ${c.sheetName}, cell ${cell}`);
    });
  });
});

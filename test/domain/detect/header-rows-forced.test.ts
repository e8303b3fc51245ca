import { detectSheet, detectSheetAs } from "../../../src/domain/detect";
import { findHeaderRows } from "../../../src/domain/detect/header-rows";
import { summaryAbove } from "../../fixtures/layouts/kvot/edits";
import { LAYOUT_CORPUS } from "../../fixtures/layouts/corpus";

/** The header row the user gives in the mapping (issue 14, the way out) is taken as is by detection. */

it("findHeaderRows takes the given field row instead of the best-scoring one; a row outside the sheet gives null", () => {
  const { sheet, headerRow } = summaryAbove();
  expect(findHeaderRows(sheet, 2024)?.row).not.toBe(headerRow - 1);
  const forced = findHeaderRows(sheet, 2024, headerRow - 1);
  expect(forced).toMatchObject({ row: headerRow - 1, dataStart: headerRow, keys: { post: 0, agare: 1 } });
  expect(findHeaderRows(sheet, 2024, 99)).toBeNull();
  expect(findHeaderRows(sheet, 2024, -1)).toBeNull();
});

it("detectSheet and detectSheetAs read the columns from the given Excel row", () => {
  const { sheet, headerRow } = summaryAbove();
  const m = detectSheet(sheet, headerRow);
  expect(m).toMatchObject({ kind: "utfall", headerRow });
  expect(m.columns.map((c) => [c.column, c.role === "belopp" ? `belopp:${c.measure}` : c.role])).toEqual([
    ["A", "post"],
    ["B", "agare"],
    ["C", "belopp:budget"],
    ["D", "belopp:utfall"],
  ]);
  expect(detectSheetAs(sheet, "utfall", headerRow).headerRow).toBe(headerRow);
});

it("giving the row detection found keeps its two-row header (Uppsala 2021: Q3 - Q4 2021 over Utfall TSEK)", () => {
  const sheet = LAYOUT_CORPUS.find((c) => c.id === "uppsala-2021-prognos-och-utfall")!.sheets()[0];
  const auto = detectSheetAs(sheet, "utfall");
  expect(auto.headerRows).toBe(2);
  const again = detectSheetAs(sheet, "utfall", auto.headerRow);
  expect(again).toMatchObject({ headerRow: auto.headerRow, headerRows: 2, extraHeaderRow: auto.extraHeaderRow, columns: auto.columns });
});

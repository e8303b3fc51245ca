import { findHeaderRows } from "../../../src/domain/detect/header-rows";
import { runPipeline } from "../../../src/domain/pipeline/pipeline";
import type { CellValue, RawSheet } from "../../../src/domain/model/raw";

/**
 * A unit row under the header ("(tkr) | (tkr) | (%)"), as a kommun ekonom writes it under "Budget | Utfall |
 * Förbrukat". Before: the unit row was read as data and "Förbrukat" as a second utfall column — DUBBLETT_KOLUMN,
 * INGET_UNDERLAG, no kvot at all (unseen.ts u01). The unit row belongs to the header: its units name the columns'
 * units, and "(%)" makes Förbrukat a per-cent column, not an amount.
 */
const FIG: [string, number, number][] = [
  ["Jobbstöd", 1640, 756],
  ["Framsteget", 2200, 1210],
];

function threeRows(): RawSheet {
  const rows: CellValue[][] = [
    ["Insats", "Helår 2024", "Januari–juni 2024", null, null],
    [null, "Budget", "Budget", "Utfall", "Förbrukat"],
    [null, "(tkr)", "(tkr)", "(tkr)", "(%)"],
    ...FIG.map(([n, b, u]) => [n, b, b / 2, u, Math.round((u / (b / 2)) * 100)]),
  ];
  return { name: "Uppföljning", origin: { row: 0, col: 0 }, values: rows };
}

function twoRows(): RawSheet {
  const rows: CellValue[][] = [
    ["Insats", "Budget 2024", "Utfall jan-jun 2024", "Förbrukat"],
    [null, "tkr", "tkr", "%"],
    ...FIG.map(([n, b, u]) => [n, b, u, Math.round((u / (b / 2)) * 100)]),
  ];
  return { name: "Uppföljning", origin: { row: 0, col: 0 }, values: rows };
}

describe("a unit row under the header", () => {
  it("is part of the header, not data", () => {
    const h = findHeaderRows(threeRows(), 2024);
    expect(h?.dataStart).toBe(3);
    expect(h?.texts[4]).toMatch(/%/);
  });

  it.each([
    ["three header rows", threeRows],
    ["field row and unit row", twoRows],
  ])("%s: kvoter on the period's budget, Förbrukat not read as utfall", (_, make) => {
    const r = runPipeline([make()], { fran: "2024-01-01", till: "2024-06-30", idag: "2024-08-15" });
    expect(r.issues.filter((i) => i.severity === "fel").map((i) => `${i.code} ${i.cell} ${i.message}`)).toEqual([]);
    const k = r.results.forbrukningskvot as { rader: { insats: string; kvot?: number }[] } | undefined;
    expect(Object.fromEntries((k?.rader ?? []).map((x) => [x.insats, Math.round((x.kvot ?? 0) * 100)]))).toEqual({
      Jobbstöd: 92,
      Framsteget: 110,
    });
  });
});

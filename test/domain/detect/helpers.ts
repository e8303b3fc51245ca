import type { CellValue, RawSheet } from "../../../src/domain/model/raw";

/** A RawSheet from rows (ragged rows padded with null). */
export function sheet(name: string, rows: CellValue[][], origin = { row: 0, col: 0 }): RawSheet {
  const width = Math.max(1, ...rows.map((r) => r.length));
  return { name, origin, values: rows.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]) };
}

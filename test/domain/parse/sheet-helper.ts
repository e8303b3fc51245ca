import type { CellValue, RawSheet } from "../../../src/domain/model/raw";

/** A RawSheet from rows (ragged rows are padded with null to a rectangle). */
export function sheet(name: string, rows: CellValue[][], origin = { row: 0, col: 0 }): RawSheet {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const values = rows.map((r) => {
    const out = r.slice();
    while (out.length < width) out.push(null);
    return out;
  });
  return { name, origin, values };
}

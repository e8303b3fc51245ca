import type { CellValue, RawSheet } from "../model/raw";
import type { UnitSource } from "../model/mapping";
import { unitInText } from "../text/units";
import { parseSvNumber } from "../text/sv-number";
import { TKR_MEDIAN_LIMIT } from "./analyze-table";

/**
 * Unit of the amounts of a pivot layout (measure-rows.ts, transposed.ts), as analyze-table.ts decides it for a
 * column: the unit written in the given header texts ("Belopp tkr", "Amount (SEK thousands)") → "rubrik"; else one
 * in a title row above the header or the sheet's name → "titel"; else from the size of the amounts (median below
 * 20 000 = tkr, TKR_MEDIAN_LIMIT) → "gissad", which the reader reports as ENHET_GISSAD.
 */
export function pivotUnit(
  sheet: RawSheet,
  headerRow: number,
  ownTexts: readonly CellValue[],
  amounts: readonly CellValue[],
): { factor: number; unitSource: UnitSource } {
  for (const t of ownTexts) {
    const u = unitInText(typeof t === "string" ? t : null);
    if (u !== undefined) return { factor: u, unitSource: "rubrik" };
  }
  for (const t of [...sheet.values.slice(0, Math.max(0, headerRow)).flat(), sheet.name]) {
    const u = unitInText(typeof t === "string" ? t : null);
    if (u !== undefined) return { factor: u, unitSource: "titel" };
  }
  const xs: number[] = [];
  for (const v of amounts) {
    const p = parseSvNumber(v ?? null);
    if (p.kind === "number" && p.value !== 0 && p.unitFactor === undefined) xs.push(Math.abs(p.value));
  }
  xs.sort((a, b) => a - b);
  const median = xs.length > 0 ? xs[Math.floor(xs.length / 2)] : undefined;
  return { factor: median !== undefined && median < TKR_MEDIAN_LIMIT ? 1000 : 1, unitSource: "gissad" };
}

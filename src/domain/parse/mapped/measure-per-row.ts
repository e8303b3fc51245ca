import { issue, type Issue } from "../../issues/issue";
import type { RawSheet } from "../../model/raw";
import { cellAddress, normalizeHeader } from "../../text/header";
import type { MappedColumns } from "./columns";

/** Cell words that name what an amount is: the measure written on the row instead of in the header. */
const MEASURE_CELLS: Record<string, string> = {
  budget: "budget",
  arsbudget: "budget",
  budgeterat: "budget",
  utfall: "utfall",
  utfallt: "utfall",
  bokfort: "utfall",
  actual: "utfall",
  prognos: "prognos",
  forecast: "prognos",
};

/**
 * "Projekt | Avser | Belopp" with the rows "Jobbstöd | Budget | 1 640" and "| Utfall | 1 512": a column whose cells say
 * on every row whether the amount is budget, utfall or prognos (at least two of them, on at least two rows, and
 * nothing else in the column) that the mapping does not map as `matt` (a saved or edited mapping; detection maps it,
 * detect/measure-rows.ts, and measure-view.ts reads it). Read through such a mapping the sheet would be utfall only,
 * with the "Avser" words taken as names. Returns a fel at that column's header, or null.
 */
export function measurePerRowIssue(sheet: RawSheet, mc: MappedColumns): Issue | null {
  const amountCols = new Set(mc.amounts.map((a) => a.c));
  const width = Math.max(0, ...sheet.values.map((r) => r?.length ?? 0));
  for (let c = 0; c < width; c++) {
    if (amountCols.has(c)) continue;
    const seen = new Set<string>();
    let rows = 0;
    let other = false;
    for (let r = mc.dataStart; r < sheet.values.length && !other; r++) {
      const v = sheet.values[r]?.[c];
      if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) continue;
      const m = typeof v === "string" ? MEASURE_CELLS[normalizeHeader(v)] : undefined;
      if (m === undefined) other = true;
      else {
        seen.add(m);
        rows++;
      }
    }
    if (other || rows < 2 || seen.size < 2) continue;
    const header = String(sheet.values[mc.headerRow]?.[c] ?? "").trim();
    const at = cellAddress(sheet, mc.headerRow, c);
    return issue(
      "fel",
      "MATT_PER_RAD",
      sheet.name,
      at,
      `Kolumnen ${header || at} anger på varje rad om beloppet är budget, utfall eller prognos, men mappningen läser den inte så. ` +
        `Ange kolumnen som "Mått på raden" i mappningen (eller låt Finsam känna igen bladet på nytt), så läses raderna som budget, ` +
        `utfall och prognos per insats. Bladet används inte förrän dess, så att inga rapporter bygger på fel tal.`,
    );
  }
  return null;
}

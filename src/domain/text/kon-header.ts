import type { CellValue, RawSheet } from "../model/raw";
import { normalizeHeader } from "./header";

/** Kön columns of a published follow-up table: K, M and S:a (or Kvinnor, Män, Totalt). */
export type TabellKon = "K" | "M" | "S";

const K = new Set(["k", "kvinnor", "kvinna", "kv"]);
const M = new Set(["m", "man"]); // "Män" and "Man" normalise to "man"
const THIRD = new Set(["sa", "s", "tot", "totalt", "summa", "total", "alla"]);
const MAX_SCAN_ROWS = 500;

/** Column pairs/triples of a K/M header row; empty when the row is not one. */
export function konGroups(row: readonly CellValue[]): { kon: TabellKon; col: number }[][] {
  const norm = row.map((v) => normalizeHeader(v));
  const groups: { kon: TabellKon; col: number }[][] = [];
  for (let c = 0; c + 1 < norm.length; c++) {
    if (!K.has(norm[c]) || !M.has(norm[c + 1])) continue;
    const g: { kon: TabellKon; col: number }[] = [
      { kon: "K", col: c },
      { kon: "M", col: c + 1 },
    ];
    if (THIRD.has(norm[c + 2] ?? "")) g.push({ kon: "S", col: c + 2 });
    groups.push(g);
    c += g.length - 1;
  }
  return groups;
}

/** True when the sheet has a K/M header row among its first rows (cheap test before parsing). */
export function looksLikeUppfoljningstabell(sheet: RawSheet): boolean {
  const n = Math.min(sheet.values.length, MAX_SCAN_ROWS);
  for (let r = 0; r < n; r++) if (konGroups(sheet.values[r] ?? []).length > 0) return true;
  return false;
}

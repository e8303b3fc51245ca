import type { CellValue, RawSheet } from "../model/raw";

const THOUSANDS_RE = /(?:^|[^a-zåäö])(tkr|tsek|tsk|ksek|tusentals kronor|tusen kronor|sek thousands?|thousands? (?:of )?sek)(?![a-zåäö])/i;
const MILLIONS_RE = /(?:^|[^a-zåäö])(mkr|msek|mnkr|miljoner kronor)(?![a-zåäö])/i;
const KRONOR_RE = /(?:^|[^a-zåäö])(kr|sek|kronor)(?![a-zåäö])/i;

/** Unit factor named in a text: "Utfall TSEK" / "belopp i tkr" → 1000, "mkr" → 1 000 000, "kr" → 1; undefined when none. */
export function unitInText(text: CellValue | undefined): number | undefined {
  if (typeof text !== "string" || text === "") return undefined;
  if (THOUSANDS_RE.test(text)) return 1000;
  if (MILLIONS_RE.test(text)) return 1e6;
  if (KRONOR_RE.test(text)) return 1;
  return undefined;
}

/**
 * Factor that turns the amounts of column `col` into kronor: the unit in its header cell ("Utfall TSEK" → 1000),
 * else a unit named in a title row above the header ("Driftsredovisning (belopp i TSEK)" → 1000), else 1 (kronor).
 */
export function columnUnitFactor(sheet: RawSheet, headerRow: number, col: number): number {
  const own = unitInText(sheet.values[headerRow]?.[col]);
  if (own !== undefined) return own;
  for (let r = headerRow - 1; r >= 0; r--) {
    const row = sheet.values[r] ?? [];
    for (const v of row) {
      const u = unitInText(v);
      if (u !== undefined) return u;
    }
  }
  return 1;
}

const SCALING_FORMAT_RE = /[0#],(?:[^0#.]|$)/;
const scalingCache = new Map<string, boolean>();

/**
 * True when a number format divides by 1000 for display (`#,##0,` or `#,##0, "tkr"`): the cell then holds
 * KRONOR even if the header says tkr, so no unit factor may be applied.
 */
export function isScalingFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  let hit = scalingCache.get(format);
  if (hit === undefined) {
    const withoutQuoted = format.replace(/"[^"]*"/g, "").split(";")[0];
    hit = SCALING_FORMAT_RE.test(withoutQuoted);
    scalingCache.set(format, hit);
  }
  return hit;
}

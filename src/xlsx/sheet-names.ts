/**
 * Names for what the .xlsx host creates. Sheet names come from the shared pure rules in
 * src/domain/plan/sheet-names.ts (the Excel host uses the same), re-exported here.
 */
export { uniqueSheetName, toSheetName as sanitizeSheetName } from "../domain/plan/sheet-names";

/**
 * A valid, workbook-unique Excel table name from `wanted`: letters, digits, "_" and "."; starts
 * with a letter or "_"; not a cell reference like "A1" or "R1C1"; "Tabell" when nothing is left;
 * then "_2", "_3", … until it is not in `taken` (case-insensitive).
 */
export function uniqueTableName(wanted: string, taken: Iterable<string>): string {
  const used = new Set<string>();
  for (const t of taken) used.add(t.toLowerCase());
  let base = wanted
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9_.]/g, "_")
    .slice(0, 200);
  if (!/^[A-Za-z_]/.test(base)) base = `T_${base}`;
  if (/^[A-Za-z]{1,3}\d+$/.test(base) || /^[RrCc]\d*([RrCc]\d*)?$/.test(base)) base = `T_${base}`;
  if (base.replace(/_/g, "") === "" || base === "T_") base = "Tabell";
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}_${n}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

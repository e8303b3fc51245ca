/**
 * THE Excel table-name sanitiser (the Excel host, the .xlsx host and the report plans all use it).
 * Excel's rule: 1–255 characters; a letter, "_" or "\" first, then letters, digits, "_" and "."; not a
 * cell reference ("A1", "XFD1048576", "R2C3", "R", "C"); unique in the workbook, case-insensitively.
 * We write only ASCII letters so every Excel build and ExcelJS accept the name.
 */

export const MAX_TABLE_NAME_LENGTH = 255;
const FALLBACK = "Tabell";

/** "A1", "XFD1048576", "R", "C", "R2C3", "RC": what Excel would read as a cell reference. */
function looksLikeReference(s: string): boolean {
  return /^[A-Za-z]{1,3}\d+$/.test(s) || /^[RrCc]$/.test(s) || /^[Rr]\d*[Cc]\d*$/.test(s);
}

/**
 * A valid table name from `parts` joined by "_": diacritics dropped (å→a, ö→o), every run of other
 * characters → "_", "_" trimmed at both ends; "T_" before a name that starts with a digit or "." or
 * looks like a cell reference; "Tabell" when nothing is left; at most 255 characters.
 * "Förbrukningskvot 2024-06-30" → "Forbrukningskvot_2024_06_30"; "2024" → "T_2024"; "R2C3" → "T_R2C3".
 */
export function toTableName(...parts: string[]): string {
  let s = parts
    .join("_")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9_.]+/g, "_")
    .replace(/_+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (s === "") return FALLBACK;
  if (!/^[A-Za-z_]/.test(s) || looksLikeReference(s)) s = `T_${s}`;
  return s.slice(0, MAX_TABLE_NAME_LENGTH);
}

/**
 * `toTableName(desired)`, then "_2", "_3" … (the name cut so the suffix fits in 255) until no name in
 * `taken` equals it case-insensitively. Does not change `taken`.
 */
export function uniqueTableName(desired: string, taken: Iterable<string>): string {
  const used = new Set<string>();
  for (const t of taken) used.add(t.toLowerCase());
  const base = toTableName(desired);
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = `_${i}`;
    const name = `${base.slice(0, MAX_TABLE_NAME_LENGTH - suffix.length)}${suffix}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/**
 * Excel sheet-name rules: 1–31 characters, none of [ ] : * ? / \, not starting or ending with an
 * apostrophe, not the reserved name "History"; names compare case-insensitively.
 */

export const MAX_SHEET_NAME_LENGTH = 31;

const FORBIDDEN = /[[\]:*?/\\]/g;
const RESERVED = new Set(["history"]);

/** True when Excel accepts `name` as a sheet name. */
export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_SHEET_NAME_LENGTH &&
    !/[[\]:*?/\\]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.trim().length > 0 &&
    !RESERVED.has(name.toLowerCase())
  );
}

/**
 * A valid sheet name made from `desired`: forbidden characters become "-", leading/trailing
 * apostrophes and spaces are removed, the result is cut to 31 characters; empty → "Blad".
 */
export function toSheetName(desired: string): string {
  let s = desired.replace(FORBIDDEN, "-").replace(/[\u0000-\u001f]/g, " ");
  s = s.replace(/^['\s]+|['\s]+$/g, "");
  s = s.slice(0, MAX_SHEET_NAME_LENGTH).replace(/['\s]+$/g, "");
  if (s === "" || RESERVED.has(s.toLowerCase())) s = s === "" ? "Blad" : `${s} 1`;
  return s;
}

/**
 * A valid name from `desired` that differs (case-insensitively) from every name in `existing`:
 * "Förbrukningskvot 2024-06-30", then "… (2)", "… (3)" — cut so the suffix still fits in 31 characters.
 */
export function uniqueSheetName(desired: string, existing: readonly string[]): string {
  const base = toSheetName(desired);
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = `${base.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length).replace(/['\s]+$/g, "")}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** "Förbrukningskvot" + "2024-06-30" → "Förbrukningskvot 2024-06-30" (valid, ≤ 31 characters). */
export function reportSheetName(rapport: string, suffix?: string): string {
  return toSheetName(suffix ? `${rapport} ${suffix}` : rapport);
}

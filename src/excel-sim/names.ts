/**
 * Excel's naming rules as the simulated Excel enforces them.
 * Sheet: 1–31 characters, not blank, none of [ ] : * ? / \, no leading/trailing apostrophe,
 * not "History"; unique case-insensitively. Table: letter/underscore/backslash first, then letters,
 * digits, underscores, periods; ≤ 255; not a cell reference; unique in the workbook case-insensitively.
 */

/** Case-insensitive key Excel uses to compare sheet and table names. */
export function nameKey(name: string): string {
  return name.toLocaleLowerCase("sv");
}

/** Null when `name` is a valid sheet name, else the reason. */
export function sheetNameProblem(name: unknown): string | null {
  if (typeof name !== "string") return "The sheet name must be a string.";
  if (name.trim() === "") return "The sheet name cannot be blank.";
  if (name.length > 31) return "The sheet name cannot be longer than 31 characters.";
  if (/[[\]:*?/\\]/.test(name)) return "The sheet name cannot contain any of these characters: [ ] : * ? / \\";
  if (name.startsWith("'") || name.endsWith("'")) return "The sheet name cannot begin or end with an apostrophe.";
  if (nameKey(name) === "history") return "'History' is a reserved sheet name.";
  return null;
}

/** Null when `name` is a valid table name, else the reason. */
export function tableNameProblem(name: unknown): string | null {
  if (typeof name !== "string" || name === "") return "The table name cannot be empty.";
  if (name.length > 255) return "The table name cannot be longer than 255 characters.";
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return "The table name contains characters that aren't allowed.";
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name))
    return "The table name cannot look like a cell reference.";
  return null;
}

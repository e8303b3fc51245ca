/**
 * Excel ties a formula's reference to the worksheet OBJECT, not to its name:
 *  - renaming a sheet rewrites every reference to it in every formula of the workbook
 *    (`='Förbrukningskvot 2024-06-30'!F12` becomes `='~finsam-x-g1'!F12`);
 *  - deleting a sheet turns every reference to it into `#REF!` for good (`=#REF!F12`), and no
 *    later sheet with the old name brings it back.
 * Sources: "Rename a worksheet" / "Delete a worksheet" in Excel's help (references follow the sheet,
 * a deleted sheet's references become #REF!), and the Office.js docs for `Worksheet.name`
 * (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-name-member),
 * which is the same operation as a rename in the UI. Chart series follow the sheet object too
 * (ChartState.source holds the sheet itself).
 */
import { nameKey } from "./names";

/** `name` as Excel writes it in a reference: quoted unless it is a plain identifier. */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

const PREFIX = /('(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!/uy;
const REF_AFTER = /\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?/y;

/**
 * `formula` with every reference to the sheet `oldName` pointing at `newName`, or — when
 * `newName` is null (the sheet was deleted) — replaced by `#REF!` followed by the cell part.
 * Text inside string literals is left alone. Returns the formula unchanged when nothing matched.
 */
export function rewriteSheetRefs(formula: string, oldName: string, newName: string | null): string {
  let out = "";
  let i = 0;
  const old = nameKey(oldName);
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const end = formula.indexOf('"', i + 1);
      let j = end < 0 ? formula.length : end + 1;
      while (j < formula.length && formula[j] === '"') {
        const next = formula.indexOf('"', j + 1);
        j = next < 0 ? formula.length : next + 1;
      }
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    const before = i === 0 ? "" : formula[i - 1];
    PREFIX.lastIndex = i;
    const m = /[\p{L}\p{N}_.']/u.test(before) ? null : PREFIX.exec(formula);
    if (m) {
      const raw = m[1];
      const name = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
      if (nameKey(name) === old) {
        out += newName === null ? "#REF!" : `${quoteSheetName(newName)}!`;
        i = PREFIX.lastIndex;
        if (newName === null) {
          REF_AFTER.lastIndex = i;
          const r = REF_AFTER.exec(formula);
          if (r) {
            out += r[0];
            i = REF_AFTER.lastIndex;
          }
        }
        continue;
      }
      out += m[0];
      i = PREFIX.lastIndex;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

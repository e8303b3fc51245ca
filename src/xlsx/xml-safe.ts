import type * as ExcelJS from "exceljs";

/**
 * Characters XML 1.0 forbids (C0 controls except tab, newline and carriage return; U+FFFE, U+FFFF; lone
 * surrogates). ExcelJS decodes Excel's escape "_xFFFF_" in a cell to the character itself and writes it back
 * raw, which makes the copy an invalid file that neither Excel nor Finsam can open. Before writing, every such
 * character is written as Excel's own escape again ("_x001B_", "_xFFFF_"), so the text survives unchanged.
 */
const FORBIDDEN_SOURCE =
  "[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\ufffe\\uffff]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]";
const FORBIDDEN = new RegExp(FORBIDDEN_SOURCE, "g");
const HAS_FORBIDDEN = new RegExp(FORBIDDEN_SOURCE);

/** The text with every character XML forbids written as Excel's "_xHHHH_" escape. */
export function xmlSafeText(s: string): string {
  return s.replace(FORBIDDEN, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

function safeValue(v: ExcelJS.CellValue): ExcelJS.CellValue | undefined {
  if (typeof v === "string") return HAS_FORBIDDEN.test(v) ? xmlSafeText(v) : undefined;
  if (v === null || typeof v !== "object" || v instanceof Date) return undefined;
  const o = v as unknown as Record<string, unknown>;
  let changed = false;
  const copy: Record<string, unknown> = { ...o };
  if (Array.isArray(o.richText)) {
    const rich = (o.richText as { text: string }[]).map((r) =>
      typeof r.text === "string" && HAS_FORBIDDEN.test(r.text) ? { ...r, text: xmlSafeText(r.text) } : r,
    );
    if (rich.some((r, i) => r !== (o.richText as unknown[])[i])) {
      copy.richText = rich;
      changed = true;
    }
  }
  for (const k of ["text", "result", "hyperlink", "formula"]) {
    const x = o[k];
    if (typeof x === "string" && xmlSafeText(x) !== x) {
      copy[k] = xmlSafeText(x);
      changed = true;
    } else if (k === "text" && x !== null && typeof x === "object") {
      const inner = safeValue(x as ExcelJS.CellValue);
      if (inner !== undefined) {
        copy[k] = inner;
        changed = true;
      }
    }
  }
  return changed ? (copy as unknown as ExcelJS.CellValue) : undefined;
}

/** Rewrites, in place, every cell (and cell note) of the workbook whose text holds a character XML forbids. Returns how many. */
export function makeWorkbookXmlSafe(wb: ExcelJS.Workbook): number {
  let n = 0;
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if ((cell.type as number) === 1) return; // merged-away cell
        const safe = safeValue(cell.value);
        if (safe !== undefined) {
          cell.value = safe;
          n++;
        }
        const note = cell.note;
        if (typeof note === "string" && xmlSafeText(note) !== note) {
          cell.note = xmlSafeText(note);
          n++;
        }
      });
    });
  }
  return n;
}

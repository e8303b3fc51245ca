import type * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { sheetParts } from "./charts/package";
import { rootEnd, topLevelChildren } from "./charts/xml-scan";

/**
 * Vertical page breaks (a report wider than one printed page, PageSetupPlan.columnBreaks). ExcelJS writes row
 * breaks but no column breaks: applyPageSetup queues them against the worksheet and workbookToXlsx adds
 * `<colBreaks count manualBreakCount><brk id max="1048575" man="1"/></colBreaks>` to the sheet XML, where
 * CT_Worksheet puts it — right after rowBreaks, before customProperties, cellWatches, ignoredErrors, smartTags,
 * drawing and the rest (ECMA-376 Part 1, 18.3.1.99). `id` is the 0-based column the new page starts with
 * (the break lies after the 1-based column `id`), the same as Excel writes.
 */

const queued = new WeakMap<ExcelJS.Worksheet, number[]>();

/** Elements that follow <colBreaks> in CT_Worksheet. */
const AFTER_COL_BREAKS = new Set([
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

/** Queues vertical page breaks (0-based columns that start a page) for `ws`; written by workbookToXlsx. */
export function queueColumnBreaks(ws: ExcelJS.Worksheet, columns: readonly number[]): void {
  const valid = [...new Set(columns.filter((c) => Number.isInteger(c) && c > 0 && c < 16384))].sort((a, b) => a - b);
  if (valid.length > 0) queued.set(ws, valid);
  else queued.delete(ws);
}

/** The sheet XML with `<colBreaks>` for `columns` in schema order (unchanged when it has colBreaks already). */
export function withColumnBreaks(sheetXml: string, columns: readonly number[]): string {
  const brks = columns.map((c) => `<brk id="${c}" max="1048575" man="1"/>`).join("");
  const element = `<colBreaks count="${columns.length}" manualBreakCount="${columns.length}">${brks}</colBreaks>`;
  const children = topLevelChildren(sheetXml);
  if (children.some((c) => c.name === "colBreaks")) return sheetXml;
  const before = children.find((c) => AFTER_COL_BREAKS.has(c.name));
  const at = before ? before.start : rootEnd(sheetXml);
  return `${sheetXml.slice(0, at)}${element}${sheetXml.slice(at)}`;
}

/** The package with the queued column breaks of the workbook's sheets written into their sheet XML. */
export async function addColumnBreaksToPackage(bytes: Uint8Array, wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const todo = wb.worksheets.filter((ws) => queued.has(ws)).map((ws) => ({ name: ws.name, columns: queued.get(ws)! }));
  if (todo.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const parts = await sheetParts(zip);
  for (const { name, columns } of todo) {
    const path = parts.get(name);
    const xml = path ? await zip.file(path)?.async("string") : undefined;
    if (path && xml !== undefined) zip.file(path, withColumnBreaks(xml, columns));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

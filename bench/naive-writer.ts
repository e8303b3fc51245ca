/**
 * The naive way to write the same output sheets, for comparison: what an add-in written like a VBA
 * macro does — one range per row, `await context.sync()` after every row, through the same Excel
 * JavaScript API (here the simulated Excel). Per plan: add the sheet (1 sync); every row's values
 * or formulas (1 sync each); every styled row's number format and font/fill (1 sync each); column
 * widths, freeze panes, tables and conditional formats (1 sync each).
 * On Excel on the web every sync is a network round trip, so the sync count is what users wait for.
 * Calculation is set to Manual during the write (and back to Automatic in the last sync): the
 * simulator recalculates the whole workbook after every changing sync, where real Excel recalculates
 * only dirty cells, so without this the naive numbers would be dominated by the simulator, not the
 * add-in — the comparison stays conservative (it favours the naive writer).
 */
import { a1Range, parseRange, type CellStyle, type SheetPlan } from "../src/domain/model";
import { toExcelInput } from "../src/excel/blocks";
import { cfFormula } from "../src/excel/cf-formula";
import type { ExcelApi, ExcelRangeFormat, ExcelWorksheet } from "../src/excel/office-api";

export interface NaiveWriteReport {
  syncs: number;
  sheets: string[];
}

/** Rows of a style range, clamped like the host does for whole columns ("C:E"). */
function styleRows(style: CellStyle, rowCount: number): { row1: number; row2: number; col1: number; col2: number } | null {
  const cols = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(style.range.trim());
  return cols ? parseRange(`${cols[1]}1:${cols[2]}${Math.max(1, rowCount)}`) : parseRange(style.range.replace(/\$/g, ""));
}

function applyFormat(f: ExcelRangeFormat, style: CellStyle): boolean {
  const before = [style.bold, style.italic, style.fontSize, style.fontColor, style.fill, style.wrap, style.horizontalAlignment];
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.italic !== undefined) f.font.italic = style.italic;
  if (style.fontSize !== undefined) f.font.size = style.fontSize;
  if (style.fontColor !== undefined) f.font.color = style.fontColor;
  if (style.fill !== undefined) f.fill.color = style.fill;
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.horizontalAlignment !== undefined) f.horizontalAlignment = style.horizontalAlignment;
  return before.some((x) => x !== undefined);
}

async function writeSheet(sync: () => Promise<void>, ws: ExcelWorksheet, plan: SheetPlan): Promise<void> {
  for (let r = 0; r < plan.rows.length; r++) {
    const row = plan.rows[r] ?? [];
    if (row.length === 0) continue;
    const inputs = row.map((c) => toExcelInput(c));
    const range = ws.getRange(a1Range(r, 0, r, row.length - 1));
    if (inputs.some((x) => x.formula)) range.formulas = [inputs.map((x) => x.input)];
    else range.values = [inputs.map((x) => x.input)];
    await sync();
  }
  for (const style of plan.styles ?? []) {
    const rect = styleRows(style, plan.rows.length);
    if (!rect) continue;
    for (let r = rect.row1; r <= rect.row2; r++) {
      const range = ws.getRange(a1Range(r, rect.col1, r, rect.col2));
      if (style.numberFormat !== undefined) range.numberFormat = [Array<string>(rect.col2 - rect.col1 + 1).fill(style.numberFormat)];
      const formatted = applyFormat(range.format, style);
      if (style.numberFormat !== undefined || formatted) await sync();
    }
  }
  for (const [c, w] of (plan.columnWidths ?? []).entries()) {
    ws.getRange(a1Range(0, c, 0, c).replace(/\d+/g, "")).format.columnWidth = w;
    await sync();
  }
  if (plan.freeze && plan.freeze.rows > 0) {
    ws.freezePanes.freezeRows(plan.freeze.rows);
    await sync();
  }
  for (const t of plan.tables ?? []) {
    const table = ws.tables.add(ws.getRange(t.range), true);
    if (t.style) table.style = t.style;
    await sync();
  }
  for (const cf of plan.conditionalFormats ?? []) {
    const f = ws.getRange(cf.range).conditionalFormats.add("CellValue");
    if (cf.fill) f.cellValue.format.fill.color = cf.fill;
    f.cellValue.rule =
      cf.formula2 === undefined
        ? { formula1: cfFormula(cf.formula1), operator: cf.operator }
        : { formula1: cfFormula(cf.formula1), formula2: cfFormula(cf.formula2), operator: cf.operator };
    await sync();
  }
}

/** Writes `plans` the naive way (see the file comment); sheet names get " (2)" … when taken. */
export async function writeNaive(api: ExcelApi, plans: readonly SheetPlan[]): Promise<NaiveWriteReport> {
  let syncs = 0;
  const sheets: string[] = [];
  await api.run(async (ctx) => {
    const sync = async (): Promise<void> => {
      syncs++;
      await ctx.sync();
    };
    const existing = ctx.workbook.worksheets.load("items/name");
    ctx.application.calculationMode = "Manual";
    await sync();
    const taken = new Set(existing.items.map((s) => s.name.toLowerCase()));
    for (const plan of plans) {
      let name = plan.name.slice(0, 31);
      for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${plan.name.slice(0, 31 - ` (${i})`.length)} (${i})`;
      taken.add(name.toLowerCase());
      const ws = ctx.workbook.worksheets.add(name);
      await sync();
      await writeSheet(sync, ws, plan);
      sheets.push(name);
    }
    ctx.application.calculationMode = "Automatic";
    await sync();
  });
  return { syncs, sheets };
}

/**
 * Turns one SheetPlan into write steps on its (already created) worksheet: cell blocks, styles,
 * widths, freeze panes, page setup, tables, conditional formats, charts and data validation.
 * Each step knows its estimated request size, so the writer can pack steps into syncs.
 */
import { a1, a1Range, parseRange, type CellStyle, type SheetPlan } from "../domain/model";
import { ACTION_OVERHEAD_BYTES, gridAddress, gridBytes, planCellBlocks, splitRows, utf8Bytes } from "./blocks";
import { cfFormula } from "./cf-formula";
import type { TableNamePlan } from "./naming";
import type { ExcelRangeFormat, ExcelTable, ExcelWorksheet } from "./office-api";

export interface Step {
  bytes: number;
  emit(): void;
}

/** A table created by a step, for the rename after the replaced output is gone. */
export interface CreatedTable {
  table: ExcelTable;
  names: TableNamePlan;
}

const small = (actions: number, extra = 0): number => actions * ACTION_OVERHEAD_BYTES + extra;

/** Corners of a style range; whole columns ("C:E") are clamped to the plan's rows. */
function styleRect(range: string, rowCount: number): { row1: number; col1: number; row2: number; col2: number } | null {
  const cols = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(range.trim());
  if (cols) {
    const r = parseRange(`${cols[1]}1:${cols[2]}${Math.max(1, rowCount)}`);
    return r;
  }
  return parseRange(range.replace(/\$/g, ""));
}

function styleSteps(sheet: () => ExcelWorksheet, style: CellStyle, rowCount: number, maxBytes: number): Step[] {
  const steps: Step[] = [];
  const rect = styleRect(style.range, rowCount);
  const address = rect ? a1Range(rect.row1, rect.col1, rect.row2, rect.col2) : style.range;
  if (style.numberFormat !== undefined && rect) {
    const width = rect.col2 - rect.col1 + 1;
    const grid = Array.from({ length: rect.row2 - rect.row1 + 1 }, () => Array<string>(width).fill(style.numberFormat!));
    for (const part of splitRows(rect.row1, grid, maxBytes))
      steps.push({
        bytes: gridBytes(part.data),
        emit: () => void (sheet().getRange(gridAddress(part.row, rect.col1, part.data)).numberFormat = part.data),
      });
  }
  const props: ((f: ExcelRangeFormat) => void)[] = [];
  if (style.bold !== undefined) props.push((f) => void (f.font.bold = style.bold!));
  if (style.italic !== undefined) props.push((f) => void (f.font.italic = style.italic!));
  if (style.fontName !== undefined) props.push((f) => void (f.font.name = style.fontName!));
  if (style.fontSize !== undefined) props.push((f) => void (f.font.size = style.fontSize!));
  if (style.fontColor !== undefined) props.push((f) => void (f.font.color = style.fontColor!));
  if (style.fill !== undefined) props.push((f) => void (f.fill.color = style.fill!));
  if (style.wrap !== undefined) props.push((f) => void (f.wrapText = style.wrap!));
  if (style.horizontalAlignment !== undefined) props.push((f) => void (f.horizontalAlignment = style.horizontalAlignment!));
  if (style.verticalAlignment !== undefined) props.push((f) => void (f.verticalAlignment = style.verticalAlignment!));
  if (style.borderTop)
    props.push((f) => {
      const edge = f.borders.getItem("EdgeTop");
      edge.style = "Continuous";
      edge.weight = "Thin";
    });
  if (props.length)
    steps.push({
      bytes: small(props.length + 1, address.length),
      emit: () => {
        const f = sheet().getRange(address).format;
        for (const p of props) p(f);
      },
    });
  return steps;
}

function widthSteps(sheet: () => ExcelWorksheet, widths: readonly number[]): Step[] {
  const steps: Step[] = [];
  for (let c = 0; c < widths.length;) {
    let end = c;
    while (end + 1 < widths.length && widths[end + 1] === widths[c]) end++;
    const w = widths[c];
    const cols = `${a1Range(0, c, 0, end).replace(/\d+/g, "")}`;
    if (typeof w === "number" && Number.isFinite(w) && w >= 0)
      steps.push({ bytes: small(1), emit: () => void (sheet().getRange(cols).format.columnWidth = w) });
    c = end + 1;
  }
  return steps;
}

/**
 * Steps for `plan` on the sheet `sheet()` returns. `tableNames` gives the names for `plan.tables`
 * in order; created tables are reported through `onTable`.
 */
export function planSteps(
  plan: SheetPlan,
  sheet: () => ExcelWorksheet,
  tableNames: readonly TableNamePlan[],
  onTable: (t: CreatedTable) => void,
  maxBytes: number,
): Step[] {
  const steps: Step[] = [];
  for (const block of planCellBlocks(plan.rows))
    for (const part of splitRows(block.row, block.data, maxBytes))
      steps.push({
        bytes: gridBytes(part.data),
        emit: () => {
          const range = sheet().getRange(gridAddress(part.row, block.col, part.data));
          if (block.kind === "formulas") range.formulas = part.data;
          else range.values = part.data;
        },
      });
  for (const style of plan.styles ?? []) steps.push(...styleSteps(sheet, style, plan.rows.length, maxBytes));
  steps.push(...widthSteps(sheet, plan.columnWidths ?? []));
  const freeze = plan.freeze;
  if (freeze && (freeze.rows > 0 || (freeze.columns ?? 0) > 0))
    steps.push({
      bytes: small(1),
      emit: () => {
        const cols = freeze.columns ?? 0;
        if (freeze.rows > 0 && cols > 0) sheet().freezePanes.freezeAt(a1Range(0, 0, freeze.rows - 1, cols - 1));
        else if (freeze.rows > 0) sheet().freezePanes.freezeRows(freeze.rows);
        else sheet().freezePanes.freezeColumns(cols);
      },
    });
  const page = plan.pageSetup;
  if (page)
    steps.push({
      bytes: small(
        14 + (page.rowBreaks?.length ?? 0) + (page.columnBreaks?.length ?? 0),
        utf8Bytes(Object.values(page.footer ?? {}).join("")),
      ),
      emit: () => {
        const layout = sheet().pageLayout;
        layout.orientation = page.orientation;
        layout.paperSize = page.paperSize;
        if (page.printArea) layout.setPrintArea(page.printArea);
        if (page.printTitleRows) layout.setPrintTitleRows(page.printTitleRows);
        if (page.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        else if (page.scale) layout.zoom = { scale: page.scale };
        if (page.printTitleColumns) layout.setPrintTitleColumns(page.printTitleColumns);
        // Margins: the plan in inches (as the .xlsx stores them), Office.js in points.
        if (page.margins) {
          const m = page.margins;
          [layout.leftMargin, layout.rightMargin, layout.topMargin] = [m.left * 72, m.right * 72, m.top * 72];
          [layout.bottomMargin, layout.headerMargin, layout.footerMargin] = [m.bottom * 72, m.header * 72, m.footer * 72];
        }
        // The footer (förbund · period, Skapad …, Sida x av y) on every page, as the CLI's .xlsx has it.
        if (page.footer) {
          const f = layout.headersFooters.defaultForAllPages;
          if (page.footer.left) f.leftFooter = page.footer.left;
          if (page.footer.center) f.centerFooter = page.footer.center;
          if (page.footer.right) f.rightFooter = page.footer.right;
        }
        // Page breaks (ExcelApi 1.9, the add-in's minimum): before a 0-based row / column, as in PageSetupPlan.
        for (const r of page.rowBreaks ?? []) if (r > 0) sheet().horizontalPageBreaks.add(a1(r, 0));
        for (const c of page.columnBreaks ?? []) if (c > 0) sheet().verticalPageBreaks.add(a1(0, c));
      },
    });
  (plan.tables ?? []).forEach((t, i) => {
    const names = tableNames[i];
    const r = parseRange(t.range.replace(/\$/g, ""));
    const range = r && t.showTotals && r.row2 - r.row1 >= 2 ? a1Range(r.row1, r.col1, r.row2 - 1, r.col2) : t.range;
    steps.push({
      bytes: small(3, utf8Bytes(names.initial)),
      emit: () => {
        // a Range, not an address: an address without a sheet name is read on the ACTIVE sheet
        // (TableCollection.add, learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1))
        const table = sheet().tables.add(sheet().getRange(range), true);
        table.name = names.initial;
        if (t.style) table.style = t.style;
        onTable({ table, names });
      },
    });
  });
  for (const cf of plan.conditionalFormats ?? [])
    steps.push({
      bytes: small(4, utf8Bytes(cf.formula1 + (cf.formula2 ?? ""))),
      emit: () => {
        const f = sheet().getRange(cf.range).conditionalFormats.add("CellValue");
        if (cf.fill) f.cellValue.format.fill.color = cf.fill;
        if (cf.fontColor) f.cellValue.format.font.color = cf.fontColor;
        f.cellValue.rule =
          cf.formula2 === undefined
            ? { formula1: cfFormula(cf.formula1), operator: cf.operator }
            : { formula1: cfFormula(cf.formula1), formula2: cfFormula(cf.formula2), operator: cf.operator };
      },
    });
  for (const ch of plan.charts ?? [])
    steps.push({
      bytes: small(5, utf8Bytes(ch.title)),
      emit: () => {
        const chart = sheet().charts.add(ch.type, sheet().getRange(ch.dataRange), ch.seriesBy);
        chart.title.text = ch.title;
        chart.setPosition(ch.anchor);
        if (ch.width !== undefined) chart.width = ch.width;
        if (ch.height !== undefined) chart.height = ch.height;
      },
    });
  for (const dv of plan.dataValidations ?? []) {
    const source = dv.list.map((v) => v.replace(/,/g, " ")).join(",");
    steps.push({
      bytes: small(2, utf8Bytes(source + (dv.errorMessage ?? ""))),
      emit: () => {
        const validation = sheet().getRange(dv.range).dataValidation;
        validation.rule = { list: { inCellDropDown: true, source } };
        if (dv.errorMessage)
          // Excel holds at most 225 characters of message and 32 of title
          validation.errorAlert = {
            message: dv.errorMessage.slice(0, 225),
            showAlert: true,
            style: "Stop",
            title: "Ogiltigt värde".slice(0, 32),
          };
      },
    });
  }
  return steps;
}

/** Packs steps into consecutive syncs of at most `maxBytes` each (a larger single step gets its own sync). */
export function packSteps(steps: readonly Step[], maxBytes: number): Step[][] {
  const batches: Step[][] = [[]];
  let bytes = 0;
  for (const s of steps) {
    if (bytes + s.bytes > maxBytes && batches[batches.length - 1].length > 0) {
      batches.push([]);
      bytes = 0;
    }
    batches[batches.length - 1].push(s);
    bytes += s.bytes;
  }
  return batches;
}

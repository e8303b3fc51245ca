/**
 * Plain-data view of the simulated workbook, for tests (fingerprints, assertions) and for the
 * demo's grid view. Grids run from A1 to the last used cell.
 */
import { columnLetter } from "../domain/model/address";
import type { CellValue } from "../domain/model/raw";
import { fullAddress, rectAddress } from "./address";
import { GENERAL, readFormulas, readNumberFormats, readValues, usedRect } from "./cells";
import { cellKey, type FormatProps, type PageLayoutState, type SheetState, type WorkbookState } from "./state";

export interface SheetSnapshot {
  id: string;
  name: string;
  position: number;
  visibility: string;
  tabColor: string;
  values: CellValue[][];
  /** Formula text, or null where the cell holds a constant. */
  formulas: (string | null)[][];
  numberFormats: string[][];
  styles: { range: string; props: FormatProps }[];
  /** Column letter → width in points (only columns whose width was set). */
  columnWidths: Record<string, number>;
  tables: { name: string; range: string; style: string; showHeaders: boolean; showTotals: boolean }[];
  conditionalFormats: {
    range: string;
    type: string;
    rule: { formula1: string; formula2?: string; operator: string } | null;
    fill: string | null;
    fontColor: string | null;
  }[];
  charts: {
    name: string;
    type: string;
    source: string;
    seriesBy: string;
    title: string;
    anchor: string | null;
    width: number;
    height: number;
  }[];
  dataValidations: { range: string; rule: Record<string, unknown>; errorAlert: unknown }[];
  freeze: { rows: number; columns: number } | null;
  customProperties: Record<string, string>;
  pageLayout: PageLayoutState;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  activeSheet: string | null;
  /** "Blad1!B2" style address of the selection, or null. */
  selection: string | null;
  settings: Record<string, unknown>;
  calculationMode: string;
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

export function snapshotSheet(st: WorkbookState, sheet: SheetState): SheetSnapshot {
  const used = usedRect(sheet, false);
  const grid = used ? { r1: 0, c1: 0, r2: used.r2, c2: used.c2 } : null;
  return {
    id: sheet.id,
    name: sheet.name,
    position: st.sheets.indexOf(sheet),
    visibility: sheet.visibility,
    tabColor: sheet.tabColor,
    values: grid ? readValues(sheet, grid) : [],
    formulas: grid ? readFormulas(sheet, grid).map((row, r) => row.map((_, c) => sheet.cells.get(cellKey(r, c))?.formula ?? null)) : [],
    numberFormats: grid ? readNumberFormats(sheet, grid) : [],
    styles: sheet.formats.map((f) => ({ range: rectAddress(f.rect), props: clone(f.props) })),
    columnWidths: Object.fromEntries([...sheet.columnWidths].sort((a, b) => a[0] - b[0]).map(([c, w]) => [columnLetter(c), w])),
    tables: st.tables
      .filter((t) => t.sheet === sheet)
      .map((t) => ({ name: t.name, range: rectAddress(t.rect), style: t.style, showHeaders: t.showHeaders, showTotals: t.showTotals })),
    conditionalFormats: sheet.conditionalFormats.map((cf) => ({
      range: rectAddress(cf.rect),
      type: cf.type,
      rule: clone(cf.rule),
      fill: cf.fill,
      fontColor: cf.fontColor,
    })),
    charts: sheet.charts.map((c) => ({
      name: c.name,
      type: c.type,
      source: c.source.sheet.deleted ? "#REF!" : fullAddress(c.source.sheet.name, c.source.rect),
      seriesBy: c.seriesBy,
      title: c.title,
      anchor: c.anchor,
      width: c.width,
      height: c.height,
    })),
    dataValidations: sheet.dataValidations.map((d) => ({
      range: rectAddress(d.rect),
      rule: clone(d.rule),
      errorAlert: clone(d.errorAlert),
    })),
    freeze: sheet.freeze ? { ...sheet.freeze } : null,
    customProperties: Object.fromEntries([...sheet.customProperties.values()].map((p) => [p.key, p.value])),
    pageLayout: clone(sheet.pageLayout),
  };
}

export function snapshotWorkbook(st: WorkbookState): WorkbookSnapshot {
  const selSheet = st.selection ? st.sheets.find((s) => s.id === st.selection!.sheetId) : undefined;
  return {
    sheets: st.sheets.map((s) => snapshotSheet(st, s)),
    activeSheet: st.sheets.length ? st.activeSheet().name : null,
    selection: selSheet ? `${selSheet.name}!${rectAddress(st.selection!.rect)}` : null,
    settings: Object.fromEntries([...st.settings.values()].map((e) => [e.key, clone(e.value)])),
    calculationMode: st.calculationMode,
  };
}

export { GENERAL };

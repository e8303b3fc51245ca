import type * as ExcelJS from "exceljs";
import type { SheetPlan, WriteReport } from "../domain/model";
import { nextRegister, replacedOutputs, type OutputEntry } from "../domain/plan/output-registry";
import { withOutputMarker } from "../domain/plan/output-marker";
import { unmarkedNote } from "../domain/plan/output-marker-note";
import { REGISTRY_SHEET, resolveRegister, writeRegistry } from "./registry";
import { uniqueSheetName } from "./sheet-names";
import { toDate1904, writePlanToSheet } from "./write-plan";
import { planChartSpecs } from "./charts/plan-charts";
import { queueCharts } from "./charts/workbook-bytes";

/** Options of writePlansToWorkbook. */
export interface XlsxWriteOptions {
  /** Make the first written sheet the active tab when the file is opened (default true). */
  activateFirst?: boolean;
}

/** WriteReport of the .xlsx host, plus Swedish notes on what could not be written as planned. */
export interface XlsxWriteReport extends WriteReport {
  notes: string[];
}

/** Every table and defined name in the workbook: a new table name must differ from all of them. */
function takenTableNames(wb: ExcelJS.Workbook): Set<string> {
  const taken = new Set<string>();
  for (const ws of wb.worksheets) {
    const tables = (ws as unknown as { tables?: Record<string, unknown> }).tables ?? {};
    for (const name of Object.keys(tables)) taken.add(name);
  }
  const defined = (wb.definedNames as unknown as { model?: { name: string }[] }).model ?? [];
  for (const d of defined) taken.add(d.name);
  return taken;
}

/** Keeps the active tab on a visible sheet: the first written one, or the first visible one. */
function fixActiveTab(wb: ExcelJS.Workbook, firstWritten: string | undefined, activateFirst: boolean): void {
  const sheets = wb.worksheets;
  const view = (wb.views && wb.views[0]) || ({} as ExcelJS.WorkbookView);
  let active = view.activeTab ?? 0;
  if (activateFirst && firstWritten) active = sheets.findIndex((s) => s.name === firstWritten);
  if (!(active >= 0 && active < sheets.length && sheets[active].state === "visible")) {
    active = Math.max(
      0,
      sheets.findIndex((s) => s.state === "visible"),
    );
  }
  sheets.forEach((s, i) => {
    // A sheet view left "tabSelected" would group sheets, so only the active one stays selected.
    for (const v of s.views ?? []) (v as { tabSelected?: boolean }).tabSelected = i === active;
    if (i === active && (s.views ?? []).length === 0)
      s.views = [{ state: "normal", tabSelected: true } as unknown as ExcelJS.WorksheetView];
  });
  wb.views = [{ ...view, activeTab: active, firstSheet: 0, visibility: "visible" } as ExcelJS.WorkbookView];
}

/**
 * Writes plans into a loaded workbook, with the same semantics as the Excel host:
 * - user sheets are never modified; every plan gets a NEW sheet with a valid, unique name;
 * - an earlier output of the same kind + key (found in the register, see registry.ts — also
 *   output the Excel add-in wrote) is deleted first and its name reused, so a re-run replaces
 *   only Finsam's own sheets;
 * - new sheets follow the existing ones in plan order; the registry sheet stays very hidden, last;
 * - formulas carry their computed values as cached results, so the file reads right even
 *   in viewers that do not recalculate. Charts are queued on the workbook: write it with workbookToXlsx
 *   (charts/workbook-bytes.ts), which adds them as DrawingML parts (ExcelJS cannot write charts).
 */
export function writePlansToWorkbook(wb: ExcelJS.Workbook, plans: SheetPlan[], opts: XlsxWriteOptions = {}): XlsxWriteReport {
  const { sheets, resolved, unmarked } = resolveRegister(wb);
  const replaced = replacedOutputs(resolved, plans).sort((a, b) => a.index - b.index);
  const report: XlsxWriteReport = { written: [], replaced: [], syncs: 0, notes: [] };
  for (const r of replacedOutputs(unmarked, plans)) report.notes.push(unmarkedNote(sheets[r.index].name));
  for (const r of replaced) {
    const ws = wb.getWorksheet(sheets[r.index].name);
    if (!ws) continue;
    wb.removeWorksheet(ws.id);
    report.replaced.push(ws.name);
  }

  const takenTables = takenTableNames(wb);
  const added: OutputEntry[] = [];
  for (const plan of plans) {
    const names = [...wb.worksheets.map((w) => w.name), REGISTRY_SHEET];
    const name = uniqueSheetName(plan.name, names);
    const ws = wb.addWorksheet(name);
    report.notes.push(...writePlanToSheet(ws, withOutputMarker(plan), takenTables));
    if (wb.properties?.date1904) toDate1904(ws);
    queueCharts(wb, ws, planChartSpecs(plan, name));
    added.push({ kind: plan.kind, key: plan.key, name });
    report.written.push({ kind: plan.kind, key: plan.key, name });
  }

  writeRegistry(wb, nextRegister(resolved, sheets, replaced, added));
  fixActiveTab(wb, report.written[0]?.name, opts.activateFirst ?? true);
  return report;
}

/**
 * Diagnostik: runs every Excel JavaScript API call the add-in relies on, on temporary sheets it removes
 * afterwards, and tells what this Excel answered. A pilot user pastes the report to us, and we learn in one
 * paste whether their Excel behaves as the simulator says (issue 16). The same checks run against the
 * simulated Excel in the tests and the demo. Nothing of the user's is read or changed: the checks touch only
 * the sheets "~finsam-diagnostik" and "~finsam-diagnostik-dold", and one setting they delete again.
 */
import { cfFormula } from "./cf-formula";
import { errorCode } from "./errors";
import type { ExcelApi, ExcelContext } from "./office-api";

export const DIAG_SHEET = "~finsam-diagnostik";
export const DIAG_HIDDEN = "~finsam-diagnostik-dold";
const DIAG_RENAMED = "~finsam-diagnostik-2";
const DIAG_SETTING = "finsam.diagnostik";

export type CheckStatus = "ok" | "avviker" | "fel";

export interface CheckResult {
  /** Swedish name of the check. */
  namn: string;
  status: CheckStatus;
  /** What Excel answered (Swedish, with the Office.js code when it failed). */
  detalj: string;
}

interface Check {
  namn: string;
  run(context: ExcelContext): Promise<{ status: CheckStatus; detalj: string }>;
}

const ok = (detalj: string): { status: CheckStatus; detalj: string } => ({ status: "ok", detalj });
const avviker = (detalj: string): { status: CheckStatus; detalj: string } => ({ status: "avviker", detalj });

const CHECKS: Check[] = [
  {
    namn: "Null-objekt (getItemOrNullObject → getUsedRangeOrNullObject)",
    async run(context) {
      const sheet = context.workbook.worksheets.getItemOrNullObject("~finsam-finns-inte");
      const used = sheet.getUsedRangeOrNullObject(true);
      await context.sync();
      return sheet.isNullObject && used.isNullObject
        ? ok("båda är null-objekt efter en sync")
        : avviker(`blad ${sheet.isNullObject}, område ${used.isNullObject}`);
    },
  },
  {
    namn: "Värden, formler och talformat",
    async run(context) {
      const ws = context.workbook.worksheets.getItem(DIAG_SHEET);
      ws.getRange("A1:C2").values = [
        ["Insats", "Belopp", "Datum"],
        ["Steget", 1234567.5, 45473],
      ];
      ws.getRange("B2:C2").numberFormat = [["#,##0", "yyyy-mm-dd"]];
      ws.getRange("D2").formulas = [["=B2*2"]];
      await context.sync();
      const r = ws.getRange("A2:D2").load("values,numberFormat");
      await context.sync();
      const [name, amount, date, twice] = r.values[0];
      const good = name === "Steget" && amount === 1234567.5 && date === 45473 && twice === 2469135;
      const detalj = `värden ${JSON.stringify(r.values[0])}, format ${JSON.stringify(r.numberFormat[0].slice(1, 3))}`;
      return good ? ok(detalj) : avviker(detalj);
    },
  },
  {
    namn: "Mycket dolt blad (VeryHidden) och registerskrivning",
    async run(context) {
      const hidden = context.workbook.worksheets.add(DIAG_HIDDEN);
      hidden.visibility = "VeryHidden";
      hidden.getRange("A1:D2").values = [
        ["Typ", "Nyckel", "Blad", "Id"],
        ["diagnostik", "'2024-06-30", DIAG_SHEET, ""],
      ];
      const back = hidden.getRange("A2:B2").load("values");
      hidden.load("visibility");
      await context.sync();
      const vis = hidden.visibility;
      // Excel refuses to delete a very hidden sheet: hidden first (Worksheet.delete)
      hidden.visibility = "Hidden";
      hidden.delete();
      await context.sync();
      const key = back.values[0][1];
      const detalj = `synlighet ${vis}, nyckel läst som ${JSON.stringify(key)}, borttaget efter Hidden`;
      return vis === "VeryHidden" && key === "2024-06-30" ? ok(detalj) : avviker(detalj);
    },
  },
  {
    namn: "Tabell (tables.add med ett Range)",
    async run(context) {
      const ws = context.workbook.worksheets.getItem(DIAG_SHEET);
      const table = ws.tables.add(ws.getRange("A1:C2"), true);
      table.name = "FinsamDiagnostik";
      table.style = "TableStyleMedium2";
      const tables = ws.tables.load("items/name");
      await context.sync();
      const names = tables.items.map((t) => t.name);
      return names.includes("FinsamDiagnostik") ? ok(`tabell ${names.join(", ")}`) : avviker(`tabeller ${names.join(", ") || "inga"}`);
    },
  },
  {
    namn: "Diagram",
    async run(context) {
      const ws = context.workbook.worksheets.getItem(DIAG_SHEET);
      const chart = ws.charts.add("ColumnClustered", ws.getRange("A1:B2"), "Columns");
      chart.title.text = "Diagnostik";
      chart.setPosition("F2");
      const charts = ws.charts.load("items/name");
      await context.sync();
      return charts.items.length === 1 ? ok("ett diagram skapat") : avviker(`${charts.items.length} diagram`);
    },
  },
  {
    namn: "Villkorsstyrd formatering (tröskel som formel)",
    async run(context) {
      const ws = context.workbook.worksheets.getItem(DIAG_SHEET);
      const cf = ws.getRange("B2").conditionalFormats.add("CellValue");
      cf.cellValue.format.fill.color = "#FFEB9C";
      cf.cellValue.rule = { formula1: cfFormula("0.8"), operator: "LessThan" };
      const rule = cf.cellValue.load("rule");
      await context.sync();
      const f = rule.rule.formula1;
      const detalj = `skickade ${cfFormula("0.8")}, Excel läser tillbaka ${JSON.stringify(f)}`;
      return f === "=4/5" || f === "=0.8" ? ok(detalj) : avviker(detalj);
    },
  },
  {
    namn: "Byta namn på ett blad som en formel pekar på, skriva om det på plats",
    async run(context) {
      const worksheets = context.workbook.worksheets;
      const ws = worksheets.getItem(DIAG_SHEET);
      ws.getRange("B2").values = [[1234567.5]];
      ws.getRange("D2").formulas = [["=B2*2"]];
      const target = worksheets.add(DIAG_RENAMED);
      target.getRange("A1").formulas = [[`='${DIAG_SHEET}'!D2`]];
      await context.sync();
      ws.name = `${DIAG_SHEET}-x`;
      ws.name = DIAG_SHEET;
      ws.getRange("D2").clear("Contents");
      ws.getRange("D2").formulas = [["=B2*3"]];
      await context.sync();
      const f = target.getRange("A1").load("formulas,values");
      await context.sync();
      const formula = String(f.formulas[0][0]);
      const value = f.values[0][0];
      target.delete();
      await context.sync();
      const detalj = `formeln ${formula}, värdet ${String(value)}`;
      return formula.includes(DIAG_SHEET) && value === 3703702.5 ? ok(detalj) : avviker(detalj);
    },
  },
  {
    namn: "Inställningar (settings) fram och tillbaka",
    async run(context) {
      const settings = context.workbook.settings;
      settings.add(DIAG_SETTING, JSON.stringify({ prov: "åäö", tal: 1.5 }));
      const item = settings.getItemOrNullObject(DIAG_SETTING).load("value");
      await context.sync();
      const value = item.value;
      item.delete();
      await context.sync();
      const parsed =
        typeof value === "string" ? (JSON.parse(value) as { prov?: string; tal?: number }) : (value as { prov?: string; tal?: number });
      return parsed?.prov === "åäö" && parsed?.tal === 1.5
        ? ok("sparat och läst tillbaka, sedan borttaget")
        : avviker(`läst ${JSON.stringify(value)}`);
    },
  },
];

/** Removes the diagnostic sheets (very hidden ones made hidden first) — also after a failed check. */
async function cleanUp(context: ExcelContext): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  await context.sync();
  for (const s of worksheets.items)
    if (s.name.toLowerCase().startsWith(DIAG_SHEET)) {
      if (s.visibility === "VeryHidden") s.visibility = "Hidden";
      s.delete();
    }
  await context.sync();
}

/** Runs every check in its own Excel.run (so one refusal does not stop the others), then removes the sheets. */
export async function runDiagnostikChecks(api: ExcelApi): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  await api.run(async (context) => {
    context.workbook.worksheets.add(DIAG_SHEET);
    await context.sync();
  });
  try {
    for (const check of CHECKS) {
      try {
        const r = await api.run((context) => check.run(context));
        results.push({ namn: check.namn, ...r });
      } catch (e) {
        results.push({ namn: check.namn, status: "fel", detalj: `Excel svarade ${errorCode(e)}: ${(e as Error)?.message ?? String(e)}` });
      }
    }
  } finally {
    await api.run(cleanUp);
  }
  return results;
}

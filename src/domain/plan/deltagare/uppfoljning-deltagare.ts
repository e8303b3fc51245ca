import { a1, a1Range } from "../../model";
import type { CellStyle, ChartPlan, IsoDate, PlanCell, SheetPlan, TablePlan } from "../../model";
import { isKvot, isSumma, type RapportTabell, type Visning } from "../../compute/deltagare/tabeller";
import { COLORS, FORMAT, sumCell, sumOfCells, tableName, titleRows, titleStyles } from "../common";
import { reportSheetName } from "../sheet-names";

/**
 * Sheet "Uppföljning deltagare <period>" (domain.md §3.6, §5): the display tables one below the other —
 * Utfall för deltagare, Till arbete och/eller studier, Avslutningsanledningar, Anonymt registrerade, Målgrupp,
 * Snittid inskrivning — each with a caption row, a group row (K/M/S:a under their heading), an Excel table
 * with its Totalt row, and the "Fördelning kvinnor/män" row under it. Counts `#,##0`, shares `0%`, days `#,##0`.
 * Not for publication: totals are `=SUM(…)` and shares `=IF(n=0,"",x/n)` with cached values. With Publicering
 * (sheet "Publicering deltagare <period>") every cell is a plain value and hidden counts are "<5" or "x".
 * Two Excel charts, to the right: inregistrerade kvinnor/män per insats, and avslutningsorsaker by kön,
 * reading the small "Underlag för diagram" tables at the bottom.
 */

export const DELTAGARE_KIND = "deltagare";

export interface DeltagarPlanInfo {
  fran: IsoDate;
  till: IsoDate;
  idag: IsoDate;
  forbund?: string;
  kallor: string[];
  publicering: { threshold: number } | null;
}

const FORMATS = { text: undefined, antal: FORMAT.helt, andel: FORMAT.procent, dagar: FORMAT.helt } as const;

/** "2021" for a calendar year, "2024-H1", "2024-Q2", else the till date as ÅÅÅÅMMDD (sheet names ≤ 31 characters). */
export function periodLabel(fran: IsoDate, till: IsoDate): string {
  const y = fran.slice(0, 4);
  if (till.slice(0, 4) !== y) return till.replace(/-/g, "");
  const span = `${fran.slice(5)}/${till.slice(5)}`;
  const named: Record<string, string> = {
    "01-01/12-31": y,
    "01-01/06-30": `${y}-H1`,
    "07-01/12-31": `${y}-H2`,
    "01-01/03-31": `${y}-Q1`,
    "04-01/06-30": `${y}-Q2`,
    "07-01/09-30": `${y}-Q3`,
    "10-01/12-31": `${y}-Q4`,
  };
  return named[span] ?? till.replace(/-/g, "");
}

function note(p: DeltagarPlanInfo): string {
  if (p.publicering) {
    const t = p.publicering.threshold;
    return `Publiceringsversion: antal 1–${t - 1} visas som <${t}; x = dolt så att ett dolt antal inte kan räknas fram ur summor eller andelar.`;
  }
  return "Intern version med alla antal. Välj Publicering för en version där små antal är dolda.";
}

/** A display cell as a plan cell: formulas only when the sheet is not for publication. */
function cell(v: Visning, col: number, sheetRow: (i: number) => number, formulas: boolean): PlanCell {
  if (isSumma(v)) {
    if (!formulas) return v.value;
    const rows = v.summa.map(sheetRow);
    const contiguous = rows.every((r, i) => i === 0 || r === rows[i - 1] + 1);
    return contiguous ? sumCell(col, rows[0], rows[rows.length - 1], v.value) : sumOfCells(col, rows, v.value);
  }
  if (isKvot(v)) {
    if (!formulas) return v.value ?? "";
    const t = a1(sheetRow(v.taljare[0]), v.taljare[1]);
    const n = a1(sheetRow(v.namnare[0]), v.namnare[1]);
    return { formula: `=IF(${n}=0,"",${t}/${n})`, value: v.value ?? "" };
  }
  return v;
}

interface Placed {
  captionRow: number;
  headerRow: number;
  lastRow: number;
}

/** Builds the sheet; `diagram` are the chart ranges (inregistrerade per insats, avslutningsorsaker). */
export function planUppfoljningDeltagare(tabeller: RapportTabell[], diagram: RapportTabell[], info: DeltagarPlanInfo): SheetPlan {
  const formulas = info.publicering === null;
  const label = periodLabel(info.fran, info.till);
  const rows: PlanCell[][] = titleRows({
    rapport: info.publicering ? "Uppföljning deltagare (publicering)" : "Uppföljning deltagare",
    forbund: info.forbund,
    fran: info.fran,
    till: info.till,
    kallor: info.kallor,
    idag: info.idag,
    not: note(info),
  });
  const width = Math.max(...tabeller.map((t) => t.kolumner.length));
  const styles: CellStyle[] = titleStyles(1).slice(0, 3);
  const tables: TablePlan[] = [];
  const placed = new Map<string, Placed>();

  const place = (t: RapportTabell) => {
    rows.push([]);
    const captionRow = rows.length;
    rows.push([t.rubrik]);
    styles.push({ range: a1(captionRow, 0), bold: true, fontSize: 12, fontColor: COLORS.titleText });
    if (t.kolumner.some((k) => k.grupp)) {
      const g = rows.push(t.kolumner.map((k) => k.grupp ?? null)) - 1;
      // Not wrapped: a group label runs on over the empty cells of its group.
      styles.push({ range: a1Range(g, 0, g, t.kolumner.length - 1), bold: true, italic: true, fill: COLORS.sectionFill });
    }
    const headerRow = rows.push(t.kolumner.map((k) => k.rubrik)) - 1;
    const first = headerRow + 1;
    const all = [...t.rader, ...t.efter];
    const sheetRow = (i: number) => first + i;
    for (const r of all) rows.push(r.map((v, c) => cell(v, c, sheetRow, formulas)));
    const lastRow = first + t.rader.length - 1;
    placed.set(t.id, { captionRow, headerRow, lastRow });
    if (t.rader.length > 0) {
      const range = a1Range(headerRow, 0, lastRow, t.kolumner.length - 1);
      tables.push({ name: tableName("Deltagare", t.id, info.till), range, style: "TableStyleMedium2", showTotals: t.totalRad });
    }
    styles.push({ range: a1Range(headerRow, 0, headerRow, t.kolumner.length - 1), bold: true, wrap: true, fill: COLORS.headerFill });
    t.kolumner.forEach((k, c) => {
      const f = FORMATS[k.format];
      if (f && all.length > 0)
        styles.push({ range: a1Range(first, c, first + all.length - 1, c), numberFormat: f, horizontalAlignment: "Right" });
    });
    // The rows below a table ("Fördelning kvinnor/män") hold shares whatever the column's count format.
    if (t.efter.length > 0 && t.kolumner.length > 1) {
      styles.push({ range: a1Range(lastRow + 1, 1, lastRow + t.efter.length, t.kolumner.length - 1), numberFormat: FORMAT.procent });
    }
    if (t.totalRad && t.rader.length > 0)
      styles.push({ range: a1Range(lastRow, 0, lastRow, t.kolumner.length - 1), bold: true, borderTop: true, fill: COLORS.totalFill });
    for (const i of t.fet ?? []) styles.push({ range: a1Range(sheetRow(i), 0, sheetRow(i), t.kolumner.length - 1), bold: true });
    for (const i of t.varav ?? []) styles.push({ range: a1(sheetRow(i), 0), italic: true, fontColor: COLORS.noteText });
    if (t.efter.length > 0) styles.push({ range: a1Range(lastRow + 1, 0, lastRow + t.efter.length, t.kolumner.length - 1), italic: true });
  };
  tabeller.forEach(place);
  diagram.forEach(place);

  const chartCol = width + 1;
  const charts: ChartPlan[] = [];
  const chart = (dataId: string, anchorId: string, type: ChartPlan["type"], title: string, height: number) => {
    const d = placed.get(dataId);
    const anchor = placed.get(anchorId);
    if (!d || !anchor || d.lastRow < d.headerRow + 1) return;
    charts.push({
      type,
      dataRange: a1Range(d.headerRow, 0, d.lastRow, 2),
      seriesBy: "Columns",
      title,
      anchor: a1(anchor.captionRow, chartCol),
      width: 480,
      height,
    });
  };
  chart(diagram[0]?.id ?? "", tabeller[0]?.id ?? "", "ColumnClustered", "Inregistrerade perioden per insats, kvinnor och män", 280);
  chart(diagram[1]?.id ?? "", "Avslutningsanledningar", "BarClustered", "Avslutningsorsaker, kvinnor och män", 320);

  const publ = info.publicering !== null;
  return {
    kind: DELTAGARE_KIND,
    key: `${info.fran}–${info.till}${publ ? ":publicering" : ""}`,
    name: reportSheetName(publ ? "Publicering deltagare" : "Uppföljning deltagare", label),
    rows,
    styles,
    tables,
    charts,
    freeze: { rows: 0, columns: 1 },
    columnWidths: [230, ...Array.from({ length: width - 1 }, () => 78)],
    pageSetup: { orientation: "Landscape", paperSize: "A4", fitToWidth: true },
    summary: publ ? `Publiceringsversion (antal under ${info.publicering?.threshold} dolda).` : undefined,
  };
}

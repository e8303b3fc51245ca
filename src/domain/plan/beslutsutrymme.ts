import { a1, a1Range, columnLetter } from "../model/address";
import type { CellStyle, PlanCell, SheetPlan } from "../model/plan";
import {
  computeBeslutsutrymme,
  INTAKT_GRUPPER,
  predecessorColumns,
  SAMVERKAN_GRUPPER,
  type BeslutsutrymmeModel,
  type BeslutsutrymmePost,
} from "../compute/beslutsutrymme";
import { amountText, COLORS, FORMAT, HEADER_ROW, titleRows, titleStyles } from "./common";
import { MAX_SHEET_NAME_LENGTH, reportSheetName } from "./sheet-names";

export const BESLUTSUTRYMME_KIND = "beslutsutrymme";
/** Fill of the input cells of the live model (light yellow). */
export const INPUT_FILL = "#FFF2CC";
const FIRST_VALUE_COL = 2;

export interface BeslutsutrymmePlanOptions {
  idag: string;
  forbund?: string;
  /** Scenario name when the model is a what-if; shown in the note and part of the sheet's key. */
  scenario?: string;
  unit?: string;
}

/** Row builder that remembers which 0-based row each line lands on. */
class Rows {
  readonly rows: PlanCell[][];
  constructor(start: PlanCell[][]) {
    this.rows = start;
  }
  push(cells: PlanCell[]): number {
    this.rows.push(cells);
    return this.rows.length - 1;
  }
}

/**
 * Sheet "Beslutsutrymme ÅÅÅÅ–ÅÅÅÅ" as a LIVE model (domain.md §3.5): one column per year column of the
 * model; every post amount and the ingående beslutsutrymme are input cells (yellow fill, listed in
 * `inputCells`); every sum, resultat and beslutsutrymme is an Excel formula with its cached value:
 *   Summa intäkter = SUM(intäkter); Summa samverkansinsatser = SUM(insatser + ej nyttjade medel);
 *   Summa kostnader = SUM(övriga kostnadsrader, Summa samverkansinsatser, Summa övriga samverkansinsatser);
 *   Årets beräknade resultat = Summa intäkter − Summa kostnader;
 *   Ingående = the input cell (first year) or the previous year's Kvarvarande (its best-estimate column);
 *   Kvarvarande beslutsutrymme = Ingående + Resultat.
 * Uppsala 2024-10-24: Kvarvarande 3 401; 4 830; 1 331; 151; 2 262; 14 260 tkr. Negative kvarvarande cells
 * are red (conditional format); a column chart shows kvarvarande per year from a small block below.
 */
export function planBeslutsutrymme(model: BeslutsutrymmeModel, options: BeslutsutrymmePlanOptions): SheetPlan {
  const result = computeBeslutsutrymme(model);
  const n = model.kolumner.length;
  const years = model.kolumner.map((k) => k.ar);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const span = first === last ? `${first}` : `${first}–${last}`;
  const unit = options.unit ?? "tkr";
  const withAndring = model.poster.some((p) => p.andring);
  const width = FIRST_VALUE_COL + n + (withAndring ? 1 : 0);
  const lastCol = FIRST_VALUE_COL + n - 1;
  const vc = (i: number): number => FIRST_VALUE_COL + i;
  const scenarioText = options.scenario ? ` Scenario: ${options.scenario}.` : "";
  const r = new Rows(
    titleRows({
      rapport: `Beslutsutrymme ${span}`,
      forbund: options.forbund,
      fran: `${first}-01-01`,
      till: `${last}-12-31`,
      kallor: model.sourceSheet ? [model.sourceSheet] : [],
      idag: options.idag,
      not: `Belopp i kronor, visas i ${unit}. Gula celler är indata: ändra dem så räknas summor, resultat och beslutsutrymme om i Excel. Ingående = ackumulerat överskott exkl. reservfond, därefter föregående års kvarvarande.${scenarioText}`,
    }),
  );
  r.push(["Post", "Insatsägare", ...model.kolumner.map((k) => k.label), ...(withAndring ? ["Ändring i scenariot"] : [])]);
  const styles: CellStyle[] = titleStyles(width);
  const inputCells: string[] = [];
  const sectionRows: number[] = [];
  const sumRows: number[] = [];

  const postRow = (p: BeslutsutrymmePost): number => {
    const row = r.push([p.namn, p.agare ?? "", ...p.belopp.map((v) => v), ...(withAndring ? [p.andring ?? ""] : [])]);
    inputCells.push(a1Range(row, vc(0), row, lastCol));
    return row;
  };
  const section = (title: string): void => void sectionRows.push(r.push([title]));
  const block = (posts: BeslutsutrymmePost[]): [number, number] | null => {
    if (posts.length === 0) return null;
    const rows = posts.map(postRow);
    return [rows[0], rows[rows.length - 1]];
  };
  const sumRow = (label: string, parts: string[][], values: number[]): number => {
    const row = r.rows.length;
    const cells = values.map((v, i): PlanCell => ({ formula: parts[i].length === 0 ? "=0" : `=SUM(${parts[i].join(",")})`, value: v }));
    sumRows.push(r.push([label, "", ...cells]));
    return row;
  };
  const rangeRefs = (b: [number, number] | null, i: number): string[] => (b ? [a1Range(b[0], vc(i), b[1], vc(i))] : []);

  section("INTÄKTER");
  const intakter = block(model.poster.filter((p) => INTAKT_GRUPPER.includes(p.grupp)));
  const sumIntakter = sumRow(
    "Summa intäkter",
    model.kolumner.map((_, i) => rangeRefs(intakter, i)),
    result.ar.map((a) => a.intakter),
  );
  section("KOSTNADER");
  const other = block(
    model.poster.filter(
      (p) => !INTAKT_GRUPPER.includes(p.grupp) && !SAMVERKAN_GRUPPER.includes(p.grupp) && p.grupp !== "ovriga-samverkansinsatser",
    ),
  );
  section("Samverkansinsatser");
  const samverkan = block(model.poster.filter((p) => SAMVERKAN_GRUPPER.includes(p.grupp)));
  const sumSamverkan = sumRow(
    "Summa samverkansinsatser",
    model.kolumner.map((_, i) => rangeRefs(samverkan, i)),
    result.ar.map((a) => a.grupper.insats + a.grupper["ej-nyttjade"]),
  );
  const ovrigaPosts = model.poster.filter((p) => p.grupp === "ovriga-samverkansinsatser");
  let sumOvriga = -1;
  if (ovrigaPosts.length > 0) {
    section("Övriga samverkansinsatser");
    const ovriga = block(ovrigaPosts);
    sumOvriga = sumRow(
      "Summa övriga samverkansinsatser",
      model.kolumner.map((_, i) => rangeRefs(ovriga, i)),
      result.ar.map((a) => a.grupper["ovriga-samverkansinsatser"]),
    );
  }
  const sumKostnader = sumRow(
    "Summa kostnader",
    model.kolumner.map((_, i) => [...rangeRefs(other, i), a1(sumSamverkan, vc(i)), ...(sumOvriga >= 0 ? [a1(sumOvriga, vc(i))] : [])]),
    result.ar.map((a) => a.kostnader),
  );
  r.push([]);
  const resultatRow = r.rows.length;
  r.push([
    "Årets beräknade resultat",
    "",
    ...result.ar.map((a, i): PlanCell => ({ formula: `=${a1(sumIntakter, vc(i))}-${a1(sumKostnader, vc(i))}`, value: a.resultat })),
  ]);
  const ingaendeRow = resultatRow + 1;
  const kvarRow = resultatRow + 2;
  const pred = predecessorColumns(model.kolumner);
  const startCol = pred.indexOf(-1);
  r.push([
    "Ingående beslutsutrymme (från tidigare år)",
    "",
    ...result.ar.map((a, i): PlanCell => {
      if (i === startCol) return a.ingaende;
      const from = pred[i] < 0 ? a1(ingaendeRow, vc(startCol)) : a1(kvarRow, vc(pred[i]));
      return { formula: `=${from}`, value: a.ingaende };
    }),
  ]);
  inputCells.push(a1(ingaendeRow, vc(startCol)));
  r.push([
    "Kvarvarande beslutsutrymme",
    "",
    ...result.ar.map((a, i): PlanCell => ({ formula: `=${a1(ingaendeRow, vc(i))}+${a1(resultatRow, vc(i))}`, value: a.kvarvarande })),
  ]);
  r.push([]);
  const chartHeader = r.push(["Diagramunderlag", "", ...model.kolumner.map((k) => k.label)]);
  r.push([
    "",
    "Kvarvarande beslutsutrymme",
    ...result.ar.map((a, i): PlanCell => ({ formula: `=${a1(kvarRow, vc(i))}`, value: a.kvarvarande })),
  ]);

  const tableEnd = kvarRow;
  const amounts = a1Range(HEADER_ROW + 1, vc(0), chartHeader + 1, lastCol);
  styles.push({ range: amounts, numberFormat: FORMAT.tkr });
  for (const range of inputCells) styles.push({ range, fill: INPUT_FILL });
  for (const row of sectionRows) styles.push({ range: a1Range(row, 0, row, width - 1), bold: true, fill: COLORS.sectionFill });
  for (const row of sumRows) styles.push({ range: a1Range(row, 0, row, width - 1), bold: true, borderTop: true });
  styles.push(
    { range: a1Range(resultatRow, 0, kvarRow, width - 1), bold: true, fill: COLORS.totalFill },
    { range: a1Range(chartHeader, 0, chartHeader, width - 1), italic: true, fontColor: COLORS.noteText },
    { range: a1Range(HEADER_ROW, vc(0), HEADER_ROW, lastCol), horizontalAlignment: "Right" },
  );
  const kvarRange = a1Range(kvarRow, vc(0), kvarRow, lastCol);
  const negativa =
    result.negativa.length > 0 ? `Negativt beslutsutrymme: ${result.negativa.join(", ")}.` : "Beslutsutrymmet är positivt alla år.";
  return {
    kind: BESLUTSUTRYMME_KIND,
    key: `${span}${options.scenario ? ` ${options.scenario}` : ""}`,
    name: options.scenario ? scenarioSheetName(span, options.scenario) : reportSheetName(`Beslutsutrymme ${span}`),
    rows: r.rows,
    styles,
    inputCells,
    conditionalFormats: [
      {
        range: kvarRange,
        operator: "LessThan",
        formula1: "0",
        fill: COLORS.hogFill,
        fontColor: COLORS.hogText,
        description: "Negativt kvarvarande beslutsutrymme",
      },
      {
        range: a1Range(resultatRow, vc(0), resultatRow, lastCol),
        operator: "LessThan",
        formula1: "0",
        fontColor: COLORS.hogText,
        description: "Negativt resultat",
      },
    ],
    charts: [
      {
        type: "ColumnClustered",
        dataRange: a1Range(chartHeader, 1, chartHeader + 1, lastCol),
        seriesBy: "Rows",
        title: `Kvarvarande beslutsutrymme per år (${unit})`,
        anchor: `${columnLetter(width + 1)}${HEADER_ROW + 1}`,
        width: 480,
        height: 280,
      },
    ],
    freeze: { rows: HEADER_ROW + 1, columns: 2 },
    columnWidths: [260, 110, ...model.kolumner.map(() => 90), ...(withAndring ? [140] : [])],
    pageSetup: {
      orientation: "Landscape",
      paperSize: "A4",
      fitToWidth: true,
      printArea: a1Range(0, 0, tableEnd, width - 1),
      printTitleRows: "$5:$5",
      // The footer names the years the sheet covers, as its title does ("Beslutsutrymme 2024–2028").
      footerPeriod: span,
    },
    summary: `Kvarvarande beslutsutrymme ${result.ar.map((a) => `${a.kolumn.label}: ${amountText(a.kvarvarande, unit)}`).join("; ")}. ${negativa}`,
  };
}

/**
 * The sheet name of a scenario within Excel's 31 characters, keeping what tells scenarios apart: the first of
 * "Beslutsutrymme 2024–2028 <scenario>", "Beslutsutrymme 24–28 <scenario>", "BU 24–28 <scenario>" that fits; else
 * "BU 24–28 " and the scenario's start and end around "…" (neighbours such as "Minskat bidrag Region 10 %" and
 * "… 20 %" differ at the end, "Alternativ A: …" and "Alternativ B: …" near the start). The plan's key keeps the
 * full scenario name, so a re-run replaces the right sheet.
 */
export function scenarioSheetName(span: string, scenario: string): string {
  const name = scenario
    .replace(/[[\]:*?/\\]/g, "-")
    .replace(/[\u0000-\u001f]/g, " ")
    .replace(/^['\s]+|['\s]+$/g, "")
    .replace(/\s+/g, " ");
  const short = span.replace(/\b\d{2}(\d{2})\b/g, "$1");
  const shortSpan = short.includes("–") ? short : span;
  for (const prefix of [`Beslutsutrymme ${span}`, `Beslutsutrymme ${shortSpan}`, `BU ${shortSpan}`]) {
    const full = name ? `${prefix} ${name}` : prefix;
    if (full.length <= MAX_SHEET_NAME_LENGTH) return reportSheetName(full);
  }
  const prefix = `BU ${shortSpan} `;
  const room = MAX_SHEET_NAME_LENGTH - prefix.length - 1;
  const tail = Math.floor(room * 0.4);
  const head = room - tail;
  return reportSheetName(`${prefix}${name.slice(0, head).trimEnd()}…${name.slice(name.length - tail).trimStart()}`);
}

import { a1, a1Range } from "../model/address";
import type { CellStyle, PlanCell, SheetPlan } from "../model/plan";
import type { BidragRad, Bidragsfordelning } from "../compute/bidragsfordelning";
import type { MedlemTyp } from "../parse/medlemmar";
import { COLORS, FIRST_DATA_ROW, FORMAT, HEADER_ROW, sumCell, sumOfCells, tableName, titleRows, titleStyles } from "./common";
import { reportSheetName } from "./sheet-names";
import { formatSv } from "../text/format";

export const BIDRAG_KIND = "bidrag";
const TYP_TEXT: Record<MedlemTyp, string> = { stat: "Stat", region: "Region", kommun: "Kommun" };
const ORDER: MedlemTyp[] = ["stat", "region", "kommun"];

export interface BidragPlanOptions {
  ar: number;
  idag: string;
  forbund?: string;
  /** Last day of the report period (the delår's end when manader < 12). */
  till: string;
  kallor: readonly string[];
  /** Largest accepted |avvikelse| before the cell turns red, kronor. */
  tolerans: number;
  /**
   * Next year's bidrag from a Nästa år scenario (bidragFranScenario): the sheet is "Bidrag ÅÅÅÅ <namn>" (key
   * "ÅÅÅÅ <namn>"), its title and note name the scenario and the model column the total comes from.
   */
  scenario?: { namn: string; kolumn: string };
}

/**
 * Sheet "Bidrag ÅÅÅÅ" (domain.md §3.3): one row per medlem — staten, region, the kommuner and a
 * "Summa kommuner" row — then Totalt. Columns: Medlem, Typ, Invånare, Andel = helår / total
 * (`=E6/E$17`), Helår (whole kronor, largest remainder), and when present Delår t.o.m. <till>
 * (months/12), Beslutat, Fakturerat and Avvikelse = Fakturerat − (Delår or Helår) (`=H6-F6`).
 * Sum rows are `=SUM(…)` formulas with cached values; amounts shown as whole kronor (`#,##0`).
 * Uppsala 2024: FK/AF 11 661 000, Region Uppsala 5 830 500, Summa kommuner 5 830 500, Totalt 23 322 000.
 */
export function planBidrag(b: Bidragsfordelning, o: BidragPlanOptions): SheetPlan {
  const rader = ORDER.flatMap((t) => b.rader.filter((r) => r.typ === t));
  const kommuner = rader.filter((r) => r.typ === "kommun");
  const delar = b.manader < 12;
  const hasBeslutat = rader.some((r) => r.beslutat !== undefined);
  const hasFakturerat = rader.some((r) => r.fakturerat !== undefined);
  const cols: string[] = ["medlem", "typ", "invanare", "andel", "helar"];
  if (delar) cols.push("delar");
  if (hasBeslutat) cols.push("beslutat");
  if (hasFakturerat) cols.push("fakturerat", "avvikelse");
  const c = (key: string): number => cols.indexOf(key);
  const headers: Record<string, string> = {
    medlem: "Medlem",
    typ: "Typ",
    invanare: "Invånare",
    andel: "Andel",
    helar: `Helår ${o.ar} (kr)`,
    delar: `Delår t.o.m. ${o.till} (${b.manader} mån, kr)`,
    beslutat: "Beslutat (kr)",
    fakturerat: "Fakturerat (kr)",
    avvikelse: `Avvikelse fakturerat − ${delar ? "delår" : "helår"} (kr)`,
  };
  const fordelningText =
    "Staten 50 % (Försäkringskassan), region 25 %, kommunerna 25 % efter invånare; hela kronor med största-rest-avrundning så att beloppen summerar exakt.";
  const rows: PlanCell[][] = titleRows({
    rapport: o.scenario ? `Bidrag per medlem ${o.ar} enligt scenariot "${o.scenario.namn}"` : `Medlemsbidrag ${o.ar}`,
    forbund: o.forbund,
    fran: `${o.ar}-01-01`,
    till: delar ? o.till : `${o.ar}-12-31`,
    kallor: o.kallor,
    idag: o.idag,
    not: o.scenario
      ? `Medlemsavgifter ${o.ar} ur Nästa år-scenariot "${o.scenario.namn}" (${o.scenario.kolumn}): ${formatSv(b.total)} kr. ${fordelningText}`
      : `${fordelningText}${delar ? ` Delår = helår × ${b.manader}/12.` : ""}`,
  });
  rows.push(cols.map((k) => headers[k]));

  const firstKommun = FIRST_DATA_ROW + rader.length - kommuner.length;
  const lastKommun = FIRST_DATA_ROW + rader.length - 1;
  const summaKommuner = kommuner.length > 0 ? lastKommun + 1 : -1;
  const totalRow = FIRST_DATA_ROW + rader.length + (kommuner.length > 0 ? 1 : 0);
  const andel = (row: number, value: number): PlanCell => ({
    formula: `=IF(${a1(totalRow, c("helar"))}=0,"",${a1(row, c("helar"))}/${a1(totalRow, c("helar"))})`,
    value,
  });
  const avvikelse = (row: number, value: number | undefined): PlanCell =>
    value === undefined ? null : { formula: `=${a1(row, c("fakturerat"))}-${a1(row, c(delar ? "delar" : "helar"))}`, value };

  rader.forEach((r: BidragRad, i) => {
    const row = FIRST_DATA_ROW + i;
    const cells: Record<string, PlanCell> = {
      medlem: r.medlem,
      typ: TYP_TEXT[r.typ],
      invanare: r.invanare ?? null,
      andel: andel(row, r.andel),
      helar: r.helar,
      delar: r.delar,
      beslutat: r.beslutat ?? null,
      fakturerat: r.fakturerat ?? null,
      avvikelse: avvikelse(row, r.avvikelseFakturerat),
    };
    rows.push(cols.map((k) => cells[k]));
  });
  const sumRow = (label: string, members: BidragRad[], range: [number, number] | null, refs: number[], row: number): PlanCell[] => {
    const total = (f: (r: BidragRad) => number | undefined) => members.reduce((a, r) => a + (f(r) ?? 0), 0);
    const sum = (key: string, value: number): PlanCell =>
      range ? sumCell(c(key), range[0], range[1], value) : sumOfCells(c(key), refs, value);
    const field: Record<string, (r: BidragRad) => number | undefined> = {
      helar: (r) => r.helar,
      delar: (r) => r.delar,
      beslutat: (r) => r.beslutat,
      fakturerat: (r) => r.fakturerat,
      avvikelse: (r) => r.avvikelseFakturerat,
    };
    return cols.map((k): PlanCell => {
      if (k === "medlem") return label;
      if (k === "typ") return "";
      if (k === "invanare")
        return range
          ? sum(
              k,
              total((r) => r.invanare),
            )
          : "";
      if (k === "andel") return andel(row, b.total === 0 ? 0 : total((r) => r.helar) / b.total);
      return sum(k, total(field[k]));
    });
  };
  if (kommuner.length > 0) rows.push(sumRow("Summa kommuner", kommuner, [firstKommun, lastKommun], [], summaKommuner));
  const totalRefs = [
    ...rader.map((_, i) => FIRST_DATA_ROW + i).filter((r) => r < firstKommun),
    ...(summaKommuner >= 0 ? [summaKommuner] : []),
  ];
  rows.push(sumRow("Totalt", rader, null, totalRefs, totalRow));

  const last = cols.length - 1;
  const styles: CellStyle[] = titleStyles(cols.length);
  styles.push(
    { range: a1Range(FIRST_DATA_ROW, c("invanare"), totalRow, c("invanare")), numberFormat: FORMAT.helt },
    { range: a1Range(FIRST_DATA_ROW, c("andel"), totalRow, c("andel")), numberFormat: "0.00%" },
    { range: a1Range(FIRST_DATA_ROW, c("helar"), totalRow, last), numberFormat: FORMAT.helt },
    { range: a1Range(totalRow, 0, totalRow, last), bold: true, borderTop: true, fill: COLORS.totalFill },
  );
  if (summaKommuner >= 0) styles.push({ range: a1Range(summaKommuner, 0, summaKommuner, last), bold: true, borderTop: true });
  const suffix = o.scenario ? `${o.ar} ${o.scenario.namn}` : String(o.ar);
  const plan: SheetPlan = {
    kind: BIDRAG_KIND,
    key: suffix,
    name: reportSheetName("Bidrag", suffix),
    rows,
    styles,
    tables: [
      {
        name: tableName("Bidrag", suffix),
        range: a1Range(HEADER_ROW, 0, totalRow, last),
        style: "TableStyleMedium2",
        showTotals: true,
      },
    ],
    freeze: { rows: HEADER_ROW + 1, columns: 1 },
    columnWidths: cols.map((k) => (k === "medlem" ? 230 : k === "typ" ? 60 : 110)),
    pageSetup: {
      orientation: "Landscape",
      paperSize: "A4",
      fitToWidth: true,
      printTitleRows: "$5:$5",
      // Next year's bidrag from a scenario: the footer names its year, as the title does, not the run's period.
      ...(o.scenario ? { footerPeriod: String(o.ar) } : {}),
    },
    summary: `Medlemsbidrag ${o.ar}${o.scenario ? ` enligt scenariot "${o.scenario.namn}"` : ""}: ${formatSv(b.total)} kr — staten ${formatSv(b.grupper.stat.helar)}, region ${formatSv(b.grupper.region.helar)}, kommunerna ${formatSv(b.grupper.kommun.helar)} kr.${delar ? ` Delår ${b.manader} mån: ${formatSv(b.delarTotal)} kr.` : ""}`,
  };
  if (hasFakturerat) {
    const range = a1Range(FIRST_DATA_ROW, c("avvikelse"), totalRow, c("avvikelse"));
    plan.conditionalFormats = [
      {
        range,
        operator: "GreaterThan",
        formula1: String(o.tolerans),
        fill: COLORS.hogFill,
        fontColor: COLORS.hogText,
        description: `Fakturerat över beslutat (mer än ${o.tolerans} kr)`,
      },
      {
        range,
        operator: "LessThan",
        formula1: String(-o.tolerans),
        fill: COLORS.hogFill,
        fontColor: COLORS.hogText,
        description: `Fakturerat under beslutat (mer än ${o.tolerans} kr)`,
      },
    ];
  }
  return plan;
}

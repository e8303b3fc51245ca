import { a1, a1Range } from "../model";
import type { CellStyle, ParsedWorkbook, PlanCell, SheetPlan } from "../model";
import {
  summera,
  type DriftsBelopp,
  type DriftsGrupp,
  type DriftsPost,
  type DriftsredovisningResultat,
  type DriftsSektion,
} from "../compute/driftsredovisning";
import {
  amountHeader,
  amountText,
  periodHeader,
  COLORS,
  enhet,
  FIRST_DATA_ROW,
  FORMAT,
  HEADER_ROW,
  ratioCell,
  sourceSheetNames,
  sumCell,
  sumOfCells,
  titleRows,
  titleStyles,
} from "./common";
import { reportSheetName } from "./sheet-names";

/**
 * Sheet "Driftsredovisning ÅÅÅÅ-MM-DD": sections Intäkter, Administrativa kostnader,
 * Samverkansinsatser (one subgroup per Inriktning or Typ), Övriga samverkansinsatser, Årets resultat.
 * Columns: A Post, B Insatsägare, C Budget (period), D Utfall (period), E Avvikelse = `=D−C`,
 * F Prognos helår, G Budget helår, H Andel av årsbudget = `=IF(G=0,"",D/G)`, I Not ("ej budgeterad" — budget 0;
 * "prognos = budget" — no prognos given; "egen periodbudget"; "prognosen förutsätter en förändring" — run-rate check).
 * Group sums are `=SUM(C7:C9)` over ALL their rows (a post without budget shows 0, never a blank);
 * Summa samverkansinsatser and the result line are `=SUM(<sum cells>)`; Avvikelse on sum rows is `=D−C` of the row.
 * The result line is "Periodens resultat" in a delår, "Årets resultat" for a whole year. Below it: the run-rate
 * check of the helårsprognos (utfall/m × 12 and utfall + återstående budget). Every formula carries its computed value.
 */

export const DRIFTSREDOVISNING_KIND = "driftsredovisning";
export const SIGN_CONVENTION = "Avvikelse = Utfall − Budget; positivt = bättre än budget. Intäkter positiva, kostnader negativa.";

const NCOLS = 9;
const C = { post: 0, agare: 1, budget: 2, utfall: 3, avvikelse: 4, prognos: 5, budgetHelar: 6, andel: 7, not: 8 } as const;

/** The Not column of a row: ej budgeterad, prognos = budget, egen periodbudget, step change. */
export function notText(b: DriftsBelopp): string {
  const delar: string[] = [];
  if (b.ejBudgeterad) delar.push("ej budgeterad");
  if (b.periodbudget) delar.push("egen periodbudget");
  if (b.prognosArBudget) delar.push("prognos = budget");
  if (b.korning?.stegforandring) delar.push("prognosen förutsätter en förändring");
  return delar.join("; ");
}

const SEKTION_RUBRIK: Record<DriftsSektion, string> = {
  intakter: "Intäkter",
  administration: "Administrativa kostnader",
  samverkansinsatser: "Samverkansinsatser",
  ovriga: "Övriga samverkansinsatser",
  ejKnuten: "Utfall som inte kunnat knytas till en insats",
};

type Kind = "section" | "post" | "sum" | "total" | "blank" | "note";

class Builder {
  readonly rows: PlanCell[][] = [];
  readonly kinds = new Map<number, Kind>();
  constructor(startRows: PlanCell[][]) {
    this.rows.push(...startRows);
  }
  get next(): number {
    return this.rows.length;
  }
  add(kind: Kind, cells: PlanCell[]): number {
    this.kinds.set(this.rows.length, kind);
    this.rows.push(cells);
    return this.rows.length - 1;
  }
}

function postRow(b: Builder, p: DriftsPost): void {
  const r = b.next;
  b.add("post", [
    p.post,
    p.agare ?? "",
    p.budget ?? 0,
    p.utfall,
    { formula: `=${a1(r, C.utfall)}-${a1(r, C.budget)}`, value: p.avvikelse ?? 0 },
    p.prognosHelar ?? p.budgetHelar ?? 0,
    p.budgetHelar ?? 0,
    ratioCell(r, C.utfall, C.budgetHelar, p.forbrukadAndel),
    notText(p),
  ]);
}

/** A sum row: `=SUM(...)` per amount column (over a row range or over sum cells). */
function sumRow(b: Builder, kind: Kind, label: string, s: DriftsBelopp, f: (col: number, value: number) => PlanCell): number {
  const r = b.next;
  return b.add(kind, [
    label,
    "",
    f(C.budget, s.budget ?? 0),
    f(C.utfall, s.utfall),
    { formula: `=${a1(r, C.utfall)}-${a1(r, C.budget)}`, value: s.utfall - (s.budget ?? 0) + 0 },
    f(C.prognos, s.prognosHelar ?? 0),
    f(C.budgetHelar, s.budgetHelar ?? 0),
    ratioCell(r, C.utfall, C.budgetHelar, s.forbrukadAndel),
    s.prognosArBudget ? "prognos delvis = budget" : "",
  ]);
}

/** Heading, posts and "Summa <rubrik>"; returns the sum row. */
function groupBlock(b: Builder, g: DriftsGrupp, heading: boolean): number {
  if (heading) b.add("section", [g.rubrik]);
  const first = b.next;
  g.poster.forEach((p) => postRow(b, p));
  const last = b.next - 1;
  return sumRow(b, "sum", `Summa ${g.rubrik.toLowerCase()}`, g.summa, (col, v) => sumCell(col, first, last, v));
}

function sectionSumma(r: DriftsredovisningResultat, s: DriftsSektion): DriftsBelopp {
  if (s === "intakter") return r.summaIntakter;
  if (s === "administration") return r.summaAdministration;
  if (s === "samverkansinsatser") return r.summaSamverkansinsatser;
  if (s === "ovriga") return r.summaOvriga;
  return summera(r.grupper.filter((g) => g.sektion === s).map((g) => g.summa));
}

/** Builds the Driftsredovisning sheet from a computed result. */
export function planDriftsredovisning(r: DriftsredovisningResultat, base: ParsedWorkbook, options: { idag: string }): SheetPlan {
  const unit = enhet(base);
  const b = new Builder(
    titleRows({
      rapport: "Driftsredovisning",
      forbund: base.installningar.forbund,
      fran: r.fran,
      till: r.till,
      kallor: sourceSheetNames(base, ["insatser", "budget", "utfall"]),
      idag: options.idag,
      not: SIGN_CONVENTION,
    }),
  );
  b.add("blank", [
    "Post",
    "Insatsägare",
    amountHeader(`Budget ${periodHeader(r.fran, r.till)}`, unit),
    amountHeader(`Utfall ${periodHeader(r.fran, r.till)}`, unit),
    amountHeader("Avvikelse", unit),
    amountHeader(`Prognos helår ${r.ar}`, unit),
    amountHeader(`Budget helår ${r.ar}`, unit),
    // Neutral for both signs: for intäkter it is how much of the year's income has come in.
    "Andel av årsbudget",
    "Not",
  ]);

  const sectionSums: number[] = [];
  for (const sektion of ["intakter", "administration", "samverkansinsatser", "ovriga", "ejKnuten"] as DriftsSektion[]) {
    const grupper = r.grupper.filter((g) => g.sektion === sektion && g.poster.length > 0);
    if (grupper.length === 0) continue;
    if (sectionSums.length > 0) b.add("blank", []);
    if (sektion !== "samverkansinsatser") {
      b.add("section", [SEKTION_RUBRIK[sektion]]);
      const g: DriftsGrupp = { ...grupper[0], rubrik: SEKTION_RUBRIK[sektion], poster: grupper.flatMap((x) => x.poster) };
      g.summa = sectionSumma(r, sektion);
      sectionSums.push(groupBlock(b, g, false));
      continue;
    }
    b.add("section", [SEKTION_RUBRIK[sektion]]);
    const subSums = grupper.map((g) => groupBlock(b, g, true));
    sectionSums.push(sumRow(b, "sum", "Summa samverkansinsatser", r.summaSamverkansinsatser, (col, v) => sumOfCells(col, subSums, v)));
  }
  b.add("blank", []);
  const totalRow = sumRow(b, "total", `${r.resultatRubrik} ${r.till}`, r.totalt, (col, v) =>
    sectionSums.length > 0 ? sumOfCells(col, sectionSums, v) : v,
  );
  const k = r.totalt.korning;
  if (k) {
    b.add("blank", []);
    b.add("note", [
      `Rimlighetskontroll av prognosen (${k.manader} av 12 månader): utfallet i samma takt ger ${amountText(k.utfallTakt, unit)}, ` +
        `utfall + återstående budget ger ${amountText(k.utfallPlusRestbudget, unit)}; prognosen är ${amountText(r.totalt.prognosHelar ?? 0, unit)}` +
        (k.stegforandring ? " och förutsätter en tydlig förändring resten av året." : "."),
    ]);
  }

  const lastCol = NCOLS - 1;
  const styles: CellStyle[] = [
    ...titleStyles(NCOLS),
    { range: a1Range(FIRST_DATA_ROW, C.budget, totalRow, C.budgetHelar), numberFormat: FORMAT.tkr },
    { range: a1Range(FIRST_DATA_ROW, C.andel, totalRow, C.andel), numberFormat: FORMAT.procent },
  ];
  for (const [row, kind] of b.kinds) {
    if (kind === "section") styles.push({ range: a1Range(row, 0, row, lastCol), bold: true, fill: COLORS.sectionFill });
    if (kind === "sum") styles.push({ range: a1Range(row, 0, row, lastCol), bold: true, borderTop: true });
    if (kind === "total") styles.push({ range: a1Range(row, 0, row, lastCol), bold: true, borderTop: true, fill: COLORS.totalFill });
  }
  const t = r.totalt;
  const kr = (x: number) => amountText(x, unit);
  return {
    kind: DRIFTSREDOVISNING_KIND,
    key: r.till,
    name: reportSheetName("Driftsredovisning", r.till),
    rows: b.rows,
    styles,
    freeze: { rows: HEADER_ROW + 1, columns: 1 },
    columnWidths: [220, 150, 95, 95, 95, 95, 95, 95, 160],
    pageSetup: { orientation: "Landscape", paperSize: "A4", fitToWidth: true, printTitleRows: "$5:$5" },
    summary: `${r.resultatRubrik} ${r.till}: budget ${kr(t.budget ?? 0)}, utfall ${kr(t.utfall)}, avvikelse ${kr(t.avvikelse ?? 0)}.`,
  };
}

import { a1, a1Range } from "../model";
import type { CellStyle, ConditionalFormatPlan, FormulaCell, ParsedWorkbook, PlanCell, SheetPlan } from "../model";
import type { DriftsBelopp } from "../compute/driftsredovisning";
import { formatPercent } from "../text/format";
import type { ResultatNyckeltal } from "../compute/nyckeltal/resultat";
import type { Resultatrakning } from "../compute/resultatrakning";
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
  tableName,
  titleRows,
  titleStyles,
} from "./common";
import { reportSheetName } from "./sheet-names";

/**
 * Sheet "Resultat ÅÅÅÅ-MM-DD" (domain.md §5): title rows, then two tables.
 *
 * 1. Resultaträkning (LKBR) from row 5: A Post, B Budget (period), C Utfall (period), D Avvikelse,
 *    E Prognos helår, F Budget helår. Verksamhetens kostnader = `=SUM(<varav rows>)`; Verksamhetens
 *    nettokostnader = `=SUM(intäkter, kostnader)`; Resultat efter finansiella poster = `=SUM(netto, fin. intäkter,
 *    fin. kostnader)` (only with financial posts); Årets resultat = `=<the row above it>`. Aggregated lines are values
 *    (their Avvikelse is the driftsredovisning's sum, which leaves out posts without budget).
 * 2. Nyckeltal below it: A Nyckeltal, B Belopp, C Jämfört med, D Andel = `=IF(C=0,"",B/C)` shown `0.0%`, E Tak, F Bedömning.
 *    Each section after the first names its own columns on its section row ("Utfall (tkr) | Årsbudget (tkr) | Förbrukad
 *    andel"): the table's header row prints on page 1 only, and "4 664 | 23 322 | 42,6 %" needs its headings.
 *    Eget kapital = `=SUM(ackumulerat överskott, reservfond, årets resultat)`, årets resultat = `=C<Årets resultat>` of the
 *    resultaträkning; tak = `=<medlemsbidrag>*andel`; förbrukning i förhållande till medlemsintäkt = `=-C<varav row>` over
 *    `=B<medlemsbidrag>`. Every formula carries its computed value.
 */

export const RESULTAT_KIND = "resultat";
/** Percentages of the nyckeltal: 0,289 → "28.9%" (Excel shows "28,9 %" with Swedish settings). */
export const PROCENT_EN_DECIMAL = "0.0%";

const NCOLS = 6;
const C = { post: 0, budget: 1, utfall: 2, avvikelse: 3, prognos: 4, budgetHelar: 5 } as const;
const N = { namn: 0, belopp: 1, jamfort: 2, andel: 3, tak: 4, bedomning: 5 } as const;

type Kind = "section" | "varav" | "sum" | "total";

const opt = (v: number | undefined): PlanCell => (v === undefined ? "" : v);
const ref = (row: number, col: number, value: number): FormulaCell => ({ formula: `=${a1(row, col)}`, value });

class Sheet {
  readonly rows: PlanCell[][];
  readonly kinds = new Map<number, Kind>();
  constructor(start: PlanCell[][]) {
    this.rows = [...start];
  }
  add(cells: PlanCell[], kind?: Kind): number {
    if (kind) this.kinds.set(this.rows.length, kind);
    this.rows.push(cells);
    return this.rows.length - 1;
  }
  get next(): number {
    return this.rows.length;
  }
}

const BELOPP_COLS = [C.budget, C.utfall, C.avvikelse, C.prognos, C.budgetHelar] as const;
const beloppOf = (b: DriftsBelopp, col: number): number =>
  col === C.budget
    ? (b.budget ?? 0)
    : col === C.utfall
      ? b.utfall
      : col === C.avvikelse
        ? (b.avvikelse ?? 0)
        : col === C.prognos
          ? (b.prognosHelar ?? 0)
          : (b.budgetHelar ?? 0);

function valueRow(s: Sheet, label: string, b: DriftsBelopp, kind?: Kind): number {
  return s.add([label, opt(b.budget), b.utfall, opt(b.avvikelse), opt(b.prognosHelar), opt(b.budgetHelar)], kind);
}

function formulaRow(s: Sheet, label: string, b: DriftsBelopp, kind: Kind, f: (col: number, value: number) => FormulaCell): number {
  return s.add([label, ...BELOPP_COLS.map((col) => f(col, beloppOf(b, col)))], kind);
}

/** The resultaträkning block; returns the rows the nyckeltal refer to. */
function resultatrakningRows(
  s: Sheet,
  rr: Resultatrakning,
): { arets: number; varav: Record<"samverkansinsatser" | "fortroendevalda" | "forvaltning", number> } {
  const intakter = valueRow(s, "Verksamhetens intäkter", rr.verksamhetensIntakter);
  const kostnader = s.next;
  const v1 = kostnader + 1;
  formulaRow(s, "Verksamhetens kostnader", rr.verksamhetensKostnader, "sum", (col, v) => sumCell(col, v1, v1 + 2, v));
  const varav = {
    fortroendevalda: valueRow(s, "varav förtroendevalda", rr.varav.fortroendevalda, "varav"),
    forvaltning: valueRow(s, "varav förvaltning", rr.varav.forvaltning, "varav"),
    samverkansinsatser: valueRow(s, "varav samverkansinsatser", rr.varav.samverkansinsatser, "varav"),
  };
  const netto = formulaRow(s, "Verksamhetens nettokostnader", rr.verksamhetensNettokostnader, "sum", (col, v) =>
    sumOfCells(col, [intakter, kostnader], v),
  );
  let fore = netto;
  if (rr.finansiellaIntakter && rr.finansiellaKostnader) {
    const fi = valueRow(s, "Finansiella intäkter", rr.finansiellaIntakter);
    const fk = valueRow(s, "Finansiella kostnader", rr.finansiellaKostnader);
    fore = formulaRow(s, "Resultat efter finansiella poster", rr.resultatEfterFinansiellaPoster, "sum", (col, v) =>
      sumOfCells(col, [netto, fi, fk], v),
    );
  }
  const arets = formulaRow(s, `${rr.resultatRubrik} ${rr.till}`, rr.aretsResultat, "total", (col, v) => ref(fore, col, v));
  return { arets, varav };
}

const bedomning = (andel: number | undefined, tak: number): string =>
  andel === undefined ? "" : andel > tak ? "Över taket" : "Inom taket";

/** The nyckeltal rows below their header row; returns the conditional formats of the eget kapital andelar. */
function nyckeltalRows(
  s: Sheet,
  rr: Resultatrakning,
  nk: ResultatNyckeltal,
  refs: ReturnType<typeof resultatrakningRows>,
  unit: ReturnType<typeof enhet>,
): ConditionalFormatPlan[] {
  const cf: ConditionalFormatPlan[] = [];
  const B = (row: number) => a1(row, N.belopp);
  const mb = nk.medlemsbidrag;
  const ek = nk.egetKapital;
  s.add(["Eget kapital och årets medlemsbidrag"], "section");
  let ekRow: number | undefined;
  let rfRow: number | undefined;
  if (ek) {
    const ack = s.add(["Ackumulerat överskott vid årets början (exkl. reservfond)", ek.ek.ackumuleratOverskott]);
    rfRow = s.add(["Reservfond (bunden)", ek.ek.reservfond]);
    const ar = nk.aretsResultat;
    const aretsCell = ar.iResultatrakningen ? ref(refs.arets, C.utfall, ar.belopp) : ar.belopp;
    const aretsRow = s.add([`${nk.delar ? "Periodens" : "Årets"} resultat ${ar.fran} – ${ar.till}`, aretsCell]);
    ekRow = s.add([`Eget kapital ${rr.till}`, sumOfCells(N.belopp, [ack, rfRow, aretsRow], ek.ek.egetKapital)], "sum");
  } else {
    s.add(["Eget kapital beräknas inte: Ackumulerat överskott saknas i Inställningar."]);
  }
  const mbRow = s.add([mb ? `Årets medlemsbidrag ${nk.ar} (${mb.kalla})` : `Årets medlemsbidrag ${nk.ar} saknas`, mb ? mb.belopp : ""]);
  const mbCell = (): PlanCell => (mb ? ref(mbRow, N.belopp, mb.belopp) : "");
  if (ek && ekRow !== undefined && rfRow !== undefined && mb) {
    const t = ek.tak;
    s.add([
      `Tak för eget kapital (${formatPercent(t.andel)} av årets medlemsbidrag)`,
      { formula: `=${B(mbRow)}*${t.andel}`, value: ek.takBelopp },
    ]);
    /** Bedömning of an andel; the one the tak does not apply to is marked "(upplysning)". */
    const text = (andel: number | undefined, inkl: boolean, upplysning = false): string => {
      const b = bedomning(andel, t.andel);
      return b !== "" && (upplysning || t.inklReservfond !== inkl) ? `${b} (upplysning)` : b;
    };
    const periodInfo = nk.delar;
    const med = s.next;
    s.add([
      `Eget kapital i % av årets medlemsbidrag (inkl. reservfond)`,
      ref(ekRow, N.belopp, ek.ek.egetKapital),
      mbCell(),
      ratioCell(med, N.belopp, N.jamfort, ek.andelMedReservfond),
      t.andel,
      text(ek.andelMedReservfond, true, periodInfo),
    ]);
    const utan = s.next;
    s.add([
      `Eget kapital exkl. reservfond i % av årets medlemsbidrag`,
      { formula: `=${B(ekRow)}-${B(rfRow)}`, value: ek.ek.egetKapitalUtanReservfond },
      mbCell(),
      ratioCell(utan, N.belopp, N.jamfort, ek.andelUtanReservfond),
      t.andel,
      text(ek.andelUtanReservfond, false, periodInfo),
    ]);
    let forsta = med;
    let sista = utan;
    const ekAr = nk.egetKapitalArsslut;
    if (nk.delar && ekAr) {
      const ack = ekRow - 3;
      const prognosRow = s.add([`Prognos årets resultat ${nk.ar}`, ref(refs.arets, C.prognos, ekAr.ek.aretsResultat)]);
      const ekArRow = s.add(
        [
          `Eget kapital vid årets slut enligt prognos (${nk.ar}-12-31)`,
          sumOfCells(N.belopp, [ack, rfRow, prognosRow], ekAr.ek.egetKapital),
        ],
        "sum",
      );
      forsta = s.next;
      s.add([
        `Eget kapital vid årets slut i % av årets medlemsbidrag (inkl. reservfond)`,
        ref(ekArRow, N.belopp, ekAr.ek.egetKapital),
        mbCell(),
        ratioCell(forsta, N.belopp, N.jamfort, ekAr.andelMedReservfond),
        t.andel,
        text(ekAr.andelMedReservfond, true),
      ]);
      sista = s.next;
      s.add([
        `Eget kapital vid årets slut exkl. reservfond i % av årets medlemsbidrag`,
        { formula: `=${B(ekArRow)}-${B(rfRow)}`, value: ekAr.ek.egetKapitalUtanReservfond },
        mbCell(),
        ratioCell(sista, N.belopp, N.jamfort, ekAr.andelUtanReservfond),
        t.andel,
        text(ekAr.andelUtanReservfond, false),
      ]);
    }
    s.add([
      `Taket gäller eget kapital vid årets slut, ${t.inklReservfond ? "inklusive" : "exklusive"} den bundna reservfonden` +
        (nk.delar ? "; periodens eget kapital visas som upplysning." : "."),
    ]);
    cf.push({
      range: a1Range(Math.min(med, forsta), N.andel, Math.max(utan, sista), N.andel),
      operator: "GreaterThan",
      formula1: String(t.andel),
      fill: COLORS.hogFill,
      fontColor: COLORS.hogText,
      description: `Eget kapital över taket (${formatPercent(t.andel)} av årets medlemsbidrag)`,
    });
  }
  const ov = nk.overskott;
  if (ov) {
    s.add(["Max överskott och lägsta förbrukning", amountHeader("Belopp", unit), amountHeader("Medlemsbidrag", unit)], "section");
    const maxRow = s.add([`Max överskott (${formatPercent(ov.tak.andel)} av årets medlemsbidrag)`, ov.maxOverskott, ov.medlemsbidrag]);
    const ekStart = s.add([`Eget kapital vid årets början`, ov.egetKapitalVidArsborjan]);
    const intakt = s.add([`Årets intäkter (prognos)`, ov.aretsIntakter]);
    const lagsta = s.add(
      [
        `Lägsta förbrukning (eget kapital + intäkter − max överskott)`,
        { formula: `=${B(ekStart)}+${B(intakt)}-${B(maxRow)}`, value: ov.lagstaForbrukning },
      ],
      "sum",
    );
    const beslutat = s.add([`Redan budgeterade kostnader ${nk.ar}`, ov.beslutat]);
    s.add([`Kvar att besluta för nya verksamheter`, { formula: `=${B(lagsta)}-${B(beslutat)}`, value: ov.attBesluta }], "sum");
  }

  s.add(
    ["Förbrukning i förhållande till årets medlemsbidrag", amountHeader("Utfall", unit), amountHeader("Medlemsbidrag", unit), "Andel"],
    "section",
  );
  for (const r of nk.medlemsintakt) {
    const row = s.next;
    s.add([
      r.rubrik,
      { formula: `=-${a1(refs.varav[r.slag], C.utfall)}`, value: r.kostnad },
      mbCell(),
      ratioCell(row, N.belopp, N.jamfort, r.andel),
    ]);
  }

  s.add(
    [
      "Utfall mot årsbudget – förtroendevalda och förvaltning",
      amountHeader("Utfall", unit),
      amountHeader("Årsbudget", unit),
      "Förbrukad andel",
    ],
    "section",
  );
  if (nk.utfallMotArsbudget.length === 0) s.add(["Inga poster för förtroendevalda eller förvaltning."]);
  for (const r of nk.utfallMotArsbudget) {
    const row = s.next;
    const slag = r.slag === "fortroendevalda" ? "förtroendevalda" : "förvaltning";
    // the group in brackets only when the post's own name does not already say it ("Förtroendevalda", not "… (förtroendevalda)")
    const label = r.post.toLowerCase().includes(slag) ? r.post : `${r.post} (${slag})`;
    s.add([label, r.utfall, opt(r.budgetHelar), ratioCell(row, N.belopp, N.jamfort, r.andel)]);
  }

  // Intäkter are among the rows: "Andel av årsbudget", not "Förbrukad andel" (which is for costs only).
  s.add(
    ["Förbrukad andel av årsbudget per grupp", amountHeader("Utfall", unit), amountHeader("Årsbudget", unit), "Andel av årsbudget"],
    "section",
  );
  const gruppRader: number[] = [];
  for (const r of nk.forbrukadAndel) {
    const row = s.next;
    if (r.summa) {
      s.add(
        [
          r.rubrik,
          sumOfCells(N.belopp, gruppRader, r.utfall),
          sumOfCells(N.jamfort, gruppRader, r.budgetHelar),
          ratioCell(row, N.belopp, N.jamfort, r.andel),
        ],
        "sum",
      );
      continue;
    }
    if (r.sektion === "samverkansinsatser") gruppRader.push(row);
    s.add([r.rubrik, r.utfall, r.budgetHelar, ratioCell(row, N.belopp, N.jamfort, r.andel)]);
  }
  return cf;
}

/** Builds the "Resultat ÅÅÅÅ-MM-DD" sheet from the resultaträkning and the nyckeltal. */
export function planResultat(rr: Resultatrakning, nk: ResultatNyckeltal, base: ParsedWorkbook, options: { idag: string }): SheetPlan {
  const unit = enhet(base);
  const tak = nk.egetKapital?.tak;
  const takText = tak
    ? ` Tak: ${formatPercent(tak.andel)} av årets medlemsbidrag, ${tak.inklReservfond ? "inklusive" : "exklusive"} reservfond.`
    : "";
  const s = new Sheet(
    titleRows({
      rapport: "Resultaträkning och nyckeltal",
      forbund: base.installningar.forbund,
      fran: rr.fran,
      till: rr.till,
      kallor: sourceSheetNames(base, ["insatser", "budget", "utfall", "installningar"]),
      idag: options.idag,
      not:
        "Resultaträkning enligt LKBR: intäkter positiva, kostnader negativa; Avvikelse = Utfall − Budget. " +
        `Eget kapital = ackumulerat överskott (exkl. reservfond) + reservfond + årets resultat.${takText}`,
    }),
  );
  s.add([
    "Resultaträkning",
    amountHeader(`Budget ${periodHeader(rr.fran, rr.till)}`, unit),
    amountHeader(`Utfall ${periodHeader(rr.fran, rr.till)}`, unit),
    amountHeader("Avvikelse", unit),
    amountHeader(`Prognos helår ${rr.ar}`, unit),
    amountHeader(`Budget helår ${rr.ar}`, unit),
  ]);
  const refs = resultatrakningRows(s, rr);
  s.add([]);
  const hdr = s.add(["Nyckeltal", amountHeader("Belopp", unit), amountHeader("Jämfört med", unit), "Andel", "Tak", "Bedömning"]);
  const conditionalFormats = nyckeltalRows(s, rr, nk, refs, unit);
  const last = s.next - 1;

  const lastCol = NCOLS - 1;
  const styles: CellStyle[] = [
    ...titleStyles(NCOLS),
    { range: a1Range(FIRST_DATA_ROW, C.budget, refs.arets, C.budgetHelar), numberFormat: FORMAT.tkr },
    { range: a1Range(hdr, 0, hdr, lastCol), bold: true, fill: COLORS.headerFill, wrap: true },
    { range: a1Range(hdr + 1, N.belopp, last, N.jamfort), numberFormat: FORMAT.tkr },
    { range: a1Range(hdr + 1, N.andel, last, N.tak), numberFormat: PROCENT_EN_DECIMAL },
  ];
  for (const [row, kind] of s.kinds) {
    if (kind === "section") styles.push({ range: a1Range(row, 0, row, lastCol), bold: true, fill: COLORS.sectionFill });
    // A section's own column headings (page 2 prints without the table's header row): over their numbers, wrapped.
    if (kind === "section" && s.rows[row].length > 1)
      styles.push({ range: a1Range(row, N.belopp, row, N.tak), horizontalAlignment: "Right", wrap: true });
    if (kind === "varav") styles.push({ range: a1Range(row, 0, row, lastCol), italic: true });
    if (kind === "sum") styles.push({ range: a1Range(row, 0, row, lastCol), bold: true, borderTop: true });
    if (kind === "total") styles.push({ range: a1Range(row, 0, row, lastCol), bold: true, borderTop: true, fill: COLORS.totalFill });
  }
  const ek = nk.egetKapital;
  const ekAr = nk.egetKapitalArsslut;
  const ekText =
    ek && ek.andelMedReservfond !== undefined
      ? ` Eget kapital ${amountText(ek.ek.egetKapital, unit)} = ${formatPercent(ek.andelMedReservfond)} av årets medlemsbidrag` +
        (nk.delar && ekAr && ekAr.jamfordAndel !== undefined
          ? `; vid årets slut enligt prognos ${amountText(ekAr.ek.egetKapital, unit)} = ${formatPercent(ekAr.jamfordAndel)} (${ekAr.overTak ? "över" : "inom"} taket ${formatPercent(ekAr.tak.andel)}).`
          : ` (${ek.overTak ? "över" : "inom"} taket ${formatPercent(ek.tak.andel)}).`)
      : "";
  return {
    kind: RESULTAT_KIND,
    key: rr.till,
    name: reportSheetName("Resultat", rr.till),
    rows: s.rows,
    styles,
    tables: [
      { name: tableName("Resultatrakning", rr.till), range: a1Range(HEADER_ROW, 0, refs.arets, lastCol), style: "TableStyleLight9" },
      { name: tableName("Nyckeltal", rr.till), range: a1Range(hdr, 0, last, lastCol), style: "TableStyleLight9" },
    ],
    conditionalFormats,
    freeze: { rows: HEADER_ROW + 1, columns: 1 },
    columnWidths: [300, 100, 100, 95, 95, 150],
    pageSetup: { orientation: "Portrait", paperSize: "A4", fitToWidth: true },
    summary: `${rr.resultatRubrik} ${rr.till}: utfall ${amountText(rr.aretsResultat.utfall, unit)} (budget ${amountText(rr.aretsResultat.budget ?? 0, unit)}).${ekText}`,
  };
}

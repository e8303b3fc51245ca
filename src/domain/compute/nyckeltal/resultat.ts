import { issue } from "../../issues";
import type { IsoDate, ParsedWorkbook, RawSheet } from "../../model";
import type { Issue } from "../../issues";
import { computeDriftsredovisning, type DriftsredovisningResultat } from "../driftsredovisning";
import { egetKapitalVidPeriodslut } from "./eget-kapital";
import { egetKapitalMotTak, egetKapitalOverTakIssue, type EgetKapitalMotTak } from "./eget-kapital-tak";
import { forbrukadAndelPerGrupp, type ForbrukadAndelRad } from "./forbrukad-andel";
import { arsMedlemsbidrag, egetKapitalTakFranInstallningar, installningCell, type ArsMedlemsbidrag } from "./installningar";
import { forbrukningMotMedlemsintakt, type MedlemsintaktRad } from "./medlemsintakt";
import { maxOverskott, type MaxOverskott } from "./max-overskott";
import { utfallMotArsbudget, type UtfallMotArsbudgetRad } from "./utfall-mot-arsbudget";
import type { Resultatrakning } from "../resultatrakning";

/**
 * The nyckeltal of the "Resultat …" sheet (domain.md §3.2 "Also:"), each computed by its own function:
 * eget kapital vs tak (nyckeltal-eget-kapital-tak), eget kapital i % av årets medlemsbidrag
 * (nyckeltal-eget-kapital-andel), förbrukning i förhållande till medlemsintäkt (nyckeltal-medlemsintakt),
 * utfall mot årsbudget för förtroendevalda och förvaltning (nyckeltal-utfall-mot-arsbudget) and
 * förbrukad andel av budget per grupp (nyckeltal-forbrukad-andel).
 *
 * Årets resultat for eget kapital runs from 1 January of the period end's year to the period end:
 * the resultaträkning's Årets resultat when the period starts on 1 January, otherwise a driftsredovisning
 * computed by the same function over [1 januari, till].
 *
 * Eget kapital vid årets början = Inställningar "Eget kapital vid årets början" (incl. reservfond), else ackumulerat
 * överskott + reservfond. The tak verdict concerns the YEAR END (domain.md §3.2): at a delår the prognosticated
 * year-end EK = EK vid årets början + prognos årets resultat (Σ prognos helår, budget where a post has none) is
 * compared with the tak (`egetKapitalArsslut`, EGET_KAPITAL_OVER_TAK names the prognos); the period-end EK
 * (`egetKapital`) is information only. For a whole year the two are the same and `egetKapitalArsslut` is the
 * period-end figure. Uppsala 2024-06-30: 6 740 / 23 322 = 28,9 % (period end); 5 830 / 23 322 = 25,0 % (year end).
 */

export const EGET_KAPITAL_SAKNAS = "EGET_KAPITAL_SAKNAS";
export const MEDLEMSBIDRAG_SAKNAS = "MEDLEMSBIDRAG_SAKNAS";

export interface ResultatNyckeltal {
  ar: number;
  medlemsbidrag?: ArsMedlemsbidrag;
  /** Årets resultat 1 januari – till, kronor. */
  aretsResultat: { fran: IsoDate; till: IsoDate; belopp: number; iResultatrakningen: boolean };
  /** Eget kapital at the period end (information at a delår); undefined without EK vid årets början. */
  egetKapital?: EgetKapitalMotTak;
  /** Prognosticated eget kapital at the year end: the figure compared with the tak. */
  egetKapitalArsslut?: EgetKapitalMotTak;
  /** True when the window ends before 31 December (the year-end EK is a prognos). */
  delar: boolean;
  /** Max överskott and lägsta förbrukning; undefined without EK vid årets början or medlemsbidrag. */
  overskott?: MaxOverskott;
  medlemsintakt: MedlemsintaktRad[];
  utfallMotArsbudget: UtfallMotArsbudgetRad[];
  forbrukadAndel: ForbrukadAndelRad[];
}

const ACK_KEY = (k: string) =>
  k.startsWith("ackumuleratoverskott") || k.startsWith("balanseratresultat") || k.startsWith("ackumuleratresultat");

/** Computes every nyckeltal for the period of `drift` (see the file comment). */
export function computeResultatNyckeltal(input: {
  base: ParsedWorkbook;
  sheets: readonly RawSheet[];
  drift: DriftsredovisningResultat;
  rr: Resultatrakning;
}): { result: ResultatNyckeltal; issues: Issue[] } {
  const { base, sheets, drift, rr } = input;
  const issues: Issue[] = [];
  const ar = drift.ar;
  const unit = base.installningar.enhet?.trim() || "tkr";
  const instSheet = base.sourceSheets.installningar ?? "";
  const medlemsbidrag = arsMedlemsbidrag(base, ar, issues);
  if (!medlemsbidrag) {
    issues.push(
      issue(
        "info",
        MEDLEMSBIDRAG_SAKNAS,
        instSheet,
        "",
        `Årets medlemsbidrag ${ar} saknas: andelarna av medlemsbidraget beräknas inte. ` +
          `Lägg till Medlemsbidrag totalt i Inställningar eller en Budget-rad Medlemsavgifter (Intäkt) för ${ar}.`,
      ),
    );
  }
  const arStart = `${ar}-01-01`;
  const iRR = drift.fran === arStart;
  const aretsBelopp = iRR
    ? rr.aretsResultat.utfall
    : computeDriftsredovisning(base, { fran: arStart, till: drift.till }).result.totalt.utfall;
  const aretsResultat = { fran: arStart, till: drift.till, belopp: aretsBelopp, iResultatrakningen: iRR };

  let egetKapital: EgetKapitalMotTak | undefined;
  let egetKapitalArsslut: EgetKapitalMotTak | undefined;
  let overskott: MaxOverskott | undefined;
  const inst = base.installningar;
  const reservfond = inst.reservfond ?? 0;
  const ack = inst.egetKapitalVidArsborjan !== undefined ? inst.egetKapitalVidArsborjan - reservfond : inst.ackumuleratOverskott;
  const delar = drift.till < `${ar}-12-31`;
  if (ack === undefined) {
    issues.push(
      issue(
        "info",
        EGET_KAPITAL_SAKNAS,
        instSheet,
        "",
        `Ackumulerat överskott saknas i Inställningar: eget kapital och jämförelsen med taket beräknas inte. ` +
          `Lägg till Eget kapital vid årets början (eller Ackumulerat överskott, balanserat resultat utan reservfonden) och Reservfond.`,
      ),
    );
  } else {
    const tak = egetKapitalTakFranInstallningar(base, sheets, issues, medlemsbidrag?.belopp);
    const ek = egetKapitalVidPeriodslut({ ackumuleratOverskott: ack, reservfond, aretsResultat: aretsBelopp });
    egetKapital = egetKapitalMotTak(ek, medlemsbidrag?.belopp ?? 0, drift.till, tak);
    const helar = iRR ? drift : computeDriftsredovisning(base, { fran: arStart, till: drift.till }).result;
    const prognos = helar.totalt.prognosHelar ?? helar.totalt.budgetHelar ?? 0;
    const ekAr = delar ? egetKapitalVidPeriodslut({ ackumuleratOverskott: ack, reservfond, aretsResultat: prognos }) : ek;
    egetKapitalArsslut = egetKapitalMotTak(ekAr, medlemsbidrag?.belopp ?? 0, `${ar}-12-31`, tak);
    const where =
      installningCell(sheets, base.sourceSheets.installningar, ACK_KEY) ?? (instSheet ? { sheet: instSheet, cell: "" } : undefined);
    const over = egetKapitalOverTakIssue(egetKapitalArsslut, unit, where, delar);
    if (over) issues.push(over);
    if (medlemsbidrag) {
      const kostnader = helar.grupper.filter((g) => g.sektion !== "intakter").reduce((s, g) => s - (g.summa.budgetHelar ?? 0), 0);
      overskott = maxOverskott({
        tak,
        medlemsbidrag: medlemsbidrag.belopp,
        egetKapitalVidArsborjan: ack + reservfond,
        aretsIntakter: helar.summaIntakter.prognosHelar ?? helar.summaIntakter.budgetHelar ?? 0,
        beslutadeKostnader: kostnader,
      });
    }
  }

  return {
    result: {
      ar,
      medlemsbidrag,
      aretsResultat,
      egetKapital,
      egetKapitalArsslut,
      delar,
      overskott,
      medlemsintakt: forbrukningMotMedlemsintakt(rr, medlemsbidrag?.belopp ?? 0),
      utfallMotArsbudget: utfallMotArsbudget(drift),
      forbrukadAndel: forbrukadAndelPerGrupp(drift),
    },
    issues,
  };
}

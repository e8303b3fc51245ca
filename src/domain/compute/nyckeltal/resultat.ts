import { issue } from "../../issues";
import type { IsoDate, ParsedWorkbook, RawSheet } from "../../model";
import type { Issue } from "../../issues";
import { computeDriftsredovisning, type DriftsredovisningResultat } from "../driftsredovisning";
import { egetKapitalVidPeriodslut } from "./eget-kapital";
import { egetKapitalMotTak, egetKapitalOverTakIssue, type EgetKapitalMotTak } from "./eget-kapital-tak";
import { forbrukadAndelPerGrupp, type ForbrukadAndelRad } from "./forbrukad-andel";
import { arsMedlemsbidrag, egetKapitalTakFranInstallningar, installningCell, type ArsMedlemsbidrag } from "./installningar";
import { forbrukningMotMedlemsintakt, type MedlemsintaktRad } from "./medlemsintakt";
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
 */

export const EGET_KAPITAL_SAKNAS = "EGET_KAPITAL_SAKNAS";
export const MEDLEMSBIDRAG_SAKNAS = "MEDLEMSBIDRAG_SAKNAS";

export interface ResultatNyckeltal {
  ar: number;
  medlemsbidrag?: ArsMedlemsbidrag;
  /** Årets resultat 1 januari – till, kronor. */
  aretsResultat: { fran: IsoDate; till: IsoDate; belopp: number; iResultatrakningen: boolean };
  /** Undefined when Inställningar has no Ackumulerat överskott. */
  egetKapital?: EgetKapitalMotTak;
  medlemsintakt: MedlemsintaktRad[];
  utfallMotArsbudget: UtfallMotArsbudgetRad[];
  forbrukadAndel: ForbrukadAndelRad[];
}

const ACK_KEY = (k: string) => k.startsWith("ackumuleratoverskott") || k.startsWith("balanseratresultat") || k.startsWith("ackumuleratresultat");

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
      issue("info", MEDLEMSBIDRAG_SAKNAS, instSheet, "", `Årets medlemsbidrag ${ar} saknas: andelarna av medlemsbidraget beräknas inte. ` +
        `Lägg till Medlemsbidrag totalt i Inställningar eller en Budget-rad Medlemsavgifter (Intäkt) för ${ar}.`),
    );
  }
  const arStart = `${ar}-01-01`;
  const iRR = drift.fran === arStart;
  const aretsBelopp = iRR ? rr.aretsResultat.utfall : computeDriftsredovisning(base, { fran: arStart, till: drift.till }).result.totalt.utfall;
  const aretsResultat = { fran: arStart, till: drift.till, belopp: aretsBelopp, iResultatrakningen: iRR };

  let egetKapital: EgetKapitalMotTak | undefined;
  const ack = base.installningar.ackumuleratOverskott;
  if (ack === undefined) {
    issues.push(
      issue("info", EGET_KAPITAL_SAKNAS, instSheet, "", `Ackumulerat överskott saknas i Inställningar: eget kapital och jämförelsen med taket beräknas inte. ` +
        `Lägg till Ackumulerat överskott (balanserat resultat utan reservfonden) och Reservfond.`),
    );
  } else {
    const tak = egetKapitalTakFranInstallningar(base, sheets, issues);
    const ek = egetKapitalVidPeriodslut({ ackumuleratOverskott: ack, reservfond: base.installningar.reservfond, aretsResultat: aretsBelopp });
    egetKapital = egetKapitalMotTak(ek, medlemsbidrag?.belopp ?? 0, drift.till, tak);
    const where = installningCell(sheets, base.sourceSheets.installningar, ACK_KEY) ?? (instSheet ? { sheet: instSheet, cell: "" } : undefined);
    const over = egetKapitalOverTakIssue(egetKapital, unit, where);
    if (over) issues.push(over);
  }

  return {
    result: {
      ar,
      medlemsbidrag,
      aretsResultat,
      egetKapital,
      medlemsintakt: forbrukningMotMedlemsintakt(rr, medlemsbidrag?.belopp ?? 0),
      utfallMotArsbudget: utfallMotArsbudget(drift),
      forbrukadAndel: forbrukadAndelPerGrupp(drift),
    },
    issues,
  };
}

import type { BokslutResultatrakning } from "../../compute/bokslut/resultatrakning";
import type { BokslutBalansrakning } from "../../compute/bokslut/balansrakning";
import type { BokslutKassaflode } from "../../compute/bokslut/kassaflode";
import type { StatementRow } from "./statement-rows";

/**
 * The rows of the bokslut statements (domain.md §3.7), in the order they are printed: `[key, label, kind?, sumOf?]`,
 * key = the computed statement's field. Resultaträkning in LKBR order for a förbund without skatteintäkter.
 */

export type RrKey = Exclude<keyof BokslutResultatrakning, "resultatRubrik" | "budgetKalla" | "prognosKalla">;
export type BrKey = keyof BokslutBalansrakning;
export type KfKey = Exclude<keyof BokslutKassaflode, "placeringarIngar">;

/** Resultaträkning, LKBR order. */
export const RR_ROWS: StatementRow<RrKey>[] = [
  ["intakter", "Verksamhetens intäkter"],
  ["kostnader", "Verksamhetens kostnader"],
  ["avskrivningar", "Avskrivningar"],
  ["verksamhetensResultat", "Verksamhetens resultat", "sum", ["intakter", "kostnader", "avskrivningar"]],
  ["finansiellaIntakter", "Finansiella intäkter"],
  ["finansiellaKostnader", "Finansiella kostnader"],
  [
    "resultatEfterFinansiellaPoster",
    "Resultat efter finansiella poster",
    "sum",
    ["verksamhetensResultat", "finansiellaIntakter", "finansiellaKostnader"],
  ],
  ["aretsResultat", "{resultat}", "total", ["resultatEfterFinansiellaPoster"]],
];

/** Balansräkning: UB at the period end and at the räkenskapsår's start. */
export const BR_ROWS: StatementRow<BrKey>[] = [
  [null, "TILLGÅNGAR", "section"],
  ["anlaggningstillgangar", "Anläggningstillgångar"],
  ["fordringar", "Fordringar"],
  ["kortfristigaPlaceringar", "Kortfristiga placeringar"],
  ["kassaBank", "Kassa och bank"],
  ["summaOmsattningstillgangar", "Summa omsättningstillgångar", "sum", ["fordringar", "kortfristigaPlaceringar", "kassaBank"]],
  ["summaTillgangar", "SUMMA TILLGÅNGAR", "total", ["anlaggningstillgangar", "summaOmsattningstillgangar"]],
  [null, "EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", "section"],
  ["reservfond", "Reservfond"],
  ["balanseratResultat", "Balanserat resultat"],
  ["aretsResultat", "{resultat}"],
  ["summaEgetKapital", "Summa eget kapital", "sum", ["reservfond", "balanseratResultat", "aretsResultat"]],
  ["avsattningar", "Avsättningar"],
  ["langfristigaSkulder", "Långfristiga skulder"],
  ["kortfristigaSkulder", "Kortfristiga skulder"],
  ["summaSkulder", "Summa skulder", "sum", ["langfristigaSkulder", "kortfristigaSkulder"]],
  [
    "summaEgetKapitalOchSkulder",
    "SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER",
    "total",
    ["summaEgetKapital", "avsattningar", "summaSkulder"],
  ],
];

/** Kassaflödesanalys, indirect method. */
export const KF_ROWS: StatementRow<KfKey>[] = [
  [null, "DEN LÖPANDE VERKSAMHETEN", "section"],
  ["aretsResultat", "{resultat}"],
  ["avskrivningar", "Justering för avskrivningar"],
  ["avsattningar", "Justering för förändring av avsättningar"],
  ["fordringar", "Minskning (+) / ökning (−) av fordringar"],
  ["kortfristigaPlaceringar", "Minskning (+) / ökning (−) av kortfristiga placeringar"],
  ["kortfristigaSkulder", "Ökning (+) / minskning (−) av kortfristiga skulder"],
  [
    "lopandeVerksamhet",
    "Kassaflöde från den löpande verksamheten",
    "sum",
    ["aretsResultat", "avskrivningar", "avsattningar", "fordringar", "kortfristigaPlaceringar", "kortfristigaSkulder"],
  ],
  [null, "INVESTERINGSVERKSAMHETEN", "section"],
  ["investeringar", "Investeringar i anläggningstillgångar (netto)"],
  ["investeringsverksamhet", "Kassaflöde från investeringsverksamheten", "sum", ["investeringar"]],
  [null, "FINANSIERINGSVERKSAMHETEN", "section"],
  ["langfristigaSkulder", "Förändring av långfristiga skulder"],
  ["egetKapital", "Förändring av eget kapital utöver resultatet"],
  ["finansieringsverksamhet", "Kassaflöde från finansieringsverksamheten", "sum", ["langfristigaSkulder", "egetKapital"]],
  ["aretsKassaflode", "Periodens kassaflöde", "total", ["lopandeVerksamhet", "investeringsverksamhet", "finansieringsverksamhet"]],
  ["likvidaMedelIb", "Likvida medel vid periodens början ({fran})"],
  ["likvidaMedelUb", "Likvida medel vid periodens slut ({till})", "total", ["aretsKassaflode", "likvidaMedelIb"]],
];

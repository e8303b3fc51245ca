import { kronor } from "../../ledger/types";
import { rad, type LedgerSaldon } from "./saldon";

/**
 * Resultaträkning from the ledger (LKBR order for a förbund without skatteintäkter, domain.md §3.7), kronor,
 * intäkter positive and kostnader negative (= −RES): verksamhetens intäkter, verksamhetens kostnader, avskrivningar,
 * verksamhetens resultat = Σ of the three; finansiella intäkter, finansiella kostnader; resultat efter finansiella
 * poster = verksamhetens resultat + finansnetto; årets (in a delår: periodens) resultat = resultat efter finansiella poster.
 * Columns: the period, föregående år (when the ledger has it), prognos (delår only, from the workbook's Budget sheet)
 * and budget: the ledger's (#PBUDGET or the saldobalans Budget column) first, else the workbook's Budget sheet.
 * Sum rows are Σ of their rows in every column.
 * Reproduces Uppsala 2024-06-30: 12 093 929 / −12 937 142 / −843 213 / 227 517 / −4 137 / −619 833, and
 * Skellefteå 2014: 6 139 306 / −7 724 247 / −1 584 941 / 17 943 / −1 566 998.
 */

export interface BokslutBelopp {
  period: number;
  /** Same period (or helår) last year; undefined when the ledger has no föregående-år figures. */
  foregaende?: number;
  /** Prognos for the whole year; undefined without a prognos. */
  prognos?: number;
  /** Budget (see budgetKalla for which); undefined without a budget. */
  budget?: number;
}

/** The RR posts a budget or prognos is given for (the sum rows follow from them). */
export type RrPost = "intakter" | "kostnader" | "avskrivningar" | "finansiellaIntakter" | "finansiellaKostnader";

/** A budget or prognos column from outside the ledger: heading, where it comes from, kronor per post (intäkter +). */
export interface RrJamforelse {
  rubrik: string;
  kalla: string;
  belopp: Record<RrPost, number>;
}

export interface BokslutResultatrakning {
  intakter: BokslutBelopp;
  kostnader: BokslutBelopp;
  avskrivningar: BokslutBelopp;
  verksamhetensResultat: BokslutBelopp;
  finansiellaIntakter: BokslutBelopp;
  finansiellaKostnader: BokslutBelopp;
  resultatEfterFinansiellaPoster: BokslutBelopp;
  aretsResultat: BokslutBelopp;
  /** "Årets resultat" or "Periodens resultat" (delår). */
  resultatRubrik: string;
  /** Heading and source of the budget column, when there is one. */
  budgetKalla?: { rubrik: string; kalla: string };
  /** Heading and source of the prognos column, when there is one. */
  prognosKalla?: { rubrik: string; kalla: string };
}

type Kolumn = "foregaende" | "prognos" | "budget";
const KOLUMNER: Kolumn[] = ["foregaende", "prognos", "budget"];

/** Σ kronor amounts in whole öre (0,1 + 0,2 is 0,3, not 0,30000000000000004 in a cell). */
const oreSum = (xs: number[]): number => xs.reduce((t, x) => t + Math.round(x * 100), 0) / 100;

const sum = (...b: BokslutBelopp[]): BokslutBelopp => {
  const out: BokslutBelopp = { period: oreSum(b.map((x) => x.period)) };
  for (const k of KOLUMNER) if (b.some((x) => x[k] !== undefined)) out[k] = oreSum(b.map((x) => x[k] ?? 0));
  return out;
};

/** −öre in kronor, never −0. */
const negKr = (ore: number): number => (ore === 0 ? 0 : -kronor(ore));

export function computeBokslutResultatrakning(
  s: LedgerSaldon,
  jamforelse: { budget?: RrJamforelse; prognos?: RrJamforelse } = {},
): BokslutResultatrakning {
  const hasFg = [...s.rader.values()].some((r) => r.resFg !== undefined);
  const ledgerBudget = [...s.rader.values()].some((r) => r.budget !== undefined);
  const budget = ledgerBudget ? undefined : jamforelse.budget;
  const prognos = s.delar ? jamforelse.prognos : undefined;
  const line = (r: RrPost): BokslutBelopp => {
    const x = rad(s, r);
    return {
      period: negKr(x.res),
      ...(hasFg ? { foregaende: negKr(x.resFg ?? 0) } : {}),
      ...(prognos ? { prognos: prognos.belopp[r] } : {}),
      ...(ledgerBudget ? { budget: negKr(x.budget ?? 0) } : budget ? { budget: budget.belopp[r] } : {}),
    };
  };
  const intakter = line("intakter");
  const kostnader = line("kostnader");
  const avskrivningar = line("avskrivningar");
  const verksamhetensResultat = sum(intakter, kostnader, avskrivningar);
  const finansiellaIntakter = line("finansiellaIntakter");
  const finansiellaKostnader = line("finansiellaKostnader");
  const resultatEfterFinansiellaPoster = sum(verksamhetensResultat, finansiellaIntakter, finansiellaKostnader);
  const budgetKalla = ledgerBudget ? s.budgetKalla : budget && { rubrik: budget.rubrik, kalla: budget.kalla };
  return {
    intakter,
    kostnader,
    avskrivningar,
    verksamhetensResultat,
    finansiellaIntakter,
    finansiellaKostnader,
    resultatEfterFinansiellaPoster,
    aretsResultat: resultatEfterFinansiellaPoster,
    resultatRubrik: s.delar ? "Periodens resultat" : "Årets resultat",
    ...(budgetKalla ? { budgetKalla } : {}),
    ...(prognos ? { prognosKalla: { rubrik: prognos.rubrik, kalla: prognos.kalla } } : {}),
  };
}

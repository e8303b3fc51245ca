import type { IsoDate } from "../model";

/**
 * The ledger (huvudbok) of one förbund as plain data, read from a SIE 4 file or a saldobalans sheet
 * (domain.md §3.7). Amounts are whole öre (integers) so that 200 000 transactions add up exactly;
 * sign as in SIE: debet +, kredit −. Every record keeps its line number (`rad`) for findings.
 */

/** A konto of the kontoplan (#KONTO, #KTYP). */
export interface LedgerKonto {
  konto: string;
  namn: string;
  /** #KTYP: T tillgång, S skuld (and eget kapital), K kostnad, I intäkt. */
  typ?: "T" | "S" | "K" | "I";
  rad: number;
}

/** An objekt reference: dimension number and objekt id, e.g. ["6", "JOBBC"] (projekt). */
export type ObjektRef = readonly [dim: string, id: string];

/** A balance of one konto (and optionally one objekt) for one räkenskapsår (0 = this, −1 = last). */
export interface LedgerSaldo {
  ar: number;
  konto: string;
  ore: number;
  objekt?: ObjektRef;
  rad: number;
}

/** A period balance (#PSALDO / #PBUDGET): period "ÅÅÅÅMM". */
export interface LedgerPeriodSaldo extends LedgerSaldo {
  period: string;
}

/** One transaction row of a verifikation (#TRANS; #RTRANS added rows count, #BTRANS removed rows do not). */
export interface LedgerTrans {
  konto: string;
  objekt: ObjektRef[];
  ore: number;
  /** Transaction date; the verifikation's date when the row has none. */
  datum: IsoDate;
  text: string;
  rad: number;
}

export interface LedgerVer {
  serie: string;
  nr: string;
  datum: IsoDate;
  text: string;
  trans: LedgerTrans[];
  /** Rows removed afterwards (#BTRANS): kept for the record, never in a balance. */
  borttagna: LedgerTrans[];
  rad: number;
}

export interface Rakenskapsar {
  fran: IsoDate;
  till: IsoDate;
}

/** A record the reader does not use, kept so nothing is dropped silently (reported as info). */
export interface OkandPost {
  etikett: string;
  rad: number;
}

/**
 * The Budget column of a saldobalans sheet: the year's budget ("Budget", "Årsbudget", "Budget helår") or the
 * period's ("Periodbudget", "Budget perioden"), per result konto, öre, ledger sign (intäkter −, kostnader +).
 */
export interface BudgetKolumn {
  slag: "helar" | "period";
  /** The header as written, its sheet and cell (for the report's note). */
  rubrik: string;
  sheet: string;
  cell: string;
  saldon: LedgerSaldo[];
}

export interface Ledger {
  /** File or sheet name the ledger was read from (the "sheet" of its findings). */
  kalla: string;
  /** "sie" for a SIE file, "saldobalans" for a sheet. */
  slag: "sie" | "saldobalans";
  sietyp?: string;
  format?: string;
  foretag?: string;
  orgnr?: string;
  /** #RAR per årsnummer (0, −1, …). */
  rar: Map<number, Rakenskapsar>;
  /** #OMFATTN: the balances are up to this date (a delår when before the räkenskapsår's end). */
  omfattn?: IsoDate;
  konton: Map<string, LedgerKonto>;
  /** #DIM: dimension number → name (1 kostnadsställe, 6 projekt …). */
  dimensioner: Map<string, string>;
  /** #OBJEKT: "dim\u0000id" → name. */
  objekt: Map<string, string>;
  ib: LedgerSaldo[];
  ub: LedgerSaldo[];
  res: LedgerSaldo[];
  oib: LedgerSaldo[];
  oub: LedgerSaldo[];
  psaldo: LedgerPeriodSaldo[];
  pbudget: LedgerPeriodSaldo[];
  /** A saldobalans sheet's Budget column (a SIE file has #PBUDGET instead). */
  budgetKolumn?: BudgetKolumn;
  ver: LedgerVer[];
  okanda: OkandPost[];
}

export function emptyLedger(kalla: string, slag: Ledger["slag"]): Ledger {
  return {
    kalla,
    slag,
    rar: new Map(),
    konton: new Map(),
    dimensioner: new Map(),
    objekt: new Map(),
    ib: [],
    ub: [],
    res: [],
    oib: [],
    oub: [],
    psaldo: [],
    pbudget: [],
    ver: [],
    okanda: [],
  };
}

export const objektKey = (dim: string, id: string): string => `${dim}\u0000${id}`;

/** Öre → kronor for output (exact for every amount below 2^53 öre). */
export const kronor = (ore: number): number => ore / 100;

/** Dimension number of projekt in SIE ("#DIM 6 Projekt"), the usual insats dimension. */
export const PROJEKT_DIM = "6";

/**
 * The objekt of an objektlista that names the insats: the projekt (dimension 6) when the row has one, else the first
 * objekt (a kostnadsställe …). `{1 "100" 6 "P1"}` → ["6", "P1"], never the kostnadsställe the projekt is booked on.
 */
export function insatsObjekt(list: readonly ObjektRef[]): ObjektRef | undefined {
  if (list.length < 2) return list[0];
  return list.find((o) => o[0] === PROJEKT_DIM) ?? list[0];
}

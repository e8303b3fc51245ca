import type { Issue } from "../../issues/issue";
import type { RawSheet } from "../../model/raw";
import type { IsoDate, ParsedWorkbook } from "../../model";
import type { KontoplanRad } from "../../ledger/kontoplan";
import type { Ledger } from "../../ledger/types";
import { computeBokslutBalansrakning, type BokslutBalansrakning } from "./balansrakning";
import { computeBokslutKassaflode, type BokslutKassaflode } from "./kassaflode";
import { computeBokslutKontroller, type Kontroll } from "./kontroller";
import { computeBokslutNoter, type Not } from "./noter";
import { computeBokslutNyckeltal, type BokslutNyckeltal } from "./nyckeltal";
import { budgetOchPrognosUrArbetsboken } from "./budget-prognos";
import { computeBokslutResultatrakning, type BokslutResultatrakning } from "./resultatrakning";
import { ledgerSaldon, type LedgerSaldon } from "./saldon";
import { computeUtfallPerInsats, type InsatsUtfall } from "./utfall-per-insats";

/** The whole bokslut of one ledger: saldon → RR → BR → kassaflöde → nyckeltal, noter, utfall per insats and checks. */
export interface Bokslut {
  saldon: LedgerSaldon;
  resultatrakning: BokslutResultatrakning;
  balansrakning: BokslutBalansrakning;
  kassaflode: BokslutKassaflode;
  nyckeltal: BokslutNyckeltal;
  noter: Not[];
  utfallPerInsats: InsatsUtfall[];
  kontroller: Kontroll[];
}

export interface BokslutOptions {
  till?: IsoDate;
  kontoplan: readonly KontoplanRad[];
  /** Kortfristiga placeringar count as likvida medel (default true). */
  placeringarSomLikvida?: boolean;
  sheets?: readonly RawSheet[];
  medlemsbidrag?: number;
  /** The workbook's parsed sheets: its Budget sheet gives the budget (when the ledger has none) and prognos columns. */
  arbetsbok?: ParsedWorkbook;
}

export function computeBokslut(ledger: Ledger, readerIssues: readonly Issue[], opts: BokslutOptions): { result: Bokslut; issues: Issue[] } {
  const saldon = ledgerSaldon(ledger, { kontoplan: opts.kontoplan, ...(opts.till ? { till: opts.till } : {}) });
  const jamforelse = opts.arbetsbok ? budgetOchPrognosUrArbetsboken(opts.arbetsbok, { fran: saldon.fran, till: saldon.till }) : {};
  const resultatrakning = computeBokslutResultatrakning(saldon, jamforelse);
  const balansrakning = computeBokslutBalansrakning(saldon, resultatrakning);
  const kassaflode = computeBokslutKassaflode(saldon, resultatrakning, { placeringarSomLikvida: opts.placeringarSomLikvida ?? true });
  const nyckeltal = computeBokslutNyckeltal(balansrakning, {
    sheets: opts.sheets ?? [],
    ...(opts.medlemsbidrag ? { medlemsbidrag: opts.medlemsbidrag } : {}),
  });
  const kontroller = computeBokslutKontroller(ledger, saldon, resultatrakning, balansrakning, kassaflode, readerIssues);
  return {
    result: {
      saldon,
      resultatrakning,
      balansrakning,
      kassaflode,
      nyckeltal: nyckeltal.result,
      noter: computeBokslutNoter(saldon),
      utfallPerInsats: computeUtfallPerInsats(ledger, { fran: saldon.fran, till: saldon.till, kontoplan: opts.kontoplan }),
      kontroller: kontroller.result,
    },
    issues: [...nyckeltal.issues, ...kontroller.issues],
  };
}

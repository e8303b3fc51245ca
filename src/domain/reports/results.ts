import type { ForbrukningskvotResultat } from "../compute/forbrukningskvot";
import type { DriftsredovisningResultat } from "../compute/driftsredovisning";
import type { Resultatrakning } from "../compute/resultatrakning";
import type { ResultatNyckeltal } from "../compute/nyckeltal/resultat";
import type { RekvisitionskontrollResultat } from "../compute/rekvisitioner/rekvisitionskontroll";
import type { BidragNastaAr, Bidragsfordelning } from "../compute/bidragsfordelning";
import type { DeltagarUppfoljning } from "../compute/deltagare/typer";
import type { BeslutsutrymmeModel, BeslutsutrymmeResult } from "../model/beslutsutrymme";
import type { Bokslut } from "../compute/bokslut";

/** A deltagare table with formulas flattened to their values (the JSON result of a publication). */
export interface PlattTabell {
  rubrik: string;
  kolumner: string[];
  rader: (string | number | null)[][];
}

/** The deltagaruppföljning as published (Publicering on): only the protected tables, never the counts below the threshold. */
export interface PubliceradDeltagaruppfoljning {
  period: DeltagarUppfoljning["period"];
  publicering: { threshold: number };
  tabeller: PlattTabell[];
}

/**
 * The computed result of each report, by kind: `PipelineResult.results[kind]` and `finsam rapport --json`.
 * null = the module ran but had nothing to compute (its issues say why).
 */
export interface ReportResults {
  forbrukningskvot: ForbrukningskvotResultat;
  driftsredovisning: DriftsredovisningResultat;
  resultat: { resultatrakning: Resultatrakning; nyckeltal: ResultatNyckeltal };
  rekvisitionskontroll: RekvisitionskontrollResultat | null;
  deltagare: DeltagarUppfoljning | PubliceradDeltagaruppfoljning | null;
  bidrag: ({ ar: number; nastaAr?: BidragNastaAr } & Bidragsfordelning) | null;
  beslutsutrymme: { model: BeslutsutrymmeModel } & BeslutsutrymmeResult;
  /** The bokslut without its raw saldon: the source file or sheet and the period it covers. */
  bokslut: Omit<Bokslut, "saldon"> & { kalla: string; fran: Bokslut["saldon"]["fran"]; till: Bokslut["saldon"]["till"]; delar: boolean };
}

/** Every report kind (the Valideringsrapport is not a module: the pipeline always writes it). */
export type ReportKind = keyof ReportResults;

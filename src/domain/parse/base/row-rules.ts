import type { IssueCode, Severity } from "../../issues/issue";
import type { IsoDate } from "../../model/raw";
import { CODES } from "../../issues/codes";
import { formatSv } from "../../text/format";

/** What a row rule needs to report: the parse step's cell reader fits. */
export interface RowReporter {
  report(severity: Severity, code: IssueCode, r: number, c: number, message: string): void;
}

/** SLUT_FORE_START (fel) at the Slut cell when an insats ends before it starts. */
export function checkSlutForeStart(rep: RowReporter, r: number, slutCol: number, start: IsoDate, slut: IsoDate): boolean {
  if (slut >= start) return false;
  rep.report(
    "fel",
    CODES.SLUT_FORE_START,
    r,
    slutCol,
    `Insatsen slutar ${slut}, före sin start ${start}. Rätta Start eller Slut; budgeten kan inte periodiseras förrän datumen stämmer.`,
  );
  return true;
}

/** NEGATIV_BUDGET (varning) at the budget cell when a budget amount (kronor) is below zero after sign normalization. */
export function checkNegativeBudget(rep: RowReporter, r: number, c: number, kronor: number, post: string): boolean {
  if (!(kronor < 0)) return false;
  rep.report(
    "varning",
    CODES.NEGATIV_BUDGET,
    r,
    c,
    `Budgeten för "${post}" är negativ (${formatSv(kronor)} kr). Skriv budgeten som ett positivt belopp; kontrollera om det är en rättelse.`,
  );
  return true;
}

import { issue, type Issue } from "../issues/issue";
import type { ParsedWorkbook, RawSheet } from "../model";
import { CODES } from "../issues/codes";
import { findKontoplanSheet, readKontoplanSheet } from "../ledger/kontoplan";
import { ledgerUtfallRader } from "../ledger/utfall";
import type { PipelineOptions } from "./types";

/**
 * Utfall from the ledger (domain.md §3.7): when the host read a SIE file and the workbook has no Utfall rows, the
 * utfall per insats and month comes from the ledger's objekt (ledger/utfall.ts), so Förbrukningskvot and
 * Driftsredovisning need no hand-typed Utfall sheet. The "Utfall saknas" warning is then replaced by an info finding
 * naming the file. When the workbook has its own Utfall rows they stay, and the bokslut report compares the two.
 */
export function withLedgerUtfall(
  base: ParsedWorkbook,
  issues: readonly Issue[],
  sheets: readonly RawSheet[],
  options: PipelineOptions,
): { base: ParsedWorkbook; issues: Issue[] } {
  const ledger = options.ledger?.ledger;
  if (!ledger || base.utfall.length > 0) return { base, issues: [...issues] };
  const kp = findKontoplanSheet(sheets);
  const kontoplan = kp ? readKontoplanSheet(kp).rader : [];
  const fran = ledger.rar.get(0)?.fran ?? options.fran;
  const rader = ledgerUtfallRader(ledger, { fran, till: options.till, kontoplan });
  if (rader.length === 0) return { base, issues: [...issues] };
  const insatser = new Set(rader.map((r) => r.post)).size;
  const kept = issues.filter((i) => !(i.code === CODES.SAKNAT_BLAD && i.message.includes('"Utfall" saknas')));
  kept.push(
    issue(
      "info",
      "UTFALL_UR_BOKFORINGEN",
      ledger.kalla,
      "",
      `Utfallet per insats läses ur bokföringen (${ledger.kalla}): ${rader.length} ${rader.length === 1 ? "månadsrad" : "månadsrader"} för ${insatser} ${insatser === 1 ? "insats" : "insatser"} ${fran} – ${options.till}.`,
    ),
  );
  return { base: { ...base, utfall: rader, sourceSheets: { ...base.sourceSheets, utfall: ledger.kalla } }, issues: kept };
}

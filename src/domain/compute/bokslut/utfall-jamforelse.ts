import { issue, type Issue } from "../../issues/issue";
import type { IsoDate, UtfallRad } from "../../model";
import { normalizeName } from "../../text/names";
import { LEDGER_CODES as L } from "../../ledger/codes";
import type { InsatsUtfall } from "./utfall-per-insats";
import { formatKr } from "../../text/format";

/**
 * Utfall per insats from the ledger vs the hand-typed Utfall sheet (domain.md §3.7): for every insats of the ledger
 * that the Utfall sheet also has, Σ Utfall rows whose period lies within [fran, till] is compared with the ledger's
 * |utfall| (the Utfall sheet writes amounts positive). A difference of one krona or more is an UTFALL_SKILJER finding
 * on the insats' first Utfall cell, with both figures and the difference.
 */
export function compareUtfallPerInsats(
  ledger: readonly InsatsUtfall[],
  utfall: readonly UtfallRad[],
  opts: { fran: IsoDate; till: IsoDate; kalla: string },
): Issue[] {
  const issues: Issue[] = [];
  for (const u of ledger) {
    const key = normalizeName(u.insats);
    const rows = utfall.filter((r) => normalizeName(r.post) === key && r.period.from >= opts.fran && r.period.to <= opts.till);
    if (rows.length === 0) continue;
    const blad = rows.reduce((s, r) => s + r.utfall, 0);
    const bok = Math.abs(u.utfall);
    const diff = blad - bok;
    if (Math.abs(diff) < 1) continue;
    issues.push(
      issue(
        "varning",
        L.UTFALL_SKILJER,
        rows[0].source.sheet,
        rows[0].source.cell,
        `Utfallet för ${u.insats} ${opts.fran} – ${opts.till} är ${formatKr(blad)} i bladet men ${formatKr(bok)} i bokföringen (${opts.kalla}, objekt ${u.objekt}); skillnad ${formatKr(diff)}. Stäm av mot huvudboken.`,
      ),
    );
  }
  return issues;
}

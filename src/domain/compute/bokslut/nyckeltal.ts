import { issue, type Issue } from "../../issues/issue";
import type { RawSheet } from "../../model/raw";
import { cellAddress } from "../../text/header";
import { parseSvNumber } from "../../text/sv-number";
import { LEDGER_CODES as L } from "../../ledger/codes";
import type { BokslutBalansrakning } from "./balansrakning";
import { formatKr, formatPercentShort } from "../../text/format";

/**
 * Nyckeltal of the bokslut (domain.md §3.7): soliditet = summa eget kapital / summa tillgångar (Uppsala 2024-06-30:
 * 6 739 931 / 18 692 021 = 36,1 %; Skellefteå 2014: 2 192 261 / 3 496 916 = 62,7 %), and eget kapital in % of the
 * year's medlemsbidrag (when known). A ledger cannot know a printed ratio, so a soliditet is compared only where the
 * workbook itself states one (a cell "Soliditet" with a percentage beside it on any sheet): a difference of half a
 * percentage point or more is a SOLIDITET_SKILJER finding on that cell (Uppsala's delårsrapport prints 40 %).
 */

export interface BokslutNyckeltal {
  soliditet?: number;
  egetKapital: number;
  summaTillgangar: number;
  medlemsbidrag?: number;
  egetKapitalAvMedlemsbidrag?: number;
  /** Soliditet stated in the workbook, with its cell. */
  angivenSoliditet?: { varde: number; sheet: string; cell: string };
}

/** First "Soliditet" label on any sheet with a number (0,40 or "40 %") to its right in the same row. */
export function findStatedSoliditet(sheets: readonly RawSheet[]): BokslutNyckeltal["angivenSoliditet"] {
  for (const sh of sheets) {
    for (let r = 0; r < sh.values.length; r++) {
      const row = sh.values[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v !== "string" || !/^\s*soliditet\b/i.test(v)) continue;
        for (let k = c + 1; k < row.length; k++) {
          const p = parseSvNumber(row[k]);
          if (p.kind !== "number") continue;
          const varde = p.unitFactor === 0.01 || p.value <= 1 ? p.value : p.value / 100;
          return { varde, sheet: sh.name, cell: cellAddress(sh, r, k) };
        }
      }
    }
  }
  return undefined;
}

export function computeBokslutNyckeltal(
  br: BokslutBalansrakning,
  opts: { sheets: readonly RawSheet[]; medlemsbidrag?: number },
): { result: BokslutNyckeltal; issues: Issue[] } {
  const ek = br.summaEgetKapital.ub;
  const t = br.summaTillgangar.ub;
  const soliditet = t === 0 ? undefined : ek / t;
  const angiven = findStatedSoliditet(opts.sheets);
  const issues: Issue[] = [];
  if (angiven && soliditet !== undefined && Math.abs(angiven.varde - soliditet) >= 0.005) {
    issues.push(
      issue(
        "varning",
        L.SOLIDITET_SKILJER,
        angiven.sheet,
        angiven.cell,
        `Arbetsboken anger soliditet ${formatPercentShort(angiven.varde)}, men bokföringen ger ${formatPercentShort(soliditet)} (eget kapital ${formatKr(ek)} / tillgångar ${formatKr(t)}). Rätta den angivna siffran.`,
      ),
    );
  }
  const mb = opts.medlemsbidrag;
  return {
    result: {
      ...(soliditet !== undefined ? { soliditet } : {}),
      egetKapital: ek,
      summaTillgangar: t,
      ...(mb ? { medlemsbidrag: mb, egetKapitalAvMedlemsbidrag: ek / mb } : {}),
      ...(angiven ? { angivenSoliditet: angiven } : {}),
    },
    issues,
  };
}

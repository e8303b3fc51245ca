import { issue, type Issue } from "../../issues/issue";
import type { ParsedWorkbook } from "../../model/records";

/**
 * "No utfall in the chosen period" (issue 14 pattern 10): a 2021 workbook run for 2024 used to write four empty
 * report sheets under a green "0 fel". When the workbook has utfall but none of it lies in [fran, till], this is
 * a warning (UTFALL_SAKNAS_I_PERIODEN) that names the years the workbook has and the last day with utfall; the
 * CLI exits 1 on it.
 */
export const UTFALL_SAKNAS_I_PERIODEN = "UTFALL_SAKNAS_I_PERIODEN";

export function utfallPeriodIssue(base: Pick<ParsedWorkbook, "utfall"> | undefined, fran: string, till: string): Issue | null {
  const rows = base?.utfall ?? [];
  if (rows.length === 0) return null;
  if (rows.some((u) => u.period.from <= till && u.period.to >= fran)) return null;
  const years = [...new Set(rows.flatMap((u) => [Number(u.period.from.slice(0, 4)), Number(u.period.to.slice(0, 4))]))].sort();
  const last = rows.reduce((a, u) => (u.period.to > a ? u.period.to : a), rows[0].period.to);
  const first = rows[0].source;
  const span = years.length === 1 ? `${years[0]}` : `${years[0]}–${years[years.length - 1]}`;
  return issue(
    "varning",
    UTFALL_SAKNAS_I_PERIODEN,
    first.sheet,
    first.cell,
    `Arbetsboken har utfall för ${span} men inget för perioden ${fran}–${till}, så rapporterna blir tomma. Välj en period med utfall, t.ex. till ${last} (räkenskapsåret ${last.slice(0, 4)}).`,
  );
}

import { issue, type Issue } from "../issues/issue";
import type { ParsedWorkbook } from "../model/records";
import { CODES } from "../issues/codes";

/**
 * PERIOD_UTANFOR_INSATS (varning) when an utfall period lies wholly outside its insats' Start–Slut
 * (period.to < start or period.from > slut). Partly overlapping periods (an insats starting mid-quarter) are fine.
 * `periodColumn` (the letter of the Period or Från column) makes the issue point at the period cell.
 */
export function checkPeriodsWithinInsats(base: ParsedWorkbook, periodColumn?: string): Issue[] {
  const byName = new Map(base.insatser.map((i) => [i.insats, i]));
  const out: Issue[] = [];
  for (const u of base.utfall) {
    const insats = byName.get(u.post);
    if (!insats || (u.period.to >= insats.start && u.period.from <= insats.slut)) continue;
    const cell = periodColumn ? u.source.cell.replace(/^[A-Z]+/, periodColumn) : u.source.cell;
    out.push(
      issue(
        "varning",
        CODES.PERIOD_UTANFOR_INSATS,
        u.source.sheet,
        cell,
        `Utfallet för "${u.post}" gäller ${u.period.label} (${u.period.from}–${u.period.to}), men insatsen pågår ${insats.start}–${insats.slut}. Kontrollera perioden eller insatsens datum.`,
      ),
    );
  }
  return out;
}

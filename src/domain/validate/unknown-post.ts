import { issue, type Issue } from "../issues/issue";
import type { ParsedWorkbook, UtfallRad } from "../model/records";
import { NameIndex } from "../text/names";
import { CODES } from "../issues/codes";

/**
 * OKAND_POST for utfall on a post that is neither an insats (short name or Insatsnamn) nor a Budget
 * post, suggesting the closest name ("Menade du 'X'?") — the sources spell one insats three ways.
 * Severity: fel when a close name exists (the money is most likely a misspelt insats' and its kvot is wrong
 * until the name is fixed), varning when nothing is close (a post the budget simply lacks).
 * Skipped when the workbook has neither insatser nor budget (nothing to compare with).
 */
export function checkUnknownPosts(base: ParsedWorkbook): Issue[] {
  if (base.insatser.length === 0 && base.budget.length === 0) return [];
  const known = new NameIndex(base.insatser.map((i) => i.insats));
  for (const i of base.insatser) if (i.namn) known.add(i.insats, i.namn);
  for (const b of base.budget) known.add(b.post);
  // One issue per distinct post, at its first cell, with the number of rows it covers.
  const firstRows = new Map<string, { cell: UtfallRad["source"]; count: number; hint: string | null }>();
  for (const u of base.utfall) {
    const seen = firstRows.get(u.post);
    if (seen) {
      seen.count++;
      continue;
    }
    const hint = known.find(u.post) !== undefined ? null : (known.closest(u.post) ?? "");
    firstRows.set(u.post, { cell: u.source, count: 1, hint });
  }
  const out: Issue[] = [];
  for (const [post, { cell, count, hint }] of firstRows) {
    if (hint === null) continue;
    const suggestion = hint ? ` Menade du '${hint}'?` : "";
    const rows = count > 1 ? ` (${count} rader)` : "";
    out.push(
      issue(
        hint ? "fel" : "varning",
        CODES.OKAND_POST,
        cell.sheet,
        cell.cell,
        `Posten "${post}"${rows} finns varken bland insatserna eller i budgeten.${suggestion} Rätta namnet eller lägg till posten; utfallet räknas inte in i någon insats.`,
      ),
    );
  }
  return out;
}

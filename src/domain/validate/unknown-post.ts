import { issue, type Issue } from "../model/issue";
import type { ParsedWorkbook } from "../model/records";
import { NameIndex } from "../parse/names";
import { CODES } from "./codes";

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
  const verdict = new Map<string, string | null>();
  const out: Issue[] = [];
  for (const u of base.utfall) {
    let hint = verdict.get(u.post);
    if (hint === undefined) {
      hint = known.find(u.post) !== undefined ? null : (known.closest(u.post) ?? "");
      verdict.set(u.post, hint);
    }
    if (hint === null) continue;
    const suggestion = hint ? ` Menade du '${hint}'?` : "";
    out.push(
      issue(hint ? "fel" : "varning", CODES.OKAND_POST, u.source.sheet, u.source.cell, `Posten "${u.post}" finns varken bland insatserna eller i budgeten.${suggestion} Rätta namnet eller lägg till posten; utfallet räknas inte in i någon insats.`),
    );
  }
  return out;
}

import type { Issue } from "../issues/issue";
import type { ParsedWorkbook } from "../model/records";
import type { BaseLayout } from "../parse/base/parse-base";
import { checkDuplicateInsatser } from "./duplicates";
import { checkPeriodsWithinInsats } from "./period-range";
import { checkUnknownPosts } from "./unknown-post";

export { CODES } from "../issues/codes";
export type { IssueCode } from "../issues/registry";

/**
 * Cross-record rules on the parsed base sheets (domain.md §4): DUBBLETT_INSATS, OKAND_POST,
 * PERIOD_UTANFOR_INSATS. Row-level rules (unreadable cells, SLUT_FORE_START, NEGATIV_BUDGET,
 * SUMMA_STAMMER_INTE …) are reported by parseBase, which has the cells; call both.
 * Pass parseBase's `layout` to point period issues at the period cell.
 */
export function validateBase(base: ParsedWorkbook, layout?: BaseLayout): Issue[] {
  const periodColumn = layout?.utfall?.period ?? layout?.utfall?.fran;
  return [...checkDuplicateInsatser(base.insatser), ...checkUnknownPosts(base), ...checkPeriodsWithinInsats(base, periodColumn)];
}

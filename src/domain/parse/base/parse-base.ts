import type { Issue } from "../../issues/issue";
import type { RawSheet } from "../../model/raw";
import type { Insats, ParsedWorkbook } from "../../model/records";
import { parseAliasSheet } from "../alias";
import { parseMappedBase } from "../mapped/base";
import type { WorkbookMapping } from "../../model/mapping";
import { parseBudget } from "./budget";
import { findBaseSheets, type BaseKind } from "./find-sheets";
import { normalizeHeader } from "../../text/header";
import { parseInsatser } from "./insatser";
import { parseInstallningar } from "./installningar";
import { fillBudgetPerAr, insatsNames, missingSheetIssues, postCanonicalizer, postKinds } from "./link";
import { parseUtfall } from "./utfall";

/** Column letters of the fields found on each base sheet: { utfall: { post: "A", period: "B", utfall: "C" } }. */
export type BaseLayout = Partial<Record<"insatser" | "budget" | "utfall", Record<string, string>>>;

export interface ParseBaseResult {
  base: ParsedWorkbook;
  issues: Issue[];
  /** Where each field's column is, so validateBase can point at the exact cell. */
  layout: BaseLayout;
}

/**
 * Parses the standard template sheets (domain.md §2) — Insatser, Budget, Utfall and the optional Inställningar —
 * found by name or by their headers. Amounts come out in kronor. Budget and utfall posts that name an insats
 * (by its short name, its Insatsnamn or an alias from an "Alias" sheet, ignoring case, spacing, punctuation and
 * diacritics) get the insats' short name. A Budget row of a cost post that is an insats fills that insats'
 * budgetPerAr for years without a "Budget ÅÅÅÅ" column on the Insatser sheet (several rows of one year add up);
 * where both exist and differ, BUDGET_SKILJER. Row-level issues come with their cells; cross-record rules are in
 * validateBase.
 *
 * With a `mapping` (detectWorkbook, possibly corrected by the user) the förbund's own sheets are read through it
 * instead: any layout, sheet names and column names (see detect/mapped-base.ts).
 */
export function parseBase(sheets: RawSheet[], mapping?: WorkbookMapping): ParseBaseResult {
  if (mapping) return parseMappedBase(sheets, mapping);
  const issues: Issue[] = [];
  const found = findBaseSheets(sheets);
  const layout: BaseLayout = {};
  const base: ParsedWorkbook = { insatser: [], budget: [], utfall: [], installningar: { ovrigt: {} }, sourceSheets: {} };
  for (const kind of Object.keys(found) as BaseKind[]) base.sourceSheets[kind] = found[kind]!.name;

  let budgetYears = new Set<number>();
  if (found.insatser) {
    const p = parseInsatser(found.insatser, issues);
    base.insatser = p.insatser;
    budgetYears = p.budgetYears;
    layout.insatser = p.columns;
  }
  const names = insatsNames(base.insatser, aliasSheets(sheets, issues));
  const insatsByName = new Map<string, Insats>(base.insatser.map((i) => [i.insats, i]));

  if (found.budget) {
    const p = parseBudget(found.budget, issues);
    base.budget = p.budget;
    layout.budget = p.columns;
    for (const rad of base.budget) rad.post = names.find(rad.post) ?? rad.post;
    fillBudgetPerAr(base.budget, insatsByName, budgetYears, issues);
  }
  const kindOf = postKinds(base.budget, base.insatser);
  const canonicalPost = postCanonicalizer(names, base.budget);

  if (found.utfall) {
    const p = parseUtfall(found.utfall, issues, (post) => kindOf.get(canonicalPost(post)) ?? 0);
    for (const rad of p.utfall) rad.post = canonicalPost(rad.post);
    base.utfall = p.utfall;
    layout.utfall = p.columns;
  }
  if (found.installningar) base.installningar = parseInstallningar(found.installningar, issues);
  issues.push(...missingSheetIssues(found, base));
  return { base, issues, layout };
}

/** Aliases from sheets named "Alias…" (Namn | Insats). */
function aliasSheets(sheets: readonly RawSheet[], issues: Issue[]) {
  return sheets.filter((s) => normalizeHeader(s.name).startsWith("alias")).flatMap((s) => parseAliasSheet(s, issues));
}

import { issue, type Issue } from "../model/issue";
import type { RawSheet } from "../model/raw";
import type { BudgetRad, Insats, ParsedWorkbook } from "../model/records";
import { CODES } from "../validate/codes";
import { formatSv } from "../validate/format";
import { parseBudget } from "./budget";
import { findBaseSheets, type BaseKind } from "./find-sheets";
import { parseInsatser } from "./insatser";
import { parseInstallningar } from "./installningar";
import { NameIndex } from "./names";
import type { PostSign } from "./sign";
import { parseUtfall } from "./utfall";

export { isExcelError } from "./excel-error";
export { parseSvNumber, type NumberParse } from "./sv-number";
export { parseSvDate, serialToIso, isoToSerial, addMonths, monthsBetween, type DateParse } from "./sv-date";
export { parsePeriod, periodLabel, type PeriodParse } from "./period";
export { normalizeHeader, locateTable, cellAddress, type ColumnSpec, type LocatedTable } from "./header";
export { classifyRow, type RowKind } from "./rows";
export { normalizeName, closestName, NameIndex } from "./names";

/** Column letters of the fields found on each base sheet: { utfall: { post: "A", period: "B", utfall: "C" } }. */
export type BaseLayout = Partial<Record<"insatser" | "budget" | "utfall", Record<string, string>>>;

export interface ParseBaseResult {
  base: ParsedWorkbook;
  issues: Issue[];
  /** Where each field's column is, so validateBase can point at the exact cell. */
  layout: BaseLayout;
}

const SHEET_TITLES: Record<BaseKind, string> = {
  insatser: "Insatser",
  budget: "Budget",
  utfall: "Utfall",
  installningar: "Inställningar",
};

/**
 * Parses the standard template sheets (domain.md §2) — Insatser, Budget, Utfall and the optional Inställningar —
 * found by name or by their headers. Amounts come out in kronor. Budget and utfall posts that name an insats
 * (by its short name or its Insatsnamn, ignoring case, spacing, punctuation and diacritics) get the insats'
 * short name. A Budget row of a cost post that is an insats fills that insats' budgetPerAr for years without a
 * "Budget ÅÅÅÅ" column on the Insatser sheet (several rows of one year add up); where both exist and differ,
 * BUDGET_SKILJER. Row-level issues come with their cells; cross-record rules are in validateBase.
 */
export function parseBase(sheets: RawSheet[]): ParseBaseResult {
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
  const names = new NameIndex(base.insatser.map((i) => i.insats));
  for (const i of base.insatser) if (i.namn) names.add(i.insats, i.namn);
  const insatsByName = new Map<string, Insats>(base.insatser.map((i) => [i.insats, i]));

  if (found.budget) {
    const p = parseBudget(found.budget, issues);
    base.budget = p.budget;
    layout.budget = p.columns;
    for (const rad of base.budget) rad.post = names.find(rad.post) ?? rad.post;
    fillBudgetPerAr(base.budget, insatsByName, budgetYears, issues);
  }
  const kindOf = new Map<string, PostSign>();
  for (const rad of base.budget) if (!kindOf.has(rad.post)) kindOf.set(rad.post, rad.kategori === "kostnad" ? 1 : -1);
  for (const i of base.insatser) kindOf.set(i.insats, 1);
  const budgetNames = new NameIndex(base.budget.map((b) => b.post));
  const canonical = new Map<string, string>();
  const canonicalPost = (post: string): string => {
    let c = canonical.get(post);
    if (c === undefined) {
      c = names.find(post) ?? budgetNames.find(post) ?? post;
      canonical.set(post, c);
    }
    return c;
  };

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

function fillBudgetPerAr(budget: BudgetRad[], insatser: Map<string, Insats>, fromColumns: Set<number>, issues: Issue[]): void {
  const fromSheet = new Map<Insats, Record<number, number>>();
  const firstRow = new Map<string, BudgetRad>();
  for (const rad of budget) {
    const insats = insatser.get(rad.post);
    if (!insats || rad.kategori !== "kostnad") continue;
    let perAr = fromSheet.get(insats);
    if (!perAr) fromSheet.set(insats, (perAr = {}));
    perAr[rad.ar] = (perAr[rad.ar] ?? 0) + rad.budget;
    const key = `${rad.post}\u0000${rad.ar}`;
    if (!firstRow.has(key)) firstRow.set(key, rad);
  }
  for (const [insats, perAr] of fromSheet) {
    for (const [arText, amount] of Object.entries(perAr)) {
      const ar = Number(arText);
      if (!fromColumns.has(ar)) {
        insats.budgetPerAr[ar] = amount;
        continue;
      }
      const own = insats.budgetPerAr[ar];
      if (own !== undefined && Math.abs(own - amount) > 0.5) {
        const rad = firstRow.get(`${insats.insats}\u0000${ar}`)!;
        issues.push(
          issue("varning", CODES.BUDGET_SKILJER, rad.source.sheet, rad.source.cell, `Budgeten ${ar} för "${insats.insats}" är ${formatSv(amount)} kr på bladet ${rad.source.sheet} men ${formatSv(own)} kr i kolumnen Budget ${ar} på ${insats.source.sheet}. Beräkningarna använder ${insats.source.sheet}; rätta det blad som är fel.`),
        );
      }
    }
  }
}

function missingSheetIssues(found: Partial<Record<BaseKind, RawSheet>>, base: ParsedWorkbook): Issue[] {
  if (!found.insatser && !found.budget && !found.utfall) {
    return [issue("info", CODES.SAKNAT_BLAD, "", "", "Arbetsboken har inga blad Insatser, Budget eller Utfall. Rapporter som bygger på dem skapas inte; använd Skapa mallar för att lägga till bladen.")];
  }
  const out: Issue[] = [];
  const missing = (kind: BaseKind, why: string) =>
    out.push(issue("varning", CODES.SAKNAT_BLAD, "", "", `Bladet "${SHEET_TITLES[kind]}" saknas. Lägg till det (Skapa mallar) eller döp om ditt blad till ${SHEET_TITLES[kind]}; ${why}`));
  if (!found.insatser) missing("insatser", "utan insatser kan förbrukningskvoter inte beräknas.");
  if (!found.utfall) missing("utfall", "utan utfall kan förbrukning och driftsredovisning inte beräknas.");
  const anyBudget = base.insatser.some((i) => Object.keys(i.budgetPerAr).length > 0);
  if (!found.budget && !anyBudget) missing("budget", "utan budget (eller kolumner Budget ÅÅÅÅ på Insatser) finns inget att jämföra utfallet med.");
  return out;
}

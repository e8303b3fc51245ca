import { issue, type Issue } from "../../issues/issue";
import type { BudgetRad, Insats, ParsedWorkbook } from "../../model/records";
import { CODES } from "../../issues/codes";
import { formatSv } from "../../text/format";
import { NameIndex } from "../../text/names";
import type { PostSign } from "./sign";

/**
 * Linking of the parsed base records (shared by parseBase with and without a mapping): budget and utfall
 * posts that name an insats — by short name, Insatsnamn or an alias, ignoring case, spacing, punctuation
 * and diacritics — get the insats' short name; Budget rows fill the insatser's budget per year.
 */

/** Short names, Insatsnamn and aliases ({namn, insats}) of the insatser, resolving to the short name. */
export function insatsNames(insatser: readonly Insats[], alias: readonly { namn: string; insats: string }[] = []): NameIndex {
  const names = new NameIndex(insatser.map((i) => i.insats));
  for (const i of insatser) if (i.namn) names.add(i.insats, i.namn);
  for (const a of alias) {
    const target = names.find(a.insats);
    if (target !== undefined) names.add(target, a.namn);
  }
  return names;
}

/** Kind of each post: 1 kostnad (insatser and Budget rows of Kategori Kostnad), −1 intäkt. */
export function postKinds(budget: readonly BudgetRad[], insatser: readonly Insats[]): Map<string, PostSign> {
  const kindOf = new Map<string, PostSign>();
  for (const rad of budget) if (!kindOf.has(rad.post)) kindOf.set(rad.post, rad.kategori === "kostnad" ? 1 : -1);
  for (const i of insatser) kindOf.set(i.insats, 1);
  return kindOf;
}

/** Canonical post name: the insats (or alias) it names, else the Budget post written alike, else itself. */
export function postCanonicalizer(names: NameIndex, budget: readonly BudgetRad[]): (post: string) => string {
  const budgetNames = new NameIndex(budget.map((b) => b.post));
  const canonical = new Map<string, string>();
  return (post: string): string => {
    let c = canonical.get(post);
    if (c === undefined) {
      c = names.find(post) ?? budgetNames.find(post) ?? post;
      canonical.set(post, c);
    }
    return c;
  };
}

/**
 * A Budget row of a cost post that is an insats fills that insats' budgetPerAr for years without a
 * "Budget ÅÅÅÅ" column on the Insatser sheet (several rows of one year add up); where both exist and differ,
 * BUDGET_SKILJER (varning).
 */
export function fillBudgetPerAr(budget: BudgetRad[], insatser: Map<string, Insats>, fromColumns: Set<number>, issues: Issue[]): void {
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
          issue(
            "varning",
            CODES.BUDGET_SKILJER,
            rad.source.sheet,
            rad.source.cell,
            `Budgeten ${ar} för "${insats.insats}" är ${formatSv(amount)} kr på bladet ${rad.source.sheet} men ${formatSv(own)} kr i kolumnen Budget ${ar} på ${insats.source.sheet}. Beräkningarna använder ${insats.source.sheet}; rätta det blad som är fel.`,
          ),
        );
      }
    }
  }
}

export type BaseSheetKind = "insatser" | "budget" | "utfall" | "installningar";

const SHEET_TITLES: Record<BaseSheetKind, string> = {
  insatser: "Insatser",
  budget: "Budget",
  utfall: "Utfall",
  installningar: "Inställningar",
};

/** SAKNAT_BLAD for base sheets the workbook lacks (info when it has none of them). */
export function missingSheetIssues(found: Partial<Record<BaseSheetKind, unknown>>, base: ParsedWorkbook): Issue[] {
  if (!found.insatser && !found.budget && !found.utfall) {
    return [
      issue(
        "info",
        CODES.SAKNAT_BLAD,
        "",
        "",
        "Arbetsboken har inga blad Insatser, Budget eller Utfall. Rapporter som bygger på dem skapas inte; använd Skapa mallar för att lägga till bladen.",
      ),
    ];
  }
  const out: Issue[] = [];
  const missing = (kind: BaseSheetKind, why: string) =>
    out.push(
      issue(
        "varning",
        CODES.SAKNAT_BLAD,
        "",
        "",
        `Bladet "${SHEET_TITLES[kind]}" saknas. Lägg till det (Skapa mallar) eller döp om ditt blad till ${SHEET_TITLES[kind]}; ${why}`,
      ),
    );
  if (!found.insatser && base.insatser.length === 0) missing("insatser", "utan insatser kan förbrukningskvoter inte beräknas.");
  if (!found.utfall) missing("utfall", "utan utfall kan förbrukning och driftsredovisning inte beräknas.");
  const anyBudget = base.insatser.some((i) => Object.keys(i.budgetPerAr).length > 0);
  if (!found.budget && !anyBudget)
    missing("budget", "utan budget (eller kolumner Budget ÅÅÅÅ på Insatser) finns inget att jämföra utfallet med.");
  return out;
}

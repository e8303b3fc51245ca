import type { Insats } from "../model/records";
import { insatsNames } from "./base/link";
import type { Alias } from "../model/mapping";

/**
 * Alias suggestions for the task pane: for each name (utfall posts, rekvisitioner's and deltagare's insats
 * names) that matches no insats, short name, Insatsnamn or alias, the closest insats by names.ts's similarity
 * ("Individ -samverkansteam" → "Individsamverkansteam"). Names with nothing close get no suggestion; the user
 * picks the insats in the mapping.
 */
export function suggestAliasesFor(names: readonly string[], insatser: readonly Insats[], alias: readonly Alias[] = []): Alias[] {
  const index = insatsNames(insatser, alias);
  const out: Alias[] = [];
  const seen = new Set<string>();
  for (const namn of names) {
    if (seen.has(namn) || index.find(namn) !== undefined) continue;
    seen.add(namn);
    const near = index.closest(namn);
    if (near !== undefined) out.push({ namn, insats: near });
  }
  return out;
}

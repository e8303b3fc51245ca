import { issue, type Issue } from "../issues/issue";
import type { Insats } from "../model/records";
import { normalizeName } from "../text/names";
import { CODES } from "../issues/codes";

/**
 * DUBBLETT_INSATS (fel) at every later occurrence of an insats short name already used above
 * (compared after normalizeName: case, spacing, punctuation and diacritics ignored).
 */
export function checkDuplicateInsatser(insatser: readonly Insats[]): Issue[] {
  const seen = new Map<string, Insats>();
  const out: Issue[] = [];
  for (const i of insatser) {
    const key = normalizeName(i.insats);
    const first = seen.get(key);
    if (!first) {
      seen.set(key, i);
      continue;
    }
    out.push(
      issue(
        "fel",
        CODES.DUBBLETT_INSATS,
        i.source.sheet,
        i.source.cell,
        `Insatsen "${i.insats}" finns redan (${first.source.sheet}!${first.source.cell}). Ta bort dubbletten eller ge insatsen ett eget kortnamn.`,
      ),
    );
  }
  return out;
}

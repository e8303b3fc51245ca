import { mergeAliases } from "../detect/edit";
export { mergeAliases } from "../detect/edit";
import { issue, type Issue } from "../issues/issue";
import type { RawSheet } from "../model/raw";
import type { Insats } from "../model/records";
import { CellReader } from "./base/cell-read";
import { locateTable, normalizeHeader } from "../text/header";
import { closestName, NameIndex } from "../text/names";
import { headerLabels } from "./base/table";
import { ownerShort } from "../text/owner";
import { ALIAS_SPECS } from "../template/spec-kinds";
import type { Alias, WorkbookMapping } from "../model/mapping";

/**
 * The alias table of a workbook: other spellings of an insats (one source report writes
 * "Individsamverkansteam", "Individ -samverkansteam" and "Individuella Verkansteamet"). Read from a sheet
 * "Alias" (Namn | Insats, header optional) and from the saved mapping; used when utfall, rekvisitioner and
 * deltagare are linked to insatser, and offered as suggestions for names that match no insats.
 */

export const ALIAS_OKAND_INSATS = "ALIAS_OKAND_INSATS";

/** Reads an Alias sheet: column Namn (the spelling) and column Insats (the insats' short name). */
export function parseAliasSheet(sheet: RawSheet, issues: Issue[]): Alias[] {
  const table = locateTable(sheet, ALIAS_SPECS);
  const namnCol = table?.columns.namn ?? 0;
  const insatsCol = table?.columns.insats ?? 1;
  const reader = new CellReader(sheet, issues, table ? headerLabels(sheet, table.headerRow) : {});
  const out: Alias[] = [];
  for (let r = table ? table.headerRow + 1 : 0; r < sheet.values.length; r++) {
    const namn = reader.text(r, namnCol);
    const insats = reader.text(r, insatsCol);
    if (!namn && !insats) continue;
    if (!namn || !insats) {
      reader.report(
        "varning",
        "ALIAS_OFULLSTANDIGT",
        r,
        namn ? insatsCol : namnCol,
        "Aliasraden behöver både ett namn och den insats namnet avser. Raden används inte.",
      );
      continue;
    }
    out.push({ namn, insats });
  }
  return out;
}

/**
 * A name index over the insatser's short names with every alias added: `find` gives the insats for a spelling
 * that differs only in case, spacing, punctuation or diacritics, or for an alias of it.
 * Aliases that point at no insats are ALIAS_OKAND_INSATS (varning, with the closest insats).
 */
export function aliasIndex(
  insatser: readonly string[],
  alias: readonly Alias[],
  issues?: Issue[],
  where?: { sheet: string; cell: string },
): NameIndex {
  const index = new NameIndex(insatser);
  for (const a of alias) {
    const target = index.find(a.insats);
    if (target === undefined) {
      if (issues && insatser.length > 0) {
        const near = closestName(a.insats, insatser);
        issues.push(
          issue(
            "varning",
            ALIAS_OKAND_INSATS,
            where?.sheet ?? "",
            where?.cell ?? "",
            `Aliaset "${a.namn}" pekar på insatsen "${a.insats}", som inte finns.${near ? ` Menade du "${near}"?` : ""} Rätta aliaset.`,
          ),
        );
      }
      continue;
    }
    index.add(target, a.namn);
  }
  return index;
}

/**
 * The insats a name stands for: the name itself (or an alias), or — for tables that give the owner beside a
 * name that several insatser share — "name + owner" ("Lokussamordnare" of Älvkarleby → "Lokussamordnare
 * Älvkarleby"). Undefined when nothing matches exactly; use suggestAlias for a closest-name suggestion.
 */
export function resolveInsatsName(index: NameIndex, name: string, agare?: string): string | undefined {
  const direct = index.find(name);
  if (direct !== undefined) return direct;
  if (agare) return index.find(`${name} ${ownerShort(agare)}`) ?? index.find(`${name} ${agare}`);
  return undefined;
}

/** An alias to suggest for a name that matches no insats: the closest insats name (names.ts), if any. */
export function suggestAlias(index: NameIndex, name: string): Alias | undefined {
  const near = index.closest(name);
  return near === undefined ? undefined : { namn: name, insats: near };
}

/**
 * The aliases of a workbook: the mapping's, then those on its Alias sheets (the sheets the mapping gives kind
 * "alias", or without a mapping the sheets named "Alias…"). Issues of the Alias sheets are not returned (parseBase
 * reports them once).
 */
export function workbookAliases(sheets: readonly RawSheet[], mapping?: WorkbookMapping): Alias[] {
  const aliasSheet = (s: RawSheet) =>
    mapping ? mapping.sheets.some((m) => m.sheet === s.name && m.kind === "alias" && m.use) : normalizeHeader(s.name).startsWith("alias");
  const reported: Issue[] = [];
  return mergeAliases(mapping?.alias ?? [], ...sheets.filter(aliasSheet).map((s) => parseAliasSheet(s, reported)));
}

/**
 * Resolves a name written on a Deltagare or Rekvisitioner sheet to the insats' short name: the short name
 * itself, its Insatsnamn or an alias ("Individ -samverkansteam" → "Individsamverkansteam"), ignoring case,
 * spacing, punctuation and diacritics; undefined when nothing matches (the module reports it with a suggestion).
 */
export function insatsNameResolver(insatser: readonly Insats[], alias: readonly Alias[]): (name: string) => string | undefined {
  const namn = insatser.filter((i) => i.namn).map((i) => ({ namn: i.namn!, insats: i.insats }));
  const index = aliasIndex(
    insatser.map((i) => i.insats),
    [...namn, ...alias],
  );
  return (name: string) => resolveInsatsName(index, name);
}

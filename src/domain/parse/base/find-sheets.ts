import type { RawSheet } from "../../model/raw";
import { looksLikeBudget } from "./budget";
import { normalizeHeader } from "../../text/header";
import { looksLikeInsatser } from "./insatser";
import { looksLikeUtfall } from "./utfall";

export type BaseKind = "insatser" | "budget" | "utfall" | "installningar";

/** Sheet names (normalized) of each base sheet kind. */
const NAMES: Record<BaseKind, string[]> = {
  insatser: ["insatser", "insats", "samverkansinsatser"],
  budget: ["budget"],
  utfall: ["utfall"],
  installningar: ["installningar", "installning", "parametrar", "settings"],
};

/** Sheets never taken for a base sheet by their headers: the add-in's own output and other input kinds. */
const NOT_BASE_PREFIXES = [
  "forbrukningskvot",
  "driftsredovisning",
  "resultat",
  "bidrag",
  "beslutsutrymme",
  "uppfoljning",
  "rekvisition",
  "valideringsrapport",
  "deltagare",
  "medlem",
];

const DETECT: Partial<Record<BaseKind, (s: RawSheet) => boolean>> = {
  insatser: looksLikeInsatser,
  budget: looksLikeBudget,
  utfall: looksLikeUtfall,
};

const ORDER: BaseKind[] = ["insatser", "budget", "utfall", "installningar"];

/**
 * Picks the sheet of each base kind: first a sheet whose name is the kind's name ("Utfall", "UTFALL",
 * "Inställningar"); then one whose name starts with it ("Budget 2024") if its headers fit; then any other
 * sheet whose header row has all the kind's required columns (not the add-in's output or other input sheets).
 */
export function findBaseSheets(sheets: readonly RawSheet[]): Partial<Record<BaseKind, RawSheet>> {
  const found: Partial<Record<BaseKind, RawSheet>> = {};
  const taken = new Set<RawSheet>();
  const names = sheets.map((s) => normalizeHeader(s.name));
  const take = (kind: BaseKind, s: RawSheet) => {
    found[kind] = s;
    taken.add(s);
  };
  for (const kind of ORDER) {
    const i = names.findIndex((n, j) => !taken.has(sheets[j]) && NAMES[kind].includes(n));
    if (i >= 0) take(kind, sheets[i]);
  }
  for (const kind of ORDER) {
    const detect = DETECT[kind];
    if (found[kind] || !detect) continue;
    const i = names.findIndex((n, j) => !taken.has(sheets[j]) && NAMES[kind].some((k) => n.startsWith(k)) && detect(sheets[j]));
    if (i >= 0) take(kind, sheets[i]);
  }
  for (const kind of ORDER) {
    const detect = DETECT[kind];
    if (found[kind] || !detect) continue;
    const i = names.findIndex((n, j) => !taken.has(sheets[j]) && !NOT_BASE_PREFIXES.some((p) => n.startsWith(p)) && detect(sheets[j]));
    if (i >= 0) take(kind, sheets[i]);
  }
  return found;
}

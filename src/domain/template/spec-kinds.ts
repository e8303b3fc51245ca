import type { ColumnSpec } from "../text/header";
import { DELTAGARE_KOLUMNER } from "./deltagare";
import { INSTALLNINGAR_SPECS } from "./columns";
import { MEDLEMMAR_COLUMNS } from "./columns";
import { REKVISITION_COLUMNS } from "./columns";
import type { SheetKind } from "../model/mapping";
import { READ_SHEET_KINDS } from "../model/sheet-kinds";

/**
 * Kinds read by a fixed set of columns (one row per record): their column specs come from their parsers,
 * so detection and parsing agree on the synonyms. The Alias sheet (Namn | Insats) is defined here.
 */

export const ALIAS_SPECS: ColumnSpec[] = [
  { key: "namn", synonyms: ["Namn", "Alias", "Annat namn", "Stavning", "Skrivs", "Namn i källan", "Namn i utfallet"], required: true },
  { key: "insats", synonyms: ["Insats", "Kortnamn", "Insats (kortnamn)", "Betyder", "Avser insats"], required: true },
];

export type SpecKind = "deltagare" | "rekvisitioner" | "medlemmar" | "installningar" | "alias";

export const SPEC_KINDS: Record<SpecKind, ColumnSpec[]> = {
  deltagare: DELTAGARE_KOLUMNER,
  rekvisitioner: REKVISITION_COLUMNS,
  medlemmar: MEDLEMMAR_COLUMNS,
  installningar: INSTALLNINGAR_SPECS,
  alias: ALIAS_SPECS,
};

/** Sheet-name beginnings (normalized) that suggest a kind: "Rekv Bryggan Q2", "Deltagare 2021", "Medlemsavgifter". */
export const NAME_HINTS: [string, SheetKind][] = [
  ["insats", "insatser"],
  ["samverkansinsats", "insatser"],
  ["budget", "budget"],
  ["utfall", "utfall"],
  ["rekv", "rekvisitioner"],
  ["deltag", "deltagare"],
  ["medlem", "medlemmar"],
  ["installning", "installningar"],
  ["parametrar", "installningar"],
  ["alias", "alias"],
  ["namn", "alias"],
];

/** The kind a sheet's name suggests: "start" when the name begins with the hint, "inside" when it only contains it. */
export function nameHint(normalizedName: string, kind: SheetKind): "start" | "inside" | null {
  let inside = false;
  for (const [hint, k] of NAME_HINTS) {
    if (k !== kind) continue;
    if (normalizedName.startsWith(hint)) return "start";
    if (normalizedName.includes(hint)) inside = true;
  }
  return inside ? "inside" : null;
}

/**
 * Sheet-name words that state a kind: the plural with any suffix ("Budget 2024", "Utfall jan-jun"), the singular alone.
 * The plural is the kind's own name for every read kind but alias and uppfoljningstabell (no sheet is called that).
 */
const NAMED_PLURAL: Record<string, SheetKind> = Object.fromEntries(
  READ_SHEET_KINDS.filter((k) => k !== "alias" && k !== "uppfoljningstabell").map((k) => [k, k]),
);
const NAMED_SINGULAR: Record<string, SheetKind> = {
  insats: "insatser",
  rekvisition: "rekvisitioner",
  medlem: "medlemmar",
  installning: "installningar",
};

/**
 * The kind a sheet's name states: its first word (case and diacritics ignored) is the kind's name — "Insatser",
 * "BUDGET", "Budget 2024", "Utfall jan-jun 2024", "Rekvisitioner inkomna", "Inställningar" — or the singular is
 * the whole name ("Insats"). "Budgetuppföljning 2015" and "Medlemsavgifter" state no kind (their first word is
 * another word). Undefined when the name states no kind.
 */
export function namedKind(sheetName: string): SheetKind | undefined {
  const plain = sheetName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim();
  const word = /^[a-z]+/.exec(plain)?.[0];
  if (!word) return undefined;
  if (Object.hasOwn(NAMED_PLURAL, word)) return NAMED_PLURAL[word];
  return word === plain && Object.hasOwn(NAMED_SINGULAR, word) ? NAMED_SINGULAR[word] : undefined;
}

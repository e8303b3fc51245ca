import { issue, type Issue } from "../../issues/issue";
import type { RawSheet } from "../../model/raw";
import type { SheetMapping, WorkbookMapping } from "../../model/mapping";
import { namedKind } from "../../template/spec-kinds";
import { fitsStandardParser } from "../../detect/standard-header";
import { isExportMapping } from "../../detect/export-layout";
import { normalizeHeader } from "../../text/header";
import { formatSv } from "../../text/format";

/**
 * A workbook that is not a finsam workbook (issue 14 pattern 9: a travel-expense book became 40 insatser named
 * after travellers) is not read: below the evidence threshold the run stops with EJ_FINSAM_ARBETSBOK (fel) and
 * points to Skapa mallar and the mapping. Evidence (any one is enough): an Insatser or Budget sheet; a sheet named
 * for its kind; a sheet in the template's own layout; an ekonomisystem export (Konto | dimension | Period | Belopp,
 * export-layout.ts — as specific as the template's Post | Period | Utfall); an utfall sheet with budget, prognos, avvikelse or kvot
 * columns beside its utfall, or a Mått column naming budget and utfall on its rows; finsam words in its titles or rows (insats, samverkan, förbund, medlemsavgift,
 * kansli, styrelse, projekt, budget, intäkter/kostnader); or a mapping the user corrected.
 */
export const EJ_FINSAM_ARBETSBOK = "EJ_FINSAM_ARBETSBOK";

const FINSAM_WORDS =
  /insats|samverkan|samordningsforbund|forbund|medlemsavgift|medlemsbidrag|kansli|styrelse|fortroendevald|forvaltning|projekt|budget|intakter|kostnader|finsam/;

function hasFinsamWords(sheet: RawSheet): boolean {
  for (const row of sheet.values.slice(0, 200)) {
    for (const v of row) if (typeof v === "string" && FINSAM_WORDS.test(normalizeHeader(v))) return true;
  }
  return FINSAM_WORDS.test(normalizeHeader(sheet.name));
}

export function notFinsamIssue(sheets: readonly RawSheet[], mapping: WorkbookMapping, utf: SheetMapping | undefined): Issue | null {
  if (!utf) return null;
  const base = mapping.sheets.filter((s) => s.use && (s.kind === "insatser" || s.kind === "budget" || s.kind === "utfall"));
  if (
    base.some((s) => s.kind !== "utfall" || s.corrected || namedKind(s.sheet) !== undefined || fitsStandardParser(s) || isExportMapping(s))
  )
    return null;
  if (
    base.some((s) =>
      s.columns.some(
        (c) => (c.role === "belopp" && c.measure !== undefined && c.measure !== "utfall" && c.measure !== "ovrigt") || c.role === "matt",
      ),
    )
  )
    return null;
  const byName = new Map(sheets.map((s) => [s.name, s]));
  if (base.some((s) => byName.has(s.sheet) && hasFinsamWords(byName.get(s.sheet)!))) return null;
  return issue(
    "fel",
    EJ_FINSAM_ARBETSBOK,
    utf.sheet,
    "",
    `Det här ser inte ut som en finsam-arbetsbok: inget blad har insatser, budget eller ord som insats, projekt, budget eller förbund (bladet ${utf.sheet} liknar bara en lista med belopp, säkerhet ${formatSv(utf.confidence, 2)}). Inget läses. Använd Skapa mallar för standardbladen, eller ange i mappningen vilka blad och kolumner som är insatser, budget och utfall.`,
  );
}

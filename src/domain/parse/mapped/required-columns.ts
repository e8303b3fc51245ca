import { issue, type Issue } from "../../issues/issue";
import type { RawSheet } from "../../model/raw";
import type { Period } from "../../model/records";
import { BUDGET_SPECS } from "../base/budget";
import { cellAddress, type ColumnSpec } from "../../text/header";
import { INSATSER_SPECS } from "../base/insatser";
import { reportMissingColumns } from "../base/table";
import { UTFALL_SPECS } from "../base/utfall";
import { CODES } from "../../issues/codes";
import { mappedColumns } from "./columns";
import type { MappedRecords } from "./table";
import { namedKind } from "../../template/spec-kinds";
import type { SheetMapping } from "../../model/mapping";

/**
 * Required columns of a base sheet read through its mapping (domain.md §2). A sheet that lacks a column nothing
 * in its layout can stand in for gets SAKNAD_KOLUMN (fel) at its header row's first cell — as the template's
 * parsers report it — and is not read; it never drops out silently:
 * - every sheet needs its name column (Insats/Post);
 * - a Budget sheet needs a Budget or Prognos column with a year: in its header ("Budget 2024"), a period within
 *   one year ("Budget jan-jun 2024"), or an År column;
 * - an Utfall sheet needs an Utfall column (one without a period and without a Period or Från/Till column is
 *   reported at that column by the reader, mapped-amounts.ts).
 * Columns the layout can do without are read with a stand-in and the user is told (never silently): on a sheet
 * whose NAME says Insatser, Typ from group headings (Individinsatser, Strukturinsatser, Förstudie) is SAKNAD_KOLUMN
 * info (no heading either: TYP_ANTAGEN, mapped-base.ts), Insatsägare from "Kommun, Insats" names is info, none at
 * all is varning; Start/Slut missing is DATUM_ANTAGNA (mapped-base.ts); on a sheet named Budget without Kategori,
 * kategori from Intäkter/Kostnader headings is info, from the post names varning (a guess).
 */

const spec = (specs: readonly ColumnSpec[], key: string): ColumnSpec => specs.find((s) => s.key === key)!;

/** True when the sheet's name states the kind it is read as ("Insatser", "Budget 2024"). */
export function heldToTemplate(sm: SheetMapping): boolean {
  return namedKind(sm.sheet) === sm.kind;
}

function keyRoles(sm: SheetMapping): Set<string> {
  return new Set(sm.columns.filter((c) => c.role !== "belopp" && c.role !== "ignorera").map((c) => c.role));
}

function withinOneYear(p: Period | undefined): boolean {
  return p !== undefined && p.from.slice(0, 4) === p.to.slice(0, 4);
}

/** Required columns the mapping lacks that nothing in the layout can stand in for (the sheet is not read). */
export function missingBaseColumns(sm: SheetMapping): ColumnSpec[] {
  const roles = keyRoles(sm);
  const amounts = sm.columns.filter((c) => c.role === "belopp");
  const out: ColumnSpec[] = [];
  // A pivot layout (the measure on each row, or one column per insats): the Mått column stands in for the measures.
  if (roles.has("matt") && (sm.kind === "budget" || sm.kind === "utfall")) {
    if (roles.has("insatskolumn")) return out;
    if (!roles.has("post")) out.push(spec(sm.kind === "budget" ? BUDGET_SPECS : UTFALL_SPECS, "post"));
    if (amounts.length === 0) out.push(sm.kind === "budget" ? spec(BUDGET_SPECS, "budget") : spec(UTFALL_SPECS, "utfall"));
    return out;
  }
  if (sm.kind === "insatser") {
    if (!roles.has("post")) out.push(spec(INSATSER_SPECS, "insats"));
  } else if (sm.kind === "budget") {
    if (!roles.has("post")) out.push(spec(BUDGET_SPECS, "post"));
    const figures = amounts.filter((a) => a.measure === "budget" || a.measure === "prognos");
    if (figures.length === 0) out.push(spec(BUDGET_SPECS, "budget"));
    else if (!roles.has("ar") && figures.every((a) => a.year === undefined && !withinOneYear(a.period))) out.push(spec(BUDGET_SPECS, "ar"));
  } else if (sm.kind === "utfall") {
    if (!roles.has("post")) out.push(spec(UTFALL_SPECS, "post"));
    if (!amounts.some((a) => a.measure === "utfall")) out.push(spec(UTFALL_SPECS, "utfall"));
  }
  return out;
}

/** Index into sheet.values of the mapping's header row (0 when it has none). */
function headerIndex(sheet: RawSheet, sm: SheetMapping): number {
  return mappedColumns(sheet, sm)?.headerRow ?? 0;
}

/** SAKNAD_KOLUMN (fel) for each missing column, at the header row's first cell. */
export function missingColumnIssues(sheet: RawSheet, sm: SheetMapping, missing: ColumnSpec[]): Issue[] {
  const issues: Issue[] = [];
  reportMissingColumns(sheet, { headerRow: headerIndex(sheet, sm), columns: {}, missing, headers: [] }, missing, issues);
  return issues;
}

/** After a sheet whose name states its kind was read by readMappedTable: the stand-ins it used for missing columns. */
export function derivedColumnNotes(sheet: RawSheet, sm: SheetMapping, rec: MappedRecords): Issue[] {
  const notes: Issue[] = [];
  if (!heldToTemplate(sm)) return notes;
  const roles = keyRoles(sm);
  const cell = cellAddress(sheet, headerIndex(sheet, sm), 0);
  const note = (severity: "info" | "varning", text: string) => notes.push(issue(severity, CODES.SAKNAD_KOLUMN, sheet.name, cell, text));
  if (sm.kind === "insatser" && rec.insatser.length > 0) {
    if (!roles.has("typ") && rec.typDefaulted === 0) {
      note(
        "info",
        'Bladet saknar kolumnen "Typ"; typen läses från grupprubrikerna (Individinsatser, Strukturinsatser, Förstudie). Lägg till kolumnen Typ om någon insats har fått fel typ.',
      );
    }
    if (!roles.has("agare")) {
      const utan = rec.insatser.filter((i) => i.agare.trim() === "").length;
      if (utan === 0)
        note(
          "info",
          'Bladet saknar kolumnen "Insatsägare"; ägaren läses ur insatsnamnen ("Kommun, Insats") eller raden under dem. Lägg till kolumnen Insatsägare om någon ägare har blivit fel.',
        );
      else
        note(
          "varning",
          `Bladet saknar kolumnen "Insatsägare" (eller "Huvudprojektägare"); ${utan} insatser läses utan ägare. Lägg till kolumnen Insatsägare.`,
        );
    }
  } else if (sm.kind === "budget" && !roles.has("kategori") && rec.budget.length > 0) {
    if (rec.kategoriGuessed > 0) {
      note(
        "varning",
        `Bladet saknar kolumnen "Kategori"; ${rec.kategoriGuessed} poster utan rubrik Intäkter eller Kostnader räknas som kostnader, utom de som heter som intäkter (Medlemsavgifter, ESF-medel …). Lägg till kolumnen Kategori (Intäkt/Kostnad) så att driftsredovisningen grupperar rätt.`,
      );
    } else
      note(
        "info",
        'Bladet saknar kolumnen "Kategori"; intäkter och kostnader läses från rubrikerna (Intäkter, Kostnader). Lägg till kolumnen Kategori om någon post har hamnat fel.',
      );
  }
  return notes;
}

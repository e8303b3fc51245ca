/**
 * The mapping as the task pane shows it (step "1. Data"): per sheet its kind, confidence level and columns
 * (mapped columns and unmapped header cells), each marked when it differs from what detection alone gives,
 * and the choices a column of that kind offers. Pure; used by createMappingService (mapping.ts).
 */
import {
  KEY_LABEL,
  KIND_LABEL,
  MEASURE_LABEL,
  roleOptions,
  SHEET_KINDS,
  type ColumnMapping,
  type Measure,
  type RowMark,
  type SheetKind,
  type SheetMapping,
  type WorkbookMapping,
} from "../domain/detect";
import type { Issue } from "../domain/issues";
import { parsePeriod } from "../domain/text/period";

/** Confidence shown as a badge: hög ≥ 0,9 (exact synonyms, the user's own choices), medel ≥ 0,7, låg below. */
export type Sakerhet = "hog" | "medel" | "lag";

export function sakerhet(confidence: number): Sakerhet {
  return confidence >= 0.9 ? "hog" : confidence >= 0.7 ? "medel" : "lag";
}

export interface RollVal {
  value: string;
  label: string;
}

/** The kinds a sheet can be read as, with their Swedish labels. */
export const BLADTYPER: readonly { value: SheetKind; label: string }[] = SHEET_KINDS.map((k) => ({ value: k, label: KIND_LABEL[k] }));

export interface KolumnVy {
  /** Column letter. */
  column: string;
  /** Header text ("Q3 - Q4 2021 / Utfall TSEK"); "" when the column has none. */
  header: string;
  /** The column's role as a value of the sheet's `roles`: the role, or "belopp:<measure>" on base sheets. */
  value: string;
  /** Period or year and unit of an amount column ("2021-H2 · tkr"). */
  detail?: string;
  /** Amount column of utfall, budget or prognos: its period or year is editable ("2024-H1", "2024", "" = none). */
  when?: string;
  /** Unit factor of an amount column (1, 1000, 1 000 000), editable. */
  factor?: number;
  /** 0–1; null for a header cell that is not mapped. */
  confidence: number | null;
  sakerhet: Sakerhet | null;
  /** Differs from what the add-in detects by itself. */
  andrad: boolean;
}

export interface BladVy {
  sheet: string;
  kind: SheetKind;
  confidence: number;
  sakerhet: Sakerhet;
  use: boolean;
  /** The kind differs from the detected one. */
  kindAndrad: boolean;
  /** The user changed something on this sheet (saved or not). */
  corrected: boolean;
  /** Excel row of the (last) header row; 0 when none. */
  headerRow: number;
  /** The header row differs from the one detection alone gives. */
  headerRowAndrad: boolean;
  /** Rows the user marked as sum rows or not data, with the text of their first cell ("Summa projekt"). */
  rows: { row: number; as: RowMark["as"]; text: string }[];
  notes: string[];
  columns: KolumnVy[];
  /** What a column of this sheet can be. */
  roles: RollVal[];
  /** The sheet's LAYOUT_ANDRAD issue: its headers changed since the mapping was saved. */
  layoutAndrad: Issue | null;
}

export interface MappningVy {
  mapping: WorkbookMapping;
  sheets: BladVy[];
  /** Issues of reading and reconciling: LAYOUT_ANDRAD, sheets too large to read. */
  issues: Issue[];
  /** "ingen": nothing saved yet; "sparad": the saved mapping was used; "olaslig": it could not be read (savedReason). */
  saved: "ingen" | "sparad" | "olaslig";
  savedReason?: string;
  /** The mapping differs from the one saved in the workbook. */
  unsaved: boolean;
}

const BASE_KINDS: readonly SheetKind[] = ["insatser", "budget", "utfall"];
const MEASURES = Object.keys(MEASURE_LABEL) as Measure[];
const UNIT: Record<number, string> = { 1: "kr", 1000: "tkr", 1_000_000: "mkr" };

function valueOf(c: Pick<ColumnMapping, "role" | "measure">, kind: SheetKind): string {
  return c.role === "belopp" && BASE_KINDS.includes(kind) ? `belopp:${c.measure ?? "utfall"}` : c.role;
}

function rolesOf(kind: SheetKind): RollVal[] {
  return roleOptions(kind).flatMap((o) =>
    o.role === "belopp" && BASE_KINDS.includes(kind)
      ? MEASURES.map((m) => ({ value: `belopp:${m}`, label: `Belopp: ${MEASURE_LABEL[m]}` }))
      : [{ value: o.role, label: o.label }],
  );
}

/** Columns whose unit the pane lets the user set: amounts, and the insats and Summa columns of a transposed table. */
const hasUnit = (c: ColumnMapping | undefined): c is ColumnMapping =>
  !!c && ((c.role === "belopp" && c.measure !== "kvot") || c.role === "insatskolumn" || c.role === "radsumma");

function detailOf(c: ColumnMapping, m: SheetMapping): string | undefined {
  if (!hasUnit(c)) return undefined;
  const matt = m.columns.find((x) => x.role === "matt");
  // The measure on each row (detect/measure-rows.ts): the amount column's measure and period come from the Mått column.
  const when =
    c.role === "belopp" && c.measure === undefined && matt
      ? `mått från kolumn ${matt.column}${matt.header ? ` (${matt.header})` : ""}`
      : (c.period?.label ?? (c.year !== undefined ? String(c.year) : undefined));
  const unit = c.factor !== undefined ? `${UNIT[c.factor] ?? c.factor}${c.unitSource === "gissad" ? " (gissad)" : ""}` : undefined;
  return [when, unit].filter((x) => x !== undefined).join(" · ") || undefined;
}

const letterOf = (cell: string) => cell.replace(/\d+$/, "");
const byColumn = (a: string, b: string) => a.length - b.length || a.localeCompare(b);

/**
 * One sheet as the pane shows it: mapped columns and unmapped header cells, each compared with `base` (detection
 * alone, for the kind the sheet is read as); `detectedKind` is the kind detection alone gave the sheet.
 */
export function sheetView(
  m: SheetMapping,
  base: SheetMapping | undefined,
  detectedKind: SheetKind | undefined,
  layout: Issue | undefined,
  rowText?: (row: number) => string,
): BladVy {
  const headerText = new Map<string, string[]>();
  for (const f of m.fingerprint.cells) headerText.set(letterOf(f.cell), [...(headerText.get(letterOf(f.cell)) ?? []), f.text]);
  const letters = [...new Set([...m.columns.map((c) => c.column), ...headerText.keys()])].sort(byColumn);
  const columns = letters.map((letter): KolumnVy => {
    const c = m.columns.find((x) => x.column === letter);
    const auto = base?.columns.find((x) => x.column === letter);
    const value = c ? valueOf(c, m.kind) : "ignorera";
    const detail = c ? detailOf(c, m) : undefined;
    const timed = c?.role === "belopp" && (c.measure === "utfall" || c.measure === "budget" || c.measure === "prognos");
    return {
      column: letter,
      header: c?.header || (headerText.get(letter) ?? []).join(" / "),
      value,
      ...(detail ? { detail } : {}),
      ...(timed ? { when: c.period?.label ?? (c.year !== undefined ? String(c.year) : "") } : {}),
      ...(hasUnit(c) ? { factor: c.factor ?? 1 } : {}),
      confidence: c ? c.confidence : null,
      sakerhet: c ? sakerhet(c.confidence) : null,
      andrad: value !== (auto ? valueOf(auto, m.kind) : "ignorera"),
    };
  });
  const roles = rolesOf(m.kind);
  for (const c of columns)
    if (!roles.some((r) => r.value === c.value)) roles.push({ value: c.value, label: KEY_LABEL[c.value] ?? c.value });
  return {
    sheet: m.sheet,
    kind: m.kind,
    confidence: m.confidence,
    sakerhet: sakerhet(m.confidence),
    use: m.use,
    kindAndrad: detectedKind !== undefined && detectedKind !== m.kind,
    corrected: m.corrected === true,
    headerRow: m.headerRow,
    headerRowAndrad: base !== undefined && base.headerRow !== m.headerRow,
    rows: (m.rows ?? []).map((x) => ({ ...x, text: rowText?.(x.row) ?? "" })),
    notes: m.notes ?? [],
    columns,
    roles,
    layoutAndrad: layout ?? null,
  };
}

/** The patch of a column given the value the user chose; null when the value is not a choice of the sheet. */
export function columnPatch(m: SheetMapping, column: string, value: string): Partial<Omit<ColumnMapping, "column">> | null {
  const existing = m.columns.find((c) => c.column === column);
  const allowed = rolesOf(m.kind).some((r) => r.value === value) || (existing !== undefined && valueOf(existing, m.kind) === value);
  if (!/^[A-Z]{1,3}$/.test(column) || !allowed) return null;
  if (value.startsWith("belopp:") && BASE_KINDS.includes(m.kind))
    return { role: "belopp", measure: value.slice("belopp:".length) as Measure };
  if (existing?.role === value) return { role: value };
  return { role: value, measure: undefined, period: undefined, year: undefined, factor: undefined, unitSource: undefined };
}

/** JSON with sorted keys and no undefined values: two mappings that say the same compare equal. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === "object" && !Array.isArray(x)
      ? Object.fromEntries(
          Object.keys(x)
            .sort()
            .map((k) => [k, (x as Record<string, unknown>)[k]])
            .filter(([, y]) => y !== undefined),
        )
      : x,
  );
}

/** True when both say the same (key order and undefined values aside). */
export const sameJson = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

export const sameMapping = (a: WorkbookMapping, b: WorkbookMapping): boolean => sameJson(a, b);

/**
 * The patch that gives an amount column the period the user typed (issue 14, "Ange perioden i mappningen"):
 * "2024" (a year: a budget's or prognos' year, or the whole year's utfall), "2024-H1", "2024-Q3", "2024-05",
 * "jan-aug 2016", "2024-01-01 - 2024-06-30" (an Ack column up to the sheet's date); "" removes it. A Swedish
 * message when the text is not a period.
 */
export function periodPatch(m: SheetMapping, column: string, text: string): Partial<Omit<ColumnMapping, "column">> | { error: string } {
  const c = m.columns.find((x) => x.column === column);
  if (!c || c.role !== "belopp") return { error: `Kolumn ${column} på bladet "${m.sheet}" är ingen beloppskolumn.` };
  const t = text.trim();
  if (t === "") return { period: undefined, year: undefined, confidence: 1 };
  const p = parsePeriod(t);
  if (p.kind !== "period")
    return { error: `"${t}" är ingen period. Skriv t.ex. 2024, 2024-H1, 2024-Q3, jan-aug 2016 eller 2024-01-01 - 2024-06-30.` };
  const y = Number(p.value.from.slice(0, 4));
  const wholeYear = p.value.from === `${y}-01-01` && p.value.to === `${y}-12-31`;
  if (wholeYear && c.measure !== "utfall") return { year: y, period: undefined, confidence: 1 };
  return { period: p.value, year: undefined, confidence: 1 };
}

/** The patch that gives an amount column a unit chosen by the user (kr 1, tkr 1000, mkr 1 000 000). */
export function unitPatch(factor: number): Partial<Omit<ColumnMapping, "column">> | { error: string } {
  if (factor !== 1 && factor !== 1000 && factor !== 1_000_000) return { error: `Enheten ${factor} finns inte; välj kr, tkr eller mkr.` };
  return { factor, unitSource: "anvandare" };
}

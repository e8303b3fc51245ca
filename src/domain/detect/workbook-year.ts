import { issue, type Issue } from "../issues/issue";
import type { RawSheet } from "../model/raw";
import type { SheetMapping } from "../model/mapping";
import { periodLabel } from "../text/period";
import { daysInMonth, ymdToIso } from "../text/sv-date";
import { rowIndex } from "./fingerprint";
import { monthRangeEnd } from "./sheet-date";
import { parseColumnHeader, yearHintOf } from "./column-header";

/**
 * Budget and utfall on separate sheets, "Budget 2024" and "Utfall jan-jun": the utfall sheet names its months
 * but not its year, and nothing on it does. When the workbook's other sheets give exactly one year (their
 * columns' years and periods), the utfall columns without a period are that year's months: 1 January to the end
 * of the range's last month, confidence 0,7 and a note. With no year or several years the period stays unknown
 * and the parser asks for it (SAKNAD_KOLUMN "ange perioden i mappningen").
 *
 * The same for a budget sheet that names no year anywhere ("Budget" with "Insats | Belopp" beside "Utfall 2021",
 * unseen.ts u26): its budget columns are that one year's, with BUDGETAR_FRAN_ARBETSBOKEN (varning) at the column —
 * not on the template's long Budget sheet with a Kategori column, whose År column is required.
 */
/** Confidence of a year taken from the workbook's other sheets. */
const YEAR_FROM_WORKBOOK = 0.7;

/**
 * BUDGETAR_FRAN_ARBETSBOKEN (varning) for each budget column whose year detection took from the other sheets (see
 * the file comment): nothing on the sheet names a year, and the user has not confirmed the mapping.
 */
export function budgetYearAssumedIssues(sheet: RawSheet, m: SheetMapping): Issue[] {
  if (m.kind !== "budget" || m.corrected) return [];
  const top = Math.max(0, rowIndex(sheet, m.headerRow));
  if (yearHintOf([sheet.name, ...sheet.values.slice(0, top).flat()]) !== undefined) return [];
  return m.columns
    .filter((c) => c.role === "belopp" && c.measure === "budget" && c.year !== undefined && c.confidence <= YEAR_FROM_WORKBOOK)
    .filter((c) => {
      const h = parseColumnHeader(c.header);
      return h.year === undefined && !h.period && !h.hasPeriod;
    })
    .map((c) =>
      issue(
        "varning",
        "BUDGETAR_FRAN_ARBETSBOKEN",
        m.sheet,
        `${c.column}${Math.max(m.headerRow, 1)}`,
        `Kolumnen "${c.header}" anger inte vilket år budgeten gäller; den läses som budget ${c.year}, det enda år arbetsbokens övriga blad anger. ` +
          `Skriv året i rubriken (t.ex. "Budget ${c.year}") eller ändra året i mappningen om det är fel.`,
      ),
    );
}

export function completeYearFromWorkbook(
  sheets: readonly RawSheet[],
  mappings: readonly SheetMapping[],
  fresh: ReadonlySet<SheetMapping>,
): Issue[] {
  const issues: Issue[] = [];
  const years = new Set<number>();
  for (const m of mappings) {
    if (!m.use || (m.kind !== "budget" && m.kind !== "utfall" && m.kind !== "insatser")) continue;
    for (const c of m.columns) {
      if (c.year !== undefined) years.add(c.year);
      if (c.period) years.add(Number(c.period.from.slice(0, 4)));
    }
  }
  if (years.size !== 1) return issues;
  const [year] = [...years];
  for (const m of mappings) {
    if (!fresh.has(m) || !m.use || m.kind !== "budget") continue;
    const open = m.columns.filter((c) => c.role === "belopp" && c.measure === "budget" && !c.period && c.year === undefined);
    // The template's long Budget sheet (Post | Kategori | År | Budget) without its År column may hold several years'
    // rows: the year is asked for there (SAKNAD_KOLUMN), never assumed.
    const keys = new Set(m.columns.map((c) => c.role));
    if (open.length === 0 || ["period", "fran", "ar", "kategori"].some((k) => keys.has(k))) continue;
    const sheet = sheets.find((s) => s.name === m.sheet);
    if (!sheet) continue;
    for (const c of open) {
      c.year = year;
      c.confidence = Math.min(c.confidence, YEAR_FROM_WORKBOOK);
    }
    m.notes = [...(m.notes ?? []), `Bladet anger inte budgetens år; året ${year} är det enda som arbetsbokens övriga blad anger.`];
  }
  for (const m of mappings) {
    if (!fresh.has(m) || m.kind !== "utfall") continue;
    const open = m.columns.filter((c) => c.role === "belopp" && c.measure === "utfall" && !c.period && c.year === undefined);
    if (open.length === 0 || m.columns.some((c) => c.role === "period" || c.role === "fran" || c.role === "ar")) continue;
    const sheet = sheets.find((s) => s.name === m.sheet);
    if (!sheet) continue;
    const top = Math.max(0, rowIndex(sheet, Math.min(m.headerRow, m.extraHeaderRow ?? m.headerRow)));
    const texts = [sheet.name, ...sheet.values.slice(0, top).flat()].filter((t): t is string => typeof t === "string");
    const last = monthRangeEnd(texts);
    if (last === undefined) continue;
    const from = `${year}-01-01`;
    const to = ymdToIso(year, last, daysInMonth(year, last));
    for (const c of open) {
      c.period = { from, to, label: periodLabel(from, to) };
      c.confidence = Math.min(c.confidence, 0.7);
    }
    m.notes = [
      ...(m.notes ?? []),
      `Bladet anger månaderna men inte året; året ${year} är det enda som arbetsbokens övriga blad anger. Ändra perioden i mappningen om det är fel.`,
    ];
  }
  return issues;
}

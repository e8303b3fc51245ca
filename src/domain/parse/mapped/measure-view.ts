import { issue, type Issue } from "../../issues/issue";
import { CODES } from "../../issues/codes";
import { columnLetter } from "../../model/address";
import type { CellRef, CellValue, RawSheet } from "../../model/raw";
import type { Period } from "../../model/records";
import type { ColumnMapping, SheetMapping } from "../../model/mapping";
import { colIndex } from "../../detect/fingerprint";
import { exportPeriod } from "../../detect/export-period";
import { isDerivedCell, measureCell, sheetYearHint, type MeasureCell } from "../../detect/measure-cell";
import { cellAddress } from "../../text/header";
import { normalizeName } from "../../text/names";
import { parseSvNumber } from "../../text/sv-number";
import { daysInMonth, SV_MONTHS, ymdToIso } from "../../text/sv-date";
import { normalizeHeader } from "../../text/header";
import { periodLabel } from "../../text/period";
import { unitLabel } from "../../text/format";
import { mappedColumns } from "./columns";
import { isFilled, padded, type PivotView } from "./pivot-view";

/**
 * The measure on each row ("Projekt | Avser | Belopp": "Jobbstöd | Budget | 1 640", "| Utfall | 1 512"; detected by
 * detect/measure-rows.ts) as the wide table table.ts reads (pivot-view.ts):
 * - rows are grouped per insats (its name; a row without a name belongs to the name above it) and owner; the group
 *   becomes one row, at the place of its first row, with one amount column per measure and period — the period from
 *   the Period/År column (2014, 202401, 2024-01, a date), else from the measure cell ("Utfall jan-jun 2024"), else the
 *   sheet's year (title, name); utfall of a year is its whole year, a budget of a year that year's budget;
 * - sum rows ("Summa projekt | Budget", "| Utfall") become one sum row, checked by the reader as on any table;
 *   headings (a name without a measure or amount) stay where they are;
 * - rows of one insats, measure and period that differ only in their Konto are parts of it and are added;
 *   otherwise two such rows are a conflict: MATT_DUBBLETT (fel) with both cells and both amounts, and neither is
 *   used (an utfall conflict leaves the insats' kvot empty with the reason) — never silently added or dropped;
 * - a row with an amount but no readable measure or period is a fel at that cell and is not read; a row of a figure
 *   derived from budget and utfall (Avvikelse, Kvar, Förbrukat %) is not read and is named in the info.
 * - months as columns beside the measure ("Insats | Avser | jan … dec | Totalt", a Budget and an Utfall row per insats):
 *   the months a row fills are its period and their sum its amount — utfall filled jan–jun is the utfall of
 *   1 January–30 June (not the Totalt read as the whole year's, which halved the kvot), twelve budget months the
 *   year's budget (unseen.ts u03);
 * MATT_FRAN_KOLUMN (info) says which column the measure was taken from.
 */

interface VirtualColumn {
  key: string;
  cell: MeasureCell;
  header: string;
}

interface Placed {
  value: CellValue;
  at: [number, number];
  konto: string;
  conflict?: boolean;
}

const wholeYear = (p: Period): number | undefined => {
  const y = Number(p.from.slice(0, 4));
  return p.from === `${y}-01-01` && p.to === `${y}-12-31` ? y : undefined;
};

const yearPeriod = (y: number): Period => ({ from: `${y}-01-01`, to: `${y}-12-31`, label: `${y}` });

/**
 * The measure cell completed by the row's period (Period/År column); else by the period or year the user gave the
 * amount column in the mapping (the fix SAKNAD_KOLUMN "ange perioden i mappningen" asks for); else the sheet's year.
 */
function withPeriod(m: MeasureCell, period: Period | undefined, column: ColumnMapping, yearHint: number | undefined): MeasureCell {
  if (period) {
    const y = wholeYear(period);
    if (m.measure !== "utfall" && y !== undefined) return { measure: m.measure, year: y };
    return { measure: m.measure, period };
  }
  if (m.period || m.year !== undefined) return m;
  const colYear = column.year ?? (column.period ? wholeYear(column.period) : undefined);
  if (m.measure === "utfall") {
    const p = column.period ?? (colYear !== undefined ? yearPeriod(colYear) : yearHint !== undefined ? yearPeriod(yearHint) : undefined);
    return p ? { measure: "utfall", period: p } : m;
  }
  if (colYear !== undefined || yearHint !== undefined) return { measure: m.measure, year: colYear ?? yearHint! };
  return column.period ? { measure: m.measure, period: column.period } : m;
}

/** Header columns naming one month each ("jan", "Februari", "MAJ"): index → month; empty unless at least three. */
function monthColumns(header: readonly CellValue[]): Map<number, number> {
  const out = new Map<number, number>();
  header.forEach((v, c) => {
    const mo = typeof v === "string" ? SV_MONTHS[normalizeHeader(v).replace(/\.$/, "")] : undefined;
    if (mo !== undefined) out.set(c, mo);
  });
  return out.size >= 3 ? out : new Map();
}

/** The row's filled month cells: their sum and the period from the first to the last filled month of `year`. */
function monthSpan(
  row: readonly CellValue[],
  months: ReadonlyMap<number, number>,
  year: number,
): { value: number; period: Period } | undefined {
  let first = 13;
  let last = 0;
  let sum = 0;
  for (const [c, mo] of months) {
    const n = parseSvNumber(row[c] ?? null);
    if (n.kind !== "number") continue;
    sum += n.value;
    first = Math.min(first, mo);
    last = Math.max(last, mo);
  }
  if (last === 0) return undefined;
  const from = ymdToIso(year, first, 1);
  const to = ymdToIso(year, last, daysInMonth(year, last));
  return { value: sum, period: { from, to, label: periodLabel(from, to) } };
}

const MEASURE_TEXT = { budget: "Budget", utfall: "Utfall", prognos: "Prognos" } as const;

function label(m: MeasureCell): string {
  const when = m.period?.label ?? (m.year !== undefined ? String(m.year) : "");
  return `${MEASURE_TEXT[m.measure]}${when ? ` ${when}` : ""}`;
}

export function measureView(sheet: RawSheet, m: SheetMapping, issues: Issue[]): PivotView | null {
  const mc = mappedColumns(sheet, m);
  const mattCol = m.columns.find((c) => c.role === "matt");
  const amountCol = m.columns.find((c) => c.role === "belopp");
  if (!mc || !mattCol || !amountCol || mc.keys.post === undefined) return null;
  const matt = colIndex(sheet, mattCol.column);
  const amount = colIndex(sheet, amountCol.column);
  const post = mc.keys.post;
  const agare = mc.keys.agare;
  const periodCol = mc.keys.period;
  const konto = mc.keys.konto;
  const width = Math.max(0, ...sheet.values.map((r) => r?.length ?? 0), matt + 1, amount + 1);
  const yearHint = sheetYearHint(sheet, mc.headerRow, [amountCol.header]);
  const keyCols = Object.entries(mc.keys)
    .filter(([role]) => role !== "period" && role !== "konto" && role !== "matt")
    .map(([, c]) => c);
  const at = (r: number, c: number) => cellAddress(sheet, r, c);
  const months =
    periodCol === undefined && yearHint !== undefined ? monthColumns(sheet.values[mc.headerRow] ?? []) : new Map<number, number>();

  const columns: VirtualColumn[] = [];
  const columnOf = new Map<string, number>();
  const groupRow = new Map<string, number>();
  const placed = new Map<string, Placed>();
  const headings = new Set<number>();
  let lastName: CellValue = null;
  let lastNameRow = -1;
  let lastAgare: CellValue = null;
  let rowsRead = 0;
  const derived = new Map<string, number>();
  for (let r = mc.dataStart; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    const own = row[post];
    const mv = row[matt];
    const span = months.size > 0 ? monthSpan(row, months, yearHint!) : undefined;
    const av = span ? span.value : row[amount];
    if (isFilled(own)) {
      lastName = own;
      lastNameRow = r;
      lastAgare = agare !== undefined ? (row[agare] ?? null) : null;
    }
    if (!isFilled(mv) && !isFilled(av)) {
      if (isFilled(own)) headings.add(r);
      continue;
    }
    const name = isFilled(own) ? own : lastName;
    if (!isFilled(name)) {
      issues.push(
        issue(
          "fel",
          CODES.SAKNAT_VARDE,
          sheet.name,
          at(r, post),
          "Raden har belopp men inget namn. Skriv insatsens namn; raden används inte.",
        ),
      );
      continue;
    }
    // Avvikelse, Kvar, Förbrukat % on a row of their own: computed from budget and utfall, not read (named in the info).
    if (isDerivedCell(mv)) {
      derived.set(String(mv).trim(), (derived.get(String(mv).trim()) ?? 0) + 1);
      continue;
    }
    const cellM = measureCell(mv, yearHint);
    if (!cellM) {
      issues.push(
        issue(
          "fel",
          CODES.SAKNAT_VARDE,
          sheet.name,
          at(r, matt),
          `${mattCol.header || "Måttet"}: ${isFilled(mv) ? `"${String(mv).trim()}" är inget mått` : "måttet saknas"}. Skriv Budget, Utfall eller Prognos (gärna med period, t.ex. "Utfall jan-jun 2024"); raden används inte.`,
        ),
      );
      continue;
    }
    let period: Period | undefined;
    if (periodCol !== undefined) {
      const p = exportPeriod(row[periodCol]);
      if (!p) {
        issues.push(
          issue(
            "fel",
            p === undefined ? CODES.SAKNAT_VARDE : CODES.OLASBAR_PERIOD,
            sheet.name,
            at(r, periodCol),
            `${m.columns.find((c) => c.role === "period")?.header || "Perioden"}: ${p === undefined ? "perioden saknas" : `"${String(row[periodCol]).trim()}" är ingen period`}. Skriv perioden som ett år (2024), ÅÅÅÅMM (202401) eller en månad (2024-01); raden används inte.`,
          ),
        );
        continue;
      }
      period = p;
    }
    if (span) period = span.period;
    const vm = withPeriod(cellM, period, amountCol, yearHint);
    const ckey = label(vm);
    let ci = columnOf.get(ckey);
    if (ci === undefined) {
      ci = columns.length;
      columnOf.set(ckey, ci);
      columns.push({ key: ckey, cell: vm, header: `${amountCol.header || "Belopp"} (${ckey})` });
    }
    const gkey = `${normalizeName(String(name))}\u0000${agare !== undefined ? normalizeName(String(lastAgare ?? "")) : ""}`;
    if (!groupRow.has(gkey)) {
      // A name on a row of its own above its measure rows: the group sits on the name's row (not a heading).
      groupRow.set(gkey, isFilled(own) ? r : lastNameRow);
      headings.delete(lastNameRow);
    }
    const g = groupRow.get(gkey)!;
    rowsRead++;
    const k = `${g}\u0000${ci}`;
    const kontoText = konto !== undefined && isFilled(row[konto]) ? String(row[konto]).trim() : "";
    const before = placed.get(k);
    if (!before) {
      placed.set(k, { value: av ?? null, at: [r, amount], konto: kontoText });
      continue;
    }
    const a = parseSvNumber(before.value ?? null);
    const b = parseSvNumber(av ?? null);
    if (!before.conflict && konto !== undefined && kontoText !== before.konto && a.kind === "number" && b.kind === "number") {
      // Parts of one insats' utfall on different konton (löner, lokalhyra): added; the kontos keep the first row's cell.
      before.value = a.value + b.value;
      before.konto = `${before.konto}\u0000${kontoText}`;
      continue;
    }
    const first = before.at;
    issues.push(
      issue(
        "fel",
        "MATT_DUBBLETT",
        sheet.name,
        at(first[0], first[1]),
        `${String(name).trim()} har två rader ${ckey}: ${at(first[0], first[1])} (${String(before.value ?? "").trim()}) och ${at(r, amount)} (${String(av ?? "").trim()}). ` +
          `Ingen av dem används, så att ingenting räknas dubbelt eller faller bort: ta bort eller rätta den ena raden${konto !== undefined ? ", eller skriv kontot på raderna om de är olika konton" : ""}.`,
      ),
    );
    before.conflict = true;
    before.value = null;
  }
  if (rowsRead === 0 || columns.length === 0) return null;

  // The copy: header row and title rows as written, one row per group at its first row, headings kept.
  const W = width;
  const total = W + columns.length;
  const values: CellValue[][] = sheet.values.map((row, r) =>
    r < mc.dataStart ? padded(row, total) : new Array<CellValue>(total).fill(null),
  );
  const keep = (r: number) => {
    for (const c of keyCols) values[r][c] = sheet.values[r]?.[c] ?? null;
  };
  for (const r of headings) keep(r);
  const source = new Map<string, [number, number]>();
  const olasbart: { post: string; source: CellRef }[] = [];
  for (const g of groupRow.values()) keep(g);
  for (const [k, p] of placed) {
    const [g, ci] = k.split("\u0000").map(Number);
    const name = String(values[g][post] ?? "").trim();
    values[g][W + ci] = p.value;
    source.set(`${g},${W + ci}`, p.at);
    if (p.conflict && columns[ci].cell.measure === "utfall")
      olasbart.push({ post: name, source: { sheet: sheet.name, cell: at(p.at[0], p.at[1]) } });
  }
  for (let ci = 0; ci < columns.length; ci++) values[mc.headerRow][W + ci] = columns[ci].header;
  const groups = new Set(groupRow.values());

  const amounts: ColumnMapping[] = columns.map((v, ci) => ({
    column: columnLetter(W + ci + sheet.origin.col),
    header: v.header,
    role: "belopp",
    measure: v.cell.measure,
    ...(v.cell.year !== undefined ? { year: v.cell.year } : {}),
    ...(v.cell.period ? { period: v.cell.period } : {}),
    ...(amountCol.factor !== undefined ? { factor: amountCol.factor } : {}),
    ...(amountCol.unitSource ? { unitSource: amountCol.unitSource } : {}),
    confidence: amountCol.confidence,
  }));
  const keysOnly = m.columns.filter((c) => keyCols.includes(colIndex(sheet, c.column)) && c.role !== "belopp" && c.role !== "matt");
  const mapping: SheetMapping = { ...m, layout: "bred", columns: [...keysOnly, ...amounts] };
  const copy: RawSheet = { name: sheet.name, origin: sheet.origin, values };
  const cell = (r: number, c: number): [number, number] => {
    // A cell of an added amount column: the user's amount cell it came from (its header: the amount header).
    if (c >= W) return source.get(`${r},${c}`) ?? [r, amount];
    return [r, c];
  };
  const groupCount = groups.size;
  const findings = [
    issue(
      "info",
      "MATT_FRAN_KOLUMN",
      sheet.name,
      at(mc.headerRow, matt),
      `Måttet (budget, utfall, prognos) läses från kolumnen ${mattCol.header || columnLetter(matt + sheet.origin.col)} på varje rad: ${rowsRead} ${rowsRead === 1 ? "rad" : "rader"} blir ${groupCount} ${groupCount === 1 ? "rad" : "rader"} med ${measureSummary(columns)}. ` +
        `Beloppen läses från kolumnen ${amountCol.header || columnLetter(amount + sheet.origin.col)} (${unitLabel(amountCol.factor ?? 1)}).` +
        derivedNote(derived),
    ),
  ];
  return { sheet: copy, mapping, cell, findings, olasbartUtfall: olasbart };
}

/** "Budget 2014, Utfall 2014", or per measure "budget för 12 perioder (2024-01 … 2024-12)" when there are many. */
function measureSummary(columns: readonly VirtualColumn[]): string {
  if (columns.length <= 4) return columns.map((v) => v.key).join(", ");
  const parts: string[] = [];
  for (const measure of ["budget", "prognos", "utfall"] as const) {
    const of = columns.filter((v) => v.cell.measure === measure);
    if (of.length === 0) continue;
    const when = (v: VirtualColumn) => v.cell.period?.label ?? String(v.cell.year ?? "");
    parts.push(
      of.length === 1
        ? of[0].key
        : `${MEASURE_TEXT[measure].toLowerCase()} för ${of.length} perioder (${when(of[0])} … ${when(of[of.length - 1])})`,
    );
  }
  return parts.join(", ");
}

/** " Raderna Avvikelse (14 st) läses inte: de räknas fram ur budget och utfall." — or "" when there are none. */
function derivedNote(derived: ReadonlyMap<string, number>): string {
  if (derived.size === 0) return "";
  const n = [...derived.values()].reduce((a, b) => a + b, 0);
  const what = [...derived.keys()].join(", ");
  return ` ${n === 1 ? "Raden" : "Raderna"} ${what} (${n} st) läses inte: förbrukningen räknas fram ur budget och utfall.`;
}

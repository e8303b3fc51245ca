import { columnLetter } from "../model/address";
import type { CellValue, RawSheet } from "../model/raw";
import { unitInText } from "../text/units";
import { exportPeriod } from "./export-period";
import { yearHintOf } from "./column-header";
import type { ColumnMapping } from "../model/mapping";

/**
 * Recognises a transaction list exported from an ekonomisystem (Raindance, Visma, Agresso/Unit4, Hogia; issue 14
 * pattern 5): Konto | a dimension (Projekt, Aktivitet, Kostnadsställe, Verksamhet, Ansvar) as a code, a name or
 * "1234 Namn" in one cell | Period (ÅÅÅÅMM, ÅÅÅÅMMDD, a verifikationsdatum) | Belopp / Utfall / Saldo, optionally a
 * Budget column. The mapping it gives:
 * - `post` = the insats: the dimension's name column, else its "kod namn" column (the reader drops the code), the
 *   bare code only when no name is written; the dimension's code column gets role `kod`;
 * - `konto` (and `kontonamn`) = the kostnadsslag, never the post; Motpart, Verifikation, Text are not read;
 * - `period` = the period or date column; amounts are kronor unless the header says otherwise;
 * - Debet | Kredit instead of Belopp: Debet is the utfall column and Kredit (role `kredit`) is subtracted.
 * Needs a konto column, a dimension, a period column whose cells are periods and an amount column.
 */

export const EXPORT_ROLES = { kod: "kod", konto: "konto", kontonamn: "kontonamn", kredit: "kredit" } as const;

/** Dimensions that carry the insats, most specific first. */
const DIMENSIONS: [RegExp, string][] = [
  [/^(projekt|proj|project)/, "projekt"],
  [/^(aktivitet|akt)/, "aktivitet"],
  [/^(kostnadsst[äa]lle|kst|cost ?cent(er|re))/, "kostnadsstalle"],
  [/^(verksamhet|vht|verks)/, "verksamhet"],
  [/^(ansvar|ansv)/, "ansvar"],
  [/^objekt/, "objekt"],
];
const CODE_SUFFIX = /^(\s*(nr|nummer|kod|id|code|no))?$/;
const NAME_SUFFIX = /^\s*(namn|text|ben[äa]mning|ben|beskrivning|name|description)$/;
const KONTO = /^(konto|kto|account)/;
const PERIOD =
  /^(period|bokf[öo]ringsperiod|redovisningsperiod|redov ?period|m[åa]nad|bokf[öo]ringsm[åa]nad|redovisningsm[åa]nad|[åa]r ?m[åa]n(ad)?|per|period ?nr|per ?nr)( [åa]{4}mm| yyyymm)?$/;
const DATE = /^((verifikations|bokf[öo]rings|transaktions|ver|trans|bokf|verifikat)\s?(datum|dag)|datum|date|verdatum|posting date)$/;
const AMOUNT = /^(belopp|utfall|saldo|summa|amount|periodens (utfall|belopp)|bokf[öo]rt belopp|utfall period)$/;
const BUDGET = /^(budget|budget belopp|periodbudget|budget period)$/;
const UNIT_WORDS = /\b(tkr|tsek|kr|sek|kronor|mkr)\b/g;

export interface ExportLayout {
  /** Index of the header row. */
  headerRow: number;
  columns: ColumnMapping[];
  /** Column index of each column (same order). */
  index: number[];
  /** The dimension read as the insats ("projekt", "ansvar" …). */
  dimension: string;
}

function norm(v: CellValue | undefined): string {
  if (typeof v !== "string") return "";
  return v
    .toLowerCase()
    .replace(/[_./\-()[\]:;,]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

type Content = "code" | "combined" | "name" | "empty";

/** What a dimension column holds: codes (numbers, "A12"), "1234 Namn", or names. */
function contentOf(sheet: RawSheet, from: number, c: number): Content {
  let code = 0;
  let combined = 0;
  let name = 0;
  for (let r = from; r < Math.min(sheet.values.length, from + 200); r++) {
    const v = sheet.values[r]?.[c];
    if (v === null || v === undefined || v === "") continue;
    const t = String(v).trim();
    if (typeof v === "number" || /^[A-Z]?\d{2,}[A-Z]?$/i.test(t)) code++;
    else if (/^[A-Z]?\d{2,}\s*[-–:]?\s+\S*\p{L}/iu.test(t)) combined++;
    else name++;
  }
  const n = code + combined + name;
  if (n === 0) return "empty";
  if (code / n >= 0.8) return "code";
  if (combined / n >= 0.6) return "combined";
  return "name";
}

/** Share of the column's non-empty cells (first 200 rows) that are periods, months or dates. */
function periodShare(sheet: RawSheet, from: number, c: number, yearOf: (r: number) => number | undefined): number {
  let ok = 0;
  let n = 0;
  for (let r = from; r < Math.min(sheet.values.length, from + 200); r++) {
    const v = sheet.values[r]?.[c];
    if (v === null || v === undefined || v === "") continue;
    n++;
    if (exportPeriod(v, yearOf(r))) ok++;
  }
  return n === 0 ? 0 : ok / n;
}

/** A year cell of an År column (2016, "2016"). */
export function yearCell(v: CellValue | undefined): number | undefined {
  const n = typeof v === "number" ? v : typeof v === "string" && /^\s*\d{4}\s*$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 1900 && n <= 2200 ? n : undefined;
}

interface DimColumns {
  post: number;
  code?: number;
  name?: number;
  /** Share of data rows with a value, and the number of distinct values (first 200 rows). */
  fill: number;
  distinct: number;
}

/** The columns of one dimension (code, name or "kod namn"), with how filled and varied its post column is. */
function dimColumns(
  sheet: RawSheet,
  row: readonly CellValue[],
  from: number,
  d: { code?: number; name?: number; plain: number[] },
): DimColumns | null {
  let { code, name } = d;
  // Plain "Projekt" columns: by content a code, a "kod namn" or a name column.
  for (const c of d.plain) {
    const k = contentOf(sheet, from, c);
    if (k === "code") code ??= c;
    else if ((k === "name" || k === "combined") && name === undefined) name = c;
  }
  // A "Benämning"/"Namn" column right of the code column names it.
  if (name === undefined && code !== undefined) {
    const next = norm(row[code + 1]);
    if (/^(namn|ben[äa]mning|text|beskrivning)$/.test(next) && contentOf(sheet, from, code + 1) !== "code") name = code + 1;
  }
  const post = name ?? code;
  if (post === undefined) return null;
  let rows = 0;
  let filled = 0;
  const values = new Set<string>();
  for (let r = from; r < Math.min(sheet.values.length, from + 200); r++) {
    const line = sheet.values[r] ?? [];
    if (!line.some((v) => v !== null && v !== "")) continue;
    rows++;
    const v = line[post];
    if (v === null || v === undefined || String(v).trim() === "") continue;
    filled++;
    values.add(String(v).trim());
  }
  return {
    post,
    ...(code !== undefined ? { code } : {}),
    ...(name !== undefined ? { name } : {}),
    fill: rows === 0 ? 0 : filled / rows,
    distinct: values.size,
  };
}

interface Cols {
  konto?: number;
  kontonamn?: number;
  period?: number;
  ar?: number;
  date?: number;
  amount?: number;
  debet?: number;
  kredit?: number;
  budget?: number;
  dims: Map<string, { code?: number; name?: number; plain: number[] }>;
}

function classify(row: readonly CellValue[]): Cols {
  const out: Cols = { dims: new Map() };
  row.forEach((v, c) => {
    const t = norm(v);
    if (t === "") return;
    const bare = t.replace(UNIT_WORDS, "").replace(/\s+/g, " ").trim();
    if (KONTO.test(t)) {
      const rest = t.replace(KONTO, "");
      if (NAME_SUFFIX.test(rest)) out.kontonamn ??= c;
      else if (CODE_SUFFIX.test(rest)) out.konto ??= c;
      return;
    }
    for (const [re, dim] of DIMENSIONS) {
      if (!re.test(t)) continue;
      const rest = t.replace(re, "");
      const d = out.dims.get(dim) ?? { plain: [] };
      if (NAME_SUFFIX.test(rest)) d.name ??= c;
      else if (/^\s*(nr|nummer|kod|id|code|no)$/.test(rest)) d.code ??= c;
      else if (rest.trim() === "") d.plain.push(c);
      else return;
      out.dims.set(dim, d);
      return;
    }
    if (/^([åa]r|r[äa]kenskaps[åa]r|bokf[öo]rings[åa]r|year|fiscal year)$/.test(t)) out.ar ??= c;
    else if (PERIOD.test(t)) out.period ??= c;
    else if (DATE.test(t)) out.date ??= c;
    else if (/^(debet|debit)$/.test(bare)) out.debet ??= c;
    else if (/^(kredit|credit)$/.test(bare)) out.kredit ??= c;
    else if (BUDGET.test(bare)) out.budget ??= c;
    else if (AMOUNT.test(bare)) out.amount ??= c;
  });
  return out;
}

/** The export layout of the sheet, or null when it is not a transaction list (see the file comment). */
export function detectExportLayout(sheet: RawSheet): ExportLayout | null {
  const n = Math.min(30, sheet.values.length);
  for (let r = 0; r < n; r++) {
    const row = sheet.values[r] ?? [];
    const cols = classify(row);
    if (cols.konto === undefined && cols.kontonamn === undefined) continue;
    // Debet | Kredit instead of Belopp: utfall = debet − kredit.
    if (cols.amount === undefined && cols.debet !== undefined && cols.kredit !== undefined) cols.amount = cols.debet;
    else if (cols.amount !== undefined) delete cols.kredit;
    if (cols.amount === undefined || cols.dims.size === 0) continue;
    const from = r + 1;
    const titleYear = yearHintOf([sheet.name, ...sheet.values.slice(0, r).flat()]);
    const yearOf = (q: number) => (cols.ar !== undefined ? yearCell(sheet.values[q]?.[cols.ar]) : titleYear);
    const periodCol = [cols.period, cols.date].find((c) => c !== undefined && periodShare(sheet, from, c, yearOf) >= 0.9);
    if (periodCol === undefined) continue;
    // The insats: the most specific dimension that is filled on most rows and varies (an Ansvar that is the
    // förbund itself on every row is not the insats when a Verksamhet or Projekt varies).
    const dims = DIMENSIONS.map(([, name]) => [name, cols.dims.get(name)] as const)
      .filter((x): x is readonly [string, NonNullable<(typeof x)[1]>] => x[1] !== undefined)
      .map(([name, d]) => ({ name, c: dimColumns(sheet, row, from, d) }))
      .filter((x): x is { name: string; c: DimColumns } => x.c !== null);
    const chosen =
      dims.find((x) => x.c.fill >= 0.8 && x.c.distinct >= 2) ?? dims.find((x) => x.c.fill >= 0.8) ?? dims.find((x) => x.c.fill > 0);
    if (!chosen) continue;
    const dim = chosen.name;
    const d = chosen.c;
    const post = d.post;
    const text = (c: number) => (typeof row[c] === "string" ? (row[c] as string).trim() : String(row[c] ?? ""));
    const columns: ColumnMapping[] = [];
    const index: number[] = [];
    const add = (c: number | undefined, m: Omit<ColumnMapping, "column" | "header">) => {
      if (c === undefined || index.includes(c)) return;
      columns.push({ column: columnLetter(c + sheet.origin.col), header: text(c), ...m });
      index.push(c);
    };
    add(post, { role: "post", confidence: d.name !== undefined ? 0.9 : 0.7 });
    if (d.name !== undefined) add(d.code, { role: EXPORT_ROLES.kod, confidence: 0.9 });
    add(cols.konto, { role: EXPORT_ROLES.konto, confidence: 0.9 });
    add(cols.kontonamn, { role: EXPORT_ROLES.kontonamn, confidence: 0.9 });
    const monthNumbers = periodShare(sheet, from, periodCol, () => undefined) < 0.9;
    add(periodCol, {
      role: "period",
      confidence: periodCol === cols.period ? 0.95 : 0.85,
      ...(monthNumbers && cols.ar === undefined && titleYear !== undefined ? { year: titleYear } : {}),
    });
    if (monthNumbers) add(cols.ar, { role: "ar", confidence: 0.9 });
    const factor = (c: number) => unitInText(text(c)) ?? 1;
    const unitSource = (c: number) => (unitInText(text(c)) !== undefined ? "rubrik" : "standard") as ColumnMapping["unitSource"];
    add(cols.amount, {
      role: "belopp",
      measure: "utfall",
      factor: factor(cols.amount),
      unitSource: unitSource(cols.amount),
      confidence: 0.9,
    });
    add(cols.kredit, { role: EXPORT_ROLES.kredit, factor: factor(cols.amount), confidence: 0.85 });
    if (cols.budget !== undefined)
      add(cols.budget, {
        role: "belopp",
        measure: "budget",
        factor: factor(cols.budget),
        unitSource: unitSource(cols.budget),
        confidence: 0.85,
      });
    const order = index.map((_, i) => i).sort((a, b) => index[a] - index[b]);
    return { headerRow: r, columns: order.map((i) => columns[i]), index: order.map((i) => index[i]), dimension: dim };
  }
  return null;
}

/** True for the mapping of an export sheet: it maps a Konto column (read as kostnadsslag, never as the post). */
export function isExportMapping(m: { columns: readonly Pick<ColumnMapping, "role">[] }): boolean {
  // A long table with a Mått column (measure-rows.ts) keeps its Konto only to add the parts of one insats' amount.
  return (
    m.columns.some((c) => c.role === EXPORT_ROLES.konto || c.role === EXPORT_ROLES.kontonamn) && !m.columns.some((c) => c.role === "matt")
  );
}

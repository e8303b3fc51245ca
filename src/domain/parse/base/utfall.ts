import type { Issue } from "../../issues/issue";
import type { RawSheet } from "../../model/raw";
import type { Kostnadsslag, Period, UtfallRad } from "../../model/records";
import { CODES } from "../../issues/codes";
import { CellReader } from "./cell-read";
import { cellAddress, locateTable, type ColumnSpec, type LocatedTable } from "../../text/header";
import { KOSTNADSSLAG_NAMES, parseKostnadsslag } from "../../text/insats-typ";
import { closestName } from "../../text/names";
import { periodFromDates } from "../../text/period";
import { costsWrittenNegative, negativeCostsInfo, normalizedAmount, type PostSign } from "./sign";
import { SumChecker } from "./sum-check";
import { columnLetters, headerLabels, reportMissingColumns, scanRows } from "./table";
import { columnUnitFactor } from "../../text/units";

/** Columns of the Utfall sheet (domain.md §2). Period may be replaced by a Från and a Till column. */
export const UTFALL_SPECS: ColumnSpec[] = [
  { key: "post", synonyms: ["Post", "Insats", "Kortnamn", "Budgetpost", "Konto", "Benämning"], required: true },
  { key: "period", synonyms: ["Period", "Månad", "Kvartal", "Redovisningsperiod"], required: true },
  { key: "fran", synonyms: ["Från", "Från och med", "Fr.o.m.", "Fom", "Periodstart", "Från datum", "Startdatum"] },
  { key: "till", synonyms: ["Till", "Till och med", "T.o.m.", "Tom", "Periodslut", "Till datum", "Slutdatum"] },
  { key: "utfall", synonyms: ["Utfall", "Utfall period", "Utfall belopp", "Belopp"], required: true },
  { key: "kostnadsslag", synonyms: ["Kostnadsslag", "Kostnadstyp", "Slag"], prefix: true },
];

export interface UtfallParse {
  utfall: UtfallRad[];
  columns: Record<string, string>;
}

/** Missing required columns, where Från + Till stand in for Period. */
function missingColumns(table: LocatedTable): LocatedTable {
  const hasRange = table.columns.fran !== undefined && table.columns.till !== undefined;
  return hasRange ? { ...table, missing: table.missing.filter((m) => m.key !== "period") } : table;
}

export function looksLikeUtfall(sheet: RawSheet): boolean {
  const t = locateTable(sheet, UTFALL_SPECS);
  return t !== null && missingColumns(t).missing.length === 0;
}

/**
 * Parses the Utfall sheet: one UtfallRad per data row with Post, a Period ("2024-Q2", "2024-H1", "2024-05" …
 * or Från/Till dates) and the utfall in kronor. `postKind` tells whether a post is a cost (1), an intäkt (−1)
 * or unknown (0); when every cost is written negative (Uppsala), amounts are read as positive with one info.
 */
export function parseUtfall(sheet: RawSheet, issues: Issue[], postKind: (post: string) => PostSign): UtfallParse {
  const located = locateTable(sheet, UTFALL_SPECS);
  const table = located && missingColumns(located);
  if (reportMissingColumns(sheet, table, UTFALL_SPECS, issues) || !table) return { utfall: [], columns: {} };
  const col = table.columns;
  const usePeriod = col.period !== undefined;
  const factor = columnUnitFactor(sheet, table.headerRow, col.utfall);
  const reader = new CellReader(sheet, issues, headerLabels(sheet, table.headerRow));
  const sums = new SumChecker(reader, [col.utfall], [factor]);
  const rows: UtfallRad[] = [];
  const values: number[] = [];
  const kinds: PostSign[] = [];

  scanRows(sheet, table.headerRow, col.post, sums, (r) => {
    const amount = reader.amount(r, col.utfall, factor, true);
    sums.add(0, amount);
    const post = reader.text(r, col.post, true);
    const period = usePeriod ? reader.period(r, col.period, true) : readRange(reader, r, col.fran, col.till);
    if (!post || !period || typeof amount !== "number") return;
    const rad: UtfallRad = { post, period, utfall: amount, source: { sheet: sheet.name, cell: reader.address(r, col.post) } };
    if (col.kostnadsslag !== undefined) {
      const slag = readKostnadsslag(reader, r, col.kostnadsslag);
      if (slag) rad.kostnadsslag = slag;
    }
    rows.push(rad);
    values.push(amount);
    kinds.push(postKind(post));
  });

  const flip = costsWrittenNegative(values, kinds);
  if (flip) {
    for (let i = 0; i < rows.length; i++) rows[i].utfall = normalizedAmount(rows[i].utfall, kinds[i], true);
    issues.push(negativeCostsInfo(sheet.name, cellAddress(sheet, table.headerRow, col.utfall), reader.label(col.utfall)));
  }
  return { utfall: rows, columns: columnLetters(sheet, table) };
}

/** Kostnadsslag of a cell (Personal, Lokal, Övrigt); OKAND_KOSTNADSSLAG (varning, with the closest) for other text. */
export function readKostnadsslag(reader: CellReader, r: number, c: number): Kostnadsslag | undefined {
  const text = reader.text(r, c);
  const slag = text ? parseKostnadsslag(text) : undefined;
  if (text && !slag) {
    const guess = closestName(text, KOSTNADSSLAG_NAMES);
    reader.report(
      "varning",
      CODES.OKAND_KOSTNADSSLAG,
      r,
      c,
      `Okänt kostnadsslag "${text}".${guess ? ` Menade du "${guess}"?` : ""} Skriv Personal, Lokal eller Övrigt; utfallet räknas utan kostnadsslag.`,
    );
  }
  return slag;
}

/** A period from Från and Till date cells (a month in Till means its last day); TILL_FORE_FRAN when reversed. */
export function readRange(reader: CellReader, r: number, fran: number, till: number): Period | null {
  const from = reader.date(r, fran, true);
  const to = reader.date(r, till, true, true);
  if (!from || !to) return null;
  const p = periodFromDates(from, to);
  if (p.kind === "period") return p.value;
  reader.report(
    "fel",
    CODES.TILL_FORE_FRAN,
    r,
    till,
    `Perioden slutar ${to}, före sin början ${from}. Rätta Från eller Till; raden hoppas över.`,
  );
  return null;
}

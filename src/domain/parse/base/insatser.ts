import type { Issue } from "../../issues/issue";
import type { RawSheet } from "../../model/raw";
import type { Insats, InsatsTyp } from "../../model/records";
import { CODES } from "../../issues/codes";
import { checkNegativeBudget, checkSlutForeStart } from "./row-rules";
import { CellReader } from "./cell-read";
import { cellAddress, locateTable, type ColumnSpec } from "../../text/header";
import { parseInsatsTyp, TYP_NAMES } from "../../text/insats-typ";
import { closestName, normalizeName } from "../../text/names";
import { costsWrittenNegative, negativeCostsInfo } from "./sign";
import { SumChecker } from "./sum-check";
import { columnLetters, headerLabels, reportMissingColumns, scanRows } from "./table";
import { columnUnitFactor } from "../../text/units";

/** Columns of the Insatser sheet (domain.md §2); "Budget ÅÅÅÅ" columns are found separately. */
export const INSATSER_SPECS: ColumnSpec[] = [
  { key: "insats", synonyms: ["Insats", "Kortnamn", "Insats kortnamn", "Kort namn"], required: true },
  { key: "namn", synonyms: ["Insatsnamn", "Namn", "Namn på insats", "Fullständigt namn", "Benämning"] },
  { key: "typ", synonyms: ["Typ", "Insatstyp", "Typ av insats"], required: true, prefix: true },
  { key: "inriktning", synonyms: ["Inriktning", "Budgetkategori", "Område"], prefix: true },
  {
    key: "agare",
    synonyms: ["Insatsägare", "Huvudprojektägare", "Huvud-projektägare", "Ägare", "Projektägare", "Huvudman"],
    required: true,
  },
  { key: "start", synonyms: ["Start", "Startdatum", "Startar", "Från", "Fr.o.m."], required: true },
  { key: "slut", synonyms: ["Slut", "Till och med", "Slutdatum", "Slutar", "T.o.m.", "Till"], required: true },
  {
    key: "beviljatTotalt",
    synonyms: ["Beviljat totalt", "Beviljat belopp totalt", "Total budget", "Beviljad budget totalt", "Totalt beviljat"],
  },
];

/** "Budget 2024", "Budget 2024 (tkr)", "Beviljad budget 2024" (normalized). */
const BUDGET_YEAR_RE = /^(?:beviljad)?budget(?:ar)?(\d{4})(?:tkr|tsek|tsk|ksek|kr|sek|kronor|mkr)?$/;

export interface InsatserParse {
  insatser: Insats[];
  /** Years that have a "Budget ÅÅÅÅ" column (the Budget sheet fills only the other years). */
  budgetYears: Set<number>;
  /** Column letters of the located fields. */
  columns: Record<string, string>;
}

/** True when the sheet's header row has every required Insatser column. */
export function looksLikeInsatser(sheet: RawSheet): boolean {
  const t = locateTable(sheet, INSATSER_SPECS);
  return t !== null && t.missing.length === 0;
}

/** The typ written in a cell; OKAND_TYP (fel, with the closest typ) and Övrig for anything else. */
export function insatsTypOrOvrig(reader: CellReader, r: number, c: number, text: string): InsatsTyp {
  const typ = parseInsatsTyp(text);
  if (typ) return typ;
  const guess = closestName(text, TYP_NAMES);
  const hint = guess ? ` Menade du "${guess}"?` : "";
  reader.report(
    "fel",
    CODES.OKAND_TYP,
    r,
    c,
    `Okänd typ "${text}".${hint} Skriv Individ, Struktur, Förstudie eller Övrig; tills dess räknas insatsen som Övrig.`,
  );
  return "ovrig";
}

/**
 * Parses the Insatser sheet: one insats per data row (group and sum rows skipped, sums checked), Start/Slut as
 * dates (a month in Slut means its last day), "Budget ÅÅÅÅ" columns into budgetPerAr in kronor.
 * Rows with a missing or unreadable required cell are skipped and reported; a second row for the same
 * insats is DUBBLETT_INSATS and skipped; an unknown Typ is OKAND_TYP (the insats is kept as Övrig).
 */
export function parseInsatser(sheet: RawSheet, issues: Issue[]): InsatserParse {
  const empty: InsatserParse = { insatser: [], budgetYears: new Set(), columns: {} };
  const table = locateTable(sheet, INSATSER_SPECS);
  if (reportMissingColumns(sheet, table, INSATSER_SPECS, issues) || !table) return empty;
  const col = table.columns;
  const used = new Set(Object.values(col));
  const years: { year: number; col: number; factor: number }[] = [];
  table.headers.forEach((h, c) => {
    const m = used.has(c) ? null : BUDGET_YEAR_RE.exec(h);
    if (m) years.push({ year: Number(m[1]), col: c, factor: columnUnitFactor(sheet, table.headerRow, c) });
  });
  const reader = new CellReader(sheet, issues, headerLabels(sheet, table.headerRow));
  const sums = new SumChecker(
    reader,
    years.map((y) => y.col),
    years.map((y) => y.factor),
  );
  const insatser: Insats[] = [];
  const seen = new Map<string, string>();
  const amounts: number[] = [];
  const where: { insats: Insats; year: number; r: number; c: number }[] = [];

  scanRows(sheet, table.headerRow, col.insats, sums, (r) => {
    const budget: (number | null | undefined)[] = years.map((y, i) => {
      const a = reader.amount(r, y.col, y.factor);
      sums.add(i, a);
      return a;
    });
    const key = reader.text(r, col.insats, true);
    const typText = reader.text(r, col.typ, true);
    const agare = reader.text(r, col.agare, true);
    const start = reader.date(r, col.start, true);
    const slut = reader.date(r, col.slut, true, true);
    if (!key || !typText || !agare || !start || !slut) return;
    const source = { sheet: sheet.name, cell: reader.address(r, col.insats) };
    const normalized = normalizeName(key);
    const first = seen.get(normalized);
    if (first !== undefined) {
      reader.report(
        "fel",
        CODES.DUBBLETT_INSATS,
        r,
        col.insats,
        `Insatsen "${key}" finns redan på rad ${first}. Raden används inte; ta bort dubbletten eller ge insatsen ett eget kortnamn.`,
      );
      return;
    }
    seen.set(normalized, source.cell.replace(/^[A-Z]+/, ""));
    const typ = insatsTypOrOvrig(reader, r, col.typ, typText);
    const insats: Insats = { insats: key, typ, agare, start, slut, budgetPerAr: {}, source };
    const namn = col.namn !== undefined ? reader.text(r, col.namn) : undefined;
    if (namn) insats.namn = namn;
    const inriktning = col.inriktning !== undefined ? reader.text(r, col.inriktning) : undefined;
    if (inriktning) insats.inriktning = inriktning;
    if (col.beviljatTotalt !== undefined) {
      const tot = reader.amount(r, col.beviljatTotalt, columnUnitFactor(sheet, table.headerRow, col.beviljatTotalt));
      if (typeof tot === "number") insats.beviljatTotalt = Math.abs(tot);
    }
    budget.forEach((a, i) => {
      if (typeof a !== "number") return;
      insats.budgetPerAr[years[i].year] = a;
      amounts.push(a);
      where.push({ insats, year: years[i].year, r, c: years[i].col });
    });
    checkSlutForeStart(reader, r, col.slut, start, slut);
    insatser.push(insats);
  });

  const flip = costsWrittenNegative(amounts, new Array(amounts.length).fill(1));
  if (flip) {
    for (const w of where) w.insats.budgetPerAr[w.year] = Math.abs(w.insats.budgetPerAr[w.year]);
    const c = years[0].col;
    issues.push(negativeCostsInfo(sheet.name, cellAddress(sheet, table.headerRow, c), reader.label(c)));
  }
  for (const w of where) checkNegativeBudget(reader, w.r, w.c, w.insats.budgetPerAr[w.year], w.insats.insats);
  return { insatser, budgetYears: new Set(years.map((y) => y.year)), columns: columnLetters(sheet, table) };
}

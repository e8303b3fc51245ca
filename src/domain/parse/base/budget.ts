import type { Issue } from "../../issues/issue";
import type { RawSheet } from "../../model/raw";
import type { BudgetRad, BudgetVersion, Grupp, Kategori } from "../../model/records";
import { parsePeriod } from "../../text/period";
import { CODES } from "../../issues/codes";
import { checkNegativeBudget } from "./row-rules";
import { CellReader } from "./cell-read";
import { cellAddress, locateTable, type ColumnSpec } from "../../text/header";
import { KATEGORI_NAMES, parseKategori } from "../../text/insats-typ";
import { closestName } from "../../text/names";
import { costsWrittenNegative, negativeCostsInfo, normalizedAmount, type PostSign } from "./sign";
import { SumChecker } from "./sum-check";
import { columnLetters, headerLabels, reportMissingColumns, scanRows } from "./table";
import { columnUnitFactor } from "../../text/units";

/** Columns of the Budget sheet (domain.md §2), long layout: one row per post and year. */
export const BUDGET_SPECS: ColumnSpec[] = [
  { key: "post", synonyms: ["Post", "Insats", "Budgetpost", "Konto", "Benämning", "Rad"], required: true },
  { key: "kategori", synonyms: ["Kategori", "Intäkt/Kostnad", "Slag", "Typ"], required: true, prefix: true },
  { key: "ar", synonyms: ["År", "Budgetår", "Räkenskapsår"], required: true },
  { key: "budget", synonyms: ["Budget", "Budget helår", "Årsbudget", "Helårsbudget", "Beviljad budget"], required: true },
  { key: "prognos", synonyms: ["Prognos", "Prognos helår", "Helårsprognos"] },
  { key: "grupp", synonyms: ["Grupp", "Budgetgrupp", "Redovisningsgrupp", "Resultatgrupp"] },
  { key: "version", synonyms: ["Version", "Budgetversion"] },
  { key: "period", synonyms: ["Period", "Budgetperiod", "Avser period"] },
];

/** Grupp texts (normalized: lower case, no diacritics, no spaces) → Grupp (domain.md §2). */
const GRUPP_NAMN: [RegExp, Grupp][] = [
  [/^medlems(intakt|bidrag|avgift)/, "medlemsintakt"],
  [/^ovrig(a)?intakt/, "ovrig-intakt"],
  [/^esf/, "esf"],
  [/^(fortroendevalda|styrelse(n)?kostnad|styrelse$)/, "fortroendevalda"],
  [/^(forvaltning|kansli|administration)/, "forvaltning"],
  [/^ovrig(a)?samverkansinsats/, "ovrig-samverkansinsats"],
  [/^samverkansinsats/, "samverkansinsats"],
  [/^finansiell/, "finansiell"],
];
export const GRUPP_ALTERNATIV =
  "Medlemsintäkt, Övrig intäkt, ESF, Förtroendevalda, Förvaltning, Samverkansinsats, Övrig samverkansinsats, Finansiell";

const norm = (t: string) =>
  t
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");

/** "Förtroendevalda" → fortroendevalda; undefined when the text names no group. */
export function parseGrupp(text: string): Grupp | undefined {
  const n = norm(text);
  return GRUPP_NAMN.find(([re]) => re.test(n))?.[1];
}

/** "Beviljad" / "Reviderad (budget)" → version; undefined otherwise. */
export function parseVersion(text: string): BudgetVersion | undefined {
  const n = norm(text);
  if (n.startsWith("bevilj") || n.startsWith("ursprung")) return "beviljad";
  if (n.startsWith("revider") || n.startsWith("aktuell")) return "reviderad";
  return undefined;
}

/** Wide layout: "Budget 2024", "Prel 2025", "Prognos 2024" (normalized, optional unit). */
const YEAR_COL_RE = /^(budget|prel|preliminarbudget|prognos)(\d{4})(?:tkr|tsek|tsk|ksek|kr|sek|kronor|mkr)?$/;

interface YearCol {
  year: number;
  col: number;
  factor: number;
  prognos: boolean;
}

export interface BudgetParse {
  budget: BudgetRad[];
  columns: Record<string, string>;
}

/** True when the sheet has Post and Kategori plus either År + Budget or "Budget ÅÅÅÅ" columns. */
export function looksLikeBudget(sheet: RawSheet): boolean {
  const t = locateTable(sheet, BUDGET_SPECS);
  if (!t) return false;
  return t.missing.length === 0 || (isWide(t.missing) && yearColumns(sheet, t.headers, t.headerRow, new Set()).length > 0);
}

function isWide(missing: ColumnSpec[]): boolean {
  return missing.length > 0 && missing.every((m) => m.key === "ar" || m.key === "budget");
}

function yearColumns(sheet: RawSheet, headers: string[], headerRow: number, used: Set<number>): YearCol[] {
  const out: YearCol[] = [];
  headers.forEach((h, c) => {
    const m = used.has(c) ? null : YEAR_COL_RE.exec(h);
    if (m) out.push({ year: Number(m[2]), col: c, factor: columnUnitFactor(sheet, headerRow, c), prognos: m[1] === "prognos" });
  });
  return out;
}

/**
 * Parses the Budget sheet into one BudgetRad per post and year, amounts in kronor. Long layout (År, Budget,
 * Prognos columns) or wide layout ("Budget 2024", "Prel 2025", "Prognos 2024" columns). Kategori must read as
 * Intäkt or Kostnad (else OKAND_KATEGORI, row skipped). Costs written negative throughout are read as positive.
 */
export function parseBudget(sheet: RawSheet, issues: Issue[]): BudgetParse {
  const table = locateTable(sheet, BUDGET_SPECS);
  if (!table) {
    reportMissingColumns(sheet, null, BUDGET_SPECS, issues);
    return { budget: [], columns: {} };
  }
  const used = new Set(Object.values(table.columns));
  const wideCols = isWide(table.missing) ? yearColumns(sheet, table.headers, table.headerRow, used) : [];
  const wide = wideCols.length > 0;
  const stillMissing = wide ? { ...table, missing: table.missing.filter((m) => m.key !== "ar" && m.key !== "budget") } : table;
  if (reportMissingColumns(sheet, stillMissing, BUDGET_SPECS, issues)) return { budget: [], columns: {} };
  const col = table.columns;
  const factorOf = (c: number | undefined) => (c === undefined ? 1 : columnUnitFactor(sheet, table.headerRow, c));
  const amountCols: YearCol[] = wide
    ? wideCols
    : [
        { year: 0, col: col.budget, factor: factorOf(col.budget), prognos: false },
        ...(col.prognos !== undefined ? [{ year: 0, col: col.prognos, factor: factorOf(col.prognos), prognos: true }] : []),
      ];
  const reader = new CellReader(sheet, issues, headerLabels(sheet, table.headerRow));
  const sums = new SumChecker(
    reader,
    amountCols.map((a) => a.col),
    amountCols.map((a) => a.factor),
  );
  const rows: BudgetRad[] = [];
  const rowIndex: number[] = [];
  const values: number[] = [];
  const kinds: PostSign[] = [];

  scanRows(sheet, table.headerRow, col.post, sums, (r) => {
    const amounts = amountCols.map((a, i) => {
      const v = reader.amount(r, a.col, a.factor, !wide && !a.prognos);
      sums.add(i, v);
      return v;
    });
    const post = reader.text(r, col.post, true);
    const katText = reader.text(r, col.kategori, true);
    const ar = wide ? 0 : readYear(reader, r, col.ar);
    if (!post || !katText || ar === null || amounts.some((a, i) => a === null && !amountCols[i].prognos)) return;
    const kategori = parseKategori(katText);
    if (!kategori) {
      const guess = closestName(katText, KATEGORI_NAMES);
      reader.report(
        "fel",
        CODES.OKAND_KATEGORI,
        r,
        col.kategori,
        `Okänd kategori "${katText}".${guess ? ` Menade du "${guess}"?` : ""} Skriv Intäkt eller Kostnad; raden hoppas över.`,
      );
      return;
    }
    const source = { sheet: sheet.name, cell: reader.address(r, col.post) };
    if (!wide) {
      const rad: BudgetRad = { post, kategori, ar, budget: amounts[0] as number, source };
      if (typeof amounts[1] === "number") rad.prognos = amounts[1];
      readOptional(rad, r);
      push(rad, r, kategori, amounts);
      return;
    }
    const byYear = new Map<number, BudgetRad>();
    amountCols.forEach((a, i) => {
      const v = amounts[i];
      if (typeof v !== "number") return;
      let rad = byYear.get(a.year);
      if (!rad) {
        rad = { post, kategori, ar: a.year, budget: Number.NaN, source };
        byYear.set(a.year, rad);
      }
      if (a.prognos) rad.prognos = v;
      else if (Number.isNaN(rad.budget)) rad.budget = v;
    });
    for (const rad of byYear.values()) {
      if (Number.isNaN(rad.budget)) continue; // a prognos without budget for that year is not a budget row
      push(rad, r, kategori, [rad.budget, rad.prognos]);
    }
  });

  /** Grupp, Version and Period of a long-layout row; an unreadable value is a varning and the field is left out. */
  function readOptional(rad: BudgetRad, r: number): void {
    const gText = col.grupp !== undefined ? reader.text(r, col.grupp) : undefined;
    if (gText) {
      const g = parseGrupp(gText);
      if (g) rad.grupp = g;
      else
        reader.report(
          "varning",
          CODES.OKAND_KATEGORI,
          r,
          col.grupp!,
          `Okänd grupp "${gText}". Skriv en av ${GRUPP_ALTERNATIV}; gruppen gissas från postens namn tills dess.`,
        );
    }
    const vText = col.version !== undefined ? reader.text(r, col.version) : undefined;
    if (vText) {
      const v = parseVersion(vText);
      if (v) rad.version = v;
      else
        reader.report(
          "varning",
          CODES.OKAND_KATEGORI,
          r,
          col.version!,
          `Okänd budgetversion "${vText}". Skriv Beviljad eller Reviderad; raden räknas som Beviljad.`,
        );
    }
    if (col.period !== undefined) {
      const p = parsePeriod(reader.value(r, col.period) ?? undefined);
      if (p.kind === "period") {
        rad.period = p.value;
        if (Number(p.value.from.slice(0, 4)) !== rad.ar || Number(p.value.to.slice(0, 4)) !== rad.ar) {
          reader.report(
            "varning",
            CODES.OLASBAR_PERIOD,
            r,
            col.period,
            `Perioden ${p.value.label} ligger inte inom året ${rad.ar}. Dela upp budgeten per år.`,
          );
        }
      } else if (p.kind === "error") {
        reader.report(
          "varning",
          CODES.OLASBAR_PERIOD,
          r,
          col.period,
          `Perioden "${String(reader.value(r, col.period))}" går inte att läsa (${p.reason}). Skriv t.ex. 2024-H1, 2024-Q3 eller jan-aug 2016; raden räknas som hela årets budget.`,
        );
      }
    }
  }

  function push(rad: BudgetRad, r: number, kategori: Kategori, amounts: (number | null | undefined)[]): void {
    rows.push(rad);
    rowIndex.push(r);
    for (const a of amounts) {
      if (typeof a !== "number") continue;
      values.push(a);
      kinds.push(kategori === "kostnad" ? 1 : -1);
    }
  }

  const flip = costsWrittenNegative(values, kinds);
  const budgetCol = (rad: BudgetRad) => (wide ? (amountCols.find((a) => a.year === rad.ar && !a.prognos)?.col ?? col.post) : col.budget);
  rows.forEach((rad, i) => {
    const kind: PostSign = rad.kategori === "kostnad" ? 1 : -1;
    rad.budget = normalizedAmount(rad.budget, kind, flip);
    if (rad.prognos !== undefined) rad.prognos = normalizedAmount(rad.prognos, kind, flip);
    checkNegativeBudget(reader, rowIndex[i], budgetCol(rad), rad.budget, rad.post);
  });
  if (flip) {
    const c = amountCols[0].col;
    issues.push(negativeCostsInfo(sheet.name, cellAddress(sheet, table.headerRow, c), reader.label(c)));
  }
  return { budget: rows, columns: columnLetters(sheet, table) };
}

/** A year 1900–2200 (number or text); OLASBART_TAL and null otherwise. */
export function readYear(reader: CellReader, r: number, c: number): number | null {
  const v = reader.number(r, c, true);
  if (v === undefined || v === null) return null;
  if (Number.isInteger(v) && v >= 1900 && v <= 2200) return v;
  reader.report(
    "fel",
    CODES.OLASBART_TAL,
    r,
    c,
    `${reader.label(c)}: "${String(reader.value(r, c))}" är inget år. Skriv året med fyra siffror, t.ex. 2024. Raden hoppas över.`,
  );
  return null;
}

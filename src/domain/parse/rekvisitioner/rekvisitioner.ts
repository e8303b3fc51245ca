import { issue, type Issue, type Severity } from "../../issues/issue";
import type { IssueCode } from "../../issues/issue";
import { a1Range } from "../../model/address";
import type { CellValue, IsoDate, RawSheet } from "../../model/raw";
import type { Kostnadsslag, Period } from "../../model/records";
import { isExcelError } from "../../text/excel-error";
import { cellAddress, locateTable } from "../../text/header";
import { parseClaimPeriod } from "./period";
import { maskPersonnummer } from "../../text/personnummer";
import { classifyRow } from "../../text/rows";
import { parseSvDate } from "../../text/sv-date";
import { parseSvNumber } from "../../text/sv-number";
import { rimligtBelopp } from "../../issues/limits";
import { columnUnitFactor, isScalingFormat } from "../../text/units";
import { REKVISITION_COLUMNS } from "../../template/columns";
import { formatSv } from "../../text/format";
export { REKVISITION_COLUMNS } from "../../template/columns";

/**
 * Rekvisitioner (domain.md §2, §3.4): an insats' claim for money for a kvartal or halvår.
 * Two layouts are read:
 *   - "lista": one sheet with one claim per row — Insats*, Period*, Belopp*, Inkommen, Personal, Lokal, Övrigt;
 *   - "blankett": one sheet per claim, the small form insatser send (see rekvisition-blankett.ts).
 * Amounts are kronor (a "tkr"/"TSEK" header or title multiplies by 1 000). A claim whose cells cannot be
 * read is KEPT, with its problems, so the Rekvisitionskontroll shows it as "Åtgärd krävs" instead of dropping it.
 * Text copied from the claim (insats, period as written, quoted values) has personnummer-like parts masked.
 */

export const KOSTNADSSLAG: readonly Kostnadsslag[] = ["personal", "lokal", "ovrigt"];

export const KOSTNADSSLAG_LABEL: Record<Kostnadsslag, string> = { personal: "Personal", lokal: "Lokal", ovrigt: "Övrigt" };

export type RekvisitionFalt = "insats" | "period" | "belopp" | "inkommen" | Kostnadsslag;

export interface Rekvisition {
  /** Insats as written ("" when the cell is empty). */
  insats: string;
  /** null when missing or unreadable (then `problem` says why). */
  period: Period | null;
  /** The period cell as written (shown when it cannot be read). */
  periodText: string;
  /** Claimed amount, kronor; null when missing or unreadable. */
  belopp: number | null;
  /** Date the claim arrived; null when not given or unreadable. */
  inkommen: IsoDate | null;
  /** Kostnadsslag that were given (readable), kronor. */
  kostnadsslag: Partial<Record<Kostnadsslag, number>>;
  sheet: string;
  /** A1 address of each field's cell (for issues and for linking to the claim). */
  cells: Partial<Record<RekvisitionFalt, string>>;
  /** A1 range of the whole claim: its row, or the filled part of the form. */
  range: string;
  layout: "lista" | "blankett";
  /** Order in the workbook: sheet index × 1 000 000 + row index. */
  position: number;
  /** Missing or unreadable cells; each counts as a failed check of the claim. */
  problem: Issue[];
}

/** Issue codes of reading rekvisitioner (stable; the Rekvisitionskontroll adds its own). */
export const REKV_PARSE_CODES = {
  SAKNAD_KOLUMN: "REKV_SAKNAD_KOLUMN",
  SAKNAR_INSATS: "REKV_SAKNAR_INSATS",
  SAKNAR_PERIOD: "REKV_SAKNAR_PERIOD",
  OLASBAR_PERIOD: "REKV_OLASBAR_PERIOD",
  SAKNAR_BELOPP: "REKV_SAKNAR_BELOPP",
  OLASBART_BELOPP: "REKV_OLASBART_BELOPP",
  OLASBART_DATUM: "REKV_OLASBART_DATUM",
  SUMMARAD_STAMMER_INTE: "REKV_SUMMARAD_STAMMER_INTE",
} as const;

/** Position of a claim in the workbook (see Rekvisition.position). */
export function claimPosition(sheetIndex: number, row: number): number {
  return sheetIndex * 1_000_000 + row;
}

export type AmountRead = { kind: "number"; value: number } | { kind: "empty" } | { kind: "error"; reason: string };

/**
 * An amount in kronor from a cell: the number × `factor` (the column's unit), except when the text names its
 * own unit ("12 tkr", "500 kr") or the cell's number format already scales by 1 000 (`#,##0,`). Percentages
 * are not amounts.
 */
export function readAmount(sheet: RawSheet, r: number, c: number, factor: number): AmountRead {
  const v = sheet.values[r]?.[c] ?? null;
  const scaled = isScalingFormat(sheet.numberFormats?.[r]?.[c]);
  const p = parseSvNumber(v);
  if (p.kind !== "number") return p;
  if (p.unitFactor === 0.01) return { kind: "error", reason: `"${String(v)}" är en procentsats, inget belopp` };
  const kronor = p.unitFactor !== undefined || scaled ? p.value : p.value * factor;
  if (!rimligtBelopp(kronor)) return { kind: "error", reason: `${String(v)} är orimligt stort för ett belopp` };
  return { kind: "number", value: kronor };
}

/** Text of a cell, trimmed ("" when empty; numbers as their digits). */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  return typeof v === "string" ? v.trim() : String(v);
}

/** Collects the fields of one claim and the problems met while reading them. */
export class ClaimBuilder {
  readonly claim: Rekvisition;

  constructor(sheet: RawSheet, layout: Rekvisition["layout"], position: number, range: string) {
    this.claim = {
      insats: "",
      period: null,
      periodText: "",
      belopp: null,
      inkommen: null,
      kostnadsslag: {},
      sheet: sheet.name,
      cells: {},
      range,
      layout,
      position,
      problem: [],
    };
  }

  private add(severity: Severity, code: IssueCode, cell: string, message: string): void {
    this.claim.problem.push(issue(severity, code, this.claim.sheet, cell, maskPersonnummer(message)));
  }

  insats(v: CellValue | undefined, cell: string): void {
    this.claim.cells.insats = cell;
    if (isExcelError(v)) {
      this.add(
        "fel",
        REKV_PARSE_CODES.SAKNAR_INSATS,
        cell,
        `Insatsen är felvärdet ${cellText(v)}. Skriv insatsens namn som på bladet Insatser.`,
      );
      return;
    }
    this.claim.insats = maskPersonnummer(cellText(v));
    if (this.claim.insats === "")
      this.add("fel", REKV_PARSE_CODES.SAKNAR_INSATS, cell, "Rekvisitionen saknar insats. Skriv insatsens namn som på bladet Insatser.");
  }

  period(v: CellValue | undefined, cell: string): void {
    this.claim.cells.period = cell;
    this.claim.periodText = maskPersonnummer(cellText(v));
    const p = parseClaimPeriod(v);
    if (p.kind === "period") this.claim.period = p.value;
    else if (p.kind === "empty")
      this.add(
        "fel",
        REKV_PARSE_CODES.SAKNAR_PERIOD,
        cell,
        "Rekvisitionen saknar period. Skriv kvartalet eller halvåret, t.ex. 2024-Q1 eller 2024-H1.",
      );
    else this.add("fel", REKV_PARSE_CODES.OLASBAR_PERIOD, cell, `Perioden kan inte läsas: ${p.reason}. Skriv t.ex. 2024-Q1 eller 2024-H1.`);
  }

  belopp(a: AmountRead, cell: string): void {
    this.claim.cells.belopp = cell;
    if (a.kind === "number") this.claim.belopp = a.value;
    else if (a.kind === "empty")
      this.add("fel", REKV_PARSE_CODES.SAKNAR_BELOPP, cell, "Rekvisitionen saknar belopp. Skriv det rekvirerade beloppet (summan).");
    else
      this.add(
        "fel",
        REKV_PARSE_CODES.OLASBART_BELOPP,
        cell,
        `Beloppet kan inte läsas: ${a.reason}. Skriv beloppet som ett tal, t.ex. 663 000.`,
      );
  }

  inkommen(v: CellValue | undefined, cell: string): void {
    this.claim.cells.inkommen = cell;
    const d = parseSvDate(v ?? null);
    if (d.kind === "date") this.claim.inkommen = d.value;
    else if (d.kind === "error")
      this.add(
        "varning",
        REKV_PARSE_CODES.OLASBART_DATUM,
        cell,
        `Inkommen-datumet kan inte läsas: ${d.reason}. Skriv datumet som ÅÅÅÅ-MM-DD.`,
      );
  }

  kostnadsslag(slag: Kostnadsslag, a: AmountRead, cell: string): void {
    this.claim.cells[slag] = cell;
    if (a.kind === "number") this.claim.kostnadsslag[slag] = a.value;
    else if (a.kind === "error") {
      this.add(
        "fel",
        REKV_PARSE_CODES.OLASBART_BELOPP,
        cell,
        `${KOSTNADSSLAG_LABEL[slag]} kan inte läsas: ${a.reason}. Skriv beloppet som ett tal, så att summan kan kontrolleras.`,
      );
    }
  }
}

/**
 * Reads a Rekvisitioner sheet in the list layout (one claim per row). Title, blank and group rows are skipped;
 * a sum row ("Summa", "Totalt") is checked against the claims above it (varning when it differs).
 * Returns null when no header row with Insats, Period and Belopp is found; when Insats and Period are there but
 * Belopp is not, returns no claims and a REKV_SAKNAD_KOLUMN issue.
 */
export function parseRekvisitionerLista(sheet: RawSheet, sheetIndex: number): { rekvisitioner: Rekvisition[]; issues: Issue[] } | null {
  const table = locateTable(sheet, REKVISITION_COLUMNS);
  if (!table || table.columns.insats === undefined || table.columns.period === undefined) return null;
  const issues: Issue[] = [];
  const col = table.columns;
  if (col.belopp === undefined) {
    const cell = cellAddress(sheet, table.headerRow, 0);
    issues.push(
      issue(
        "fel",
        REKV_PARSE_CODES.SAKNAD_KOLUMN,
        sheet.name,
        cell,
        `Bladet ${sheet.name} saknar kolumnen Belopp. Lägg till en kolumn Belopp med det rekvirerade beloppet.`,
      ),
    );
    return { rekvisitioner: [], issues };
  }
  const amountCols = (["belopp", ...KOSTNADSSLAG] as const).filter((k) => col[k] !== undefined);
  const factor: Record<string, number> = {};
  for (const k of amountCols) factor[k] = columnUnitFactor(sheet, table.headerRow, col[k]);
  const width = Math.max(...Object.values(col)) + 1;
  const rekvisitioner: Rekvisition[] = [];
  let sinceSum: Rekvisition[] = [];
  for (let r = table.headerRow + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    const kind = classifyRow(row, col.insats);
    if (kind === "blank" || kind === "group") continue;
    if (kind === "sum") {
      checkSumRow(sheet, r, col.belopp, factor.belopp, sinceSum, issues);
      sinceSum = [];
      continue;
    }
    const b = new ClaimBuilder(sheet, "lista", claimPosition(sheetIndex, r), rangeOf(sheet, r, 0, r, width - 1));
    b.insats(row[col.insats], cellAddress(sheet, r, col.insats));
    b.period(row[col.period], cellAddress(sheet, r, col.period));
    b.belopp(readAmount(sheet, r, col.belopp, factor.belopp), cellAddress(sheet, r, col.belopp));
    if (col.inkommen !== undefined) b.inkommen(row[col.inkommen], cellAddress(sheet, r, col.inkommen));
    for (const slag of KOSTNADSSLAG) {
      if (col[slag] !== undefined) b.kostnadsslag(slag, readAmount(sheet, r, col[slag], factor[slag]), cellAddress(sheet, r, col[slag]));
    }
    rekvisitioner.push(b.claim);
    sinceSum.push(b.claim);
  }
  return { rekvisitioner, issues };
}

/** A1 range of values[r1..r2][c1..c2], taking the sheet's origin into account. */
export function rangeOf(sheet: RawSheet, r1: number, c1: number, r2: number, c2: number): string {
  return a1Range(r1 + sheet.origin.row, c1 + sheet.origin.col, r2 + sheet.origin.row, c2 + sheet.origin.col);
}

/** Sum row of the list: its Belopp must equal Σ belopp of the readable claims since the previous sum row (öre tolerance). */
function checkSumRow(sheet: RawSheet, r: number, c: number, factor: number, claims: readonly Rekvisition[], issues: Issue[]): void {
  const a = readAmount(sheet, r, c, factor);
  if (a.kind !== "number" || claims.length === 0) return;
  const sum = claims.reduce((s, k) => s + (k.belopp ?? 0), 0);
  if (Math.abs(sum - a.value) < 0.005) return;
  const cell = cellAddress(sheet, r, c);
  issues.push(
    issue(
      "varning",
      REKV_PARSE_CODES.SUMMARAD_STAMMER_INTE,
      sheet.name,
      cell,
      `Summaraden säger ${formatSv(a.value)} kr men rekvisitionerna ovanför summerar till ${formatSv(sum)} kr. Rätta summan.`,
    ),
  );
}

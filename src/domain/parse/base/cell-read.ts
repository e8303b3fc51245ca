import { issue, type Issue, type Severity } from "../../issues/issue";
import type { IssueCode } from "../../issues/issue";
import type { CellValue, IsoDate, RawSheet } from "../../model/raw";
import type { Period } from "../../model/records";
import { rimligtBelopp } from "../../issues/limits";
import { CODES } from "../../issues/codes";
import { isExcelError } from "../../text/excel-error";
import { cellAddress } from "../../text/header";
import { parsePeriod } from "../../text/period";
import { parseSvDate, serialToIso } from "../../text/sv-date";
import { parseSvNumber } from "../../text/sv-number";
import { isScalingFormat } from "../../text/units";

/**
 * Reads typed cells of one sheet and reports what it cannot read, with the cell's A1 address.
 * Every read returns the value, `undefined` for an empty cell, or `null` for an unreadable cell
 * (already reported: fel when the column is required, else varning). Numbers in cells skip the
 * text parsers (fast path for large sheets); periods are cached by their text.
 */
export class CellReader {
  private readonly periodCache = new Map<string, ReturnType<typeof parsePeriod>>();

  constructor(
    readonly sheet: RawSheet,
    readonly issues: Issue[],
    /** Column index → the header text the user wrote, for messages. */
    private readonly labels: Record<number, string> = {},
    /** For a realigned copy of the user's sheet (detect/row-shift.ts): the user's column of (r, c), for addresses. */
    private readonly actualColumn?: (r: number, c: number) => number,
    /** For a pivoted copy (parse/mapped/pivot-view.ts): the user's (row, column) of (r, c), for addresses. */
    private readonly actualCell?: (r: number, c: number) => [number, number],
  ) {}

  address(r: number, c: number): string {
    if (this.actualCell) {
      const [ar, ac] = this.actualCell(r, c);
      return cellAddress(this.sheet, ar, ac);
    }
    return cellAddress(this.sheet, r, this.actualColumn ? this.actualColumn(r, c) : c);
  }

  value(r: number, c: number): CellValue {
    return this.sheet.values[r]?.[c] ?? null;
  }

  label(c: number): string {
    return this.labels[c] ?? `kolumn ${this.address(0, c).replace(/\d+$/, "")}`;
  }

  report(severity: Severity, code: IssueCode, r: number, c: number, message: string): void {
    this.issues.push(issue(severity, code, this.sheet.name, this.address(r, c), message));
  }

  /** Reports an Excel error value; true when there was one. */
  private excelError(v: CellValue, r: number, c: number, required: boolean): boolean {
    if (!isExcelError(v)) return false;
    const what = required ? "Raden hoppas över." : "Värdet används inte.";
    this.report(
      "fel",
      CODES.EXCEL_FEL,
      r,
      c,
      `Cellen innehåller felvärdet ${String(v).trim().toUpperCase()} (${this.label(c)}). ${what} Rätta formeln eller skriv in värdet.`,
    );
    return true;
  }

  private missing(r: number, c: number): null {
    this.report("fel", CODES.SAKNAT_VARDE, r, c, `${this.label(c)} saknas på raden. Raden hoppas över; fyll i värdet.`);
    return null;
  }

  /** Text of a cell (numbers as their digits), trimmed. */
  text(r: number, c: number, required = false): string | undefined | null {
    const v = this.value(r, c);
    if (v === null || v === "") return required ? this.missing(r, c) : undefined;
    if (this.excelError(v, r, c, required)) return null;
    const s = typeof v === "string" ? v.trim() : String(v);
    if (s === "") return required ? this.missing(r, c) : undefined;
    return s;
  }

  /**
   * An amount in kronor: the number × `factor` (the column's unit), except when the text names its own unit
   * ("12 tkr", "500 kr") or the cell's number format already scales by 1000 (`#,##0,`: the cell holds kronor).
   */
  amount(r: number, c: number, factor: number, required = false): number | undefined | null {
    const v = this.value(r, c);
    let kronor = NaN;
    if (typeof v === "number" && Number.isFinite(v)) {
      kronor = factor === 1 || this.scaled(r, c) ? v : v * factor;
      if (rimligtBelopp(kronor)) return kronor;
    }
    if (v === null || v === "") return required ? this.missing(r, c) : undefined;
    if (this.excelError(v, r, c, required)) return null;
    const p = typeof v === "number" ? null : parseSvNumber(v);
    if (p?.kind === "empty") return required ? this.missing(r, c) : undefined;
    if (p?.kind === "number") kronor = p.unitFactor !== undefined ? p.value : p.value * factor;
    if (p?.kind === "number" && p.unitFactor !== 0.01 && rimligtBelopp(kronor)) return kronor;
    const reason =
      p === null
        ? `${Number.isFinite(v) ? "talet är orimligt stort för ett belopp" : "talet är inte ändligt"}`
        : p.kind === "error"
          ? p.reason
          : p.unitFactor === 0.01
            ? `"${String(v)}" är en procentsats, inget belopp`
            : `"${String(v)}" är orimligt stort för ett belopp`;
    this.unreadable(CODES.OLASBART_TAL, r, c, required, `${reason}. Skriv beloppet som ett tal, t.ex. 1 234 eller 1 234,5.`);
    return null;
  }

  /** A plain number (year, percentage as fraction …) without unit scaling. */
  number(r: number, c: number, required = false): number | undefined | null {
    const v = this.value(r, c);
    if (typeof v === "number" && Number.isFinite(v)) return v;
    if (v === null || v === "") return required ? this.missing(r, c) : undefined;
    if (this.excelError(v, r, c, required)) return null;
    const p = parseSvNumber(v);
    if (p.kind === "number") return p.value;
    if (p.kind === "empty") return required ? this.missing(r, c) : undefined;
    this.unreadable(CODES.OLASBART_TAL, r, c, required, `${p.reason}. Skriv ett tal.`);
    return null;
  }

  date(r: number, c: number, required = false, monthEnd = false): IsoDate | undefined | null {
    const v = this.value(r, c);
    // Fast path for serials; a whole number 1900–2200 is a year typed as a number (parseSvDate), not 1905–1906.
    if (typeof v === "number" && !(Number.isInteger(v) && v >= 1900 && v <= 2200)) {
      const iso = v >= 1 && v < 2958466 && Math.floor(v) !== 60 ? serialToIso(v) : undefined;
      if (iso) return iso;
    }
    if (v === null || v === "") return required ? this.missing(r, c) : undefined;
    if (this.excelError(v, r, c, required)) return null;
    const p = parseSvDate(v, { monthEnd });
    if (p.kind === "date") return p.value;
    if (p.kind === "empty") return required ? this.missing(r, c) : undefined;
    this.unreadable(CODES.OLASBART_DATUM, r, c, required, `${p.reason}. Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2024-06-30.`);
    return null;
  }

  period(r: number, c: number, required = false): Period | undefined | null {
    const v = this.value(r, c);
    if (v === null || v === "") return required ? this.missing(r, c) : undefined;
    if (this.excelError(v, r, c, required)) return null;
    const key = typeof v === "string" ? v : `#${String(v)}`;
    let p = this.periodCache.get(key);
    if (!p) {
      p = parsePeriod(v);
      this.periodCache.set(key, p);
    }
    if (p.kind === "period") return p.value;
    if (p.kind === "empty") return required ? this.missing(r, c) : undefined;
    this.unreadable(CODES.OLASBAR_PERIOD, r, c, required, `${p.reason}. Skriv perioden som 2024-Q2, 2024-H1, 2024-05 eller 2024.`);
    return null;
  }

  private scaled(r: number, c: number): boolean {
    const f = this.sheet.numberFormats;
    return f !== undefined && isScalingFormat(f[r]?.[c]);
  }

  private unreadable(code: IssueCode, r: number, c: number, required: boolean, detail: string): void {
    const tail = required ? "Raden hoppas över." : "Värdet används inte.";
    this.report(required ? "fel" : "varning", code, r, c, `${this.label(c)}: ${detail} ${tail}`);
  }
}

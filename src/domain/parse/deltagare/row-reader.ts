import type { CellValue, IsoDate, RawSheet } from "../../model/raw";
import { CODES } from "../../issues/codes";
import { KOLUMN_TEXT } from "../../template/deltagare";
import type { DeltagareIssues } from "../../issues/deltagare-issues";
import type { DeltagareKolumn, Kon } from "../../model/deltagare";
import type { VardeParse, Vocabulary } from "./varden";
import { isExcelError } from "../../text/excel-error";
import { cellAddress } from "../../text/header";
import { safeText } from "../../text/personnummer";
import { parseSvDate, serialToIso } from "../../text/sv-date";

export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || v === "" || (typeof v === "string" && v.trim() === "");
}

/**
 * Reads the cells of one Deltagare row (deltagare.ts): text, dates (Excel serials or Swedish text, cached), category
 * values and numbers, each reporting a value it cannot read; a personnummer-like cell reads as empty.
 */
export class RowReader {
  private readonly dateCache = new Map<string, ReturnType<typeof parseSvDate>>();
  private readonly serialCache = new Map<number, IsoDate>();
  private readonly numberCache = new Map<DeltagareKolumn, Map<string, number | null | undefined>>();
  /** Columns of the current row whose value looks like a personnummer. */
  pnr: number[] = [];
  /** Codes of a coded kön column ("1" → M), from the header's legend or SCB's coding. */
  konKoder?: ReadonlyMap<string, Kon>;
  /** Rows whose kön was a code read by SCB's coding because the header has no legend. */
  konUtanLegend = 0;
  r = 0;
  row: readonly CellValue[] = [];

  constructor(
    private readonly sheet: RawSheet,
    readonly cols: Partial<Record<DeltagareKolumn, number>>,
    readonly issues: DeltagareIssues,
  ) {}

  address(c: number): string {
    return cellAddress(this.sheet, this.r, c);
  }

  /** The cell of column `key` on the current row; null when the column is absent or the value is personnummer-like. */
  get(key: DeltagareKolumn): CellValue {
    const c = this.cols[key];
    if (c === undefined) return null;
    if (this.pnr.length > 0 && this.pnr.includes(c)) return null;
    const v = this.row[c];
    return v === undefined ? null : v;
  }

  text(key: DeltagareKolumn): string {
    const v = this.get(key);
    return isBlank(v) || isExcelError(v) ? "" : String(v).trim();
  }

  excelError(key: DeltagareKolumn, v: CellValue, consequence: string): boolean {
    if (!isExcelError(v)) return false;
    const c = this.cols[key] as number;
    const what = String(v).trim().toUpperCase();
    this.issues.add(
      "fel",
      CODES.EXCEL_FEL,
      this.address(c),
      `Cellen innehåller felvärdet ${what} (${KOLUMN_TEXT[key]}). ${consequence} Rätta formeln eller skriv in värdet.`,
    );
    return true;
  }

  /** A date; undefined = empty, null = unreadable (reported as fel: the row is not counted). */
  date(key: DeltagareKolumn, required: boolean): IsoDate | undefined | null {
    const v = this.get(key);
    const c = this.cols[key];
    if (c === undefined) return undefined;
    if (typeof v === "number") {
      let iso = this.serialCache.get(v);
      if (iso === undefined) {
        iso = serialToIso(v);
        if (iso) this.serialCache.set(v, iso);
      }
      if (iso) return iso;
    }
    if (isBlank(v)) {
      if (!required || (this.pnr.length > 0 && this.pnr.includes(c))) return undefined;
      this.issues.add(
        "fel",
        CODES.SAKNAT_VARDE,
        this.address(c),
        `${KOLUMN_TEXT[key]} saknas. Raden räknas inte i uppföljningen förrän datumet är ifyllt.`,
      );
      return null;
    }
    if (this.excelError(key, v, "Raden räknas inte i uppföljningen.")) return null;
    const text = typeof v === "string" ? v : `#${String(v)}`;
    let p = this.dateCache.get(text);
    if (!p) {
      p = parseSvDate(v);
      this.dateCache.set(text, p);
    }
    if (p.kind === "date") return p.value;
    if (p.kind === "empty") return undefined;
    this.issues.add(
      "fel",
      CODES.OLASBART_DATUM,
      this.address(c),
      `${KOLUMN_TEXT[key]}: "${safeText(v)}" är inget datum. Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2024-06-30. Raden räknas inte i uppföljningen förrän datumet är rättat.`,
    );
    return null;
  }

  /** A category value; unknown values are reported once per column and value. */
  category<T>(key: DeltagareKolumn, vocab: Vocabulary<T>, consequence: string): T | undefined {
    const v = this.get(key);
    if (isBlank(v) || this.excelError(key, v, consequence)) return undefined;
    const p: VardeParse<T> = vocab.parse(v);
    if (p.kind === "ok") return p.value;
    if (p.kind === "unknown") this.unknown(key, v, vocab.labels.join(", "), consequence, p.suggestion);
    return undefined;
  }

  unknown(key: DeltagareKolumn, v: CellValue, allowed: string, consequence: string, suggestion?: string): void {
    const c = this.cols[key] as number;
    const hint = suggestion ? `Menade du "${suggestion}"? ` : "";
    this.issues.unknownValue(
      key,
      String(v),
      this.address(c),
      `Okänt värde "${safeText(v)}" i kolumnen ${KOLUMN_TEXT[key]}. ${hint}Tillåtna värden: ${allowed}. ${consequence}`,
    );
  }

  /** A number read by `read` (text results cached per column); unreadable → DELT_OKANT_VARDE. */
  number(key: DeltagareKolumn, read: (v: CellValue) => number | null | undefined, allowed: string): number | null {
    const v = this.get(key);
    if (isBlank(v) || this.excelError(key, v, "Värdet används inte.")) return null;
    let n: number | null | undefined;
    if (typeof v === "string") {
      const cache = this.numberCache.get(key) ?? this.numberCache.set(key, new Map()).get(key);
      n = cache?.get(v);
      if (n === undefined && !cache?.has(v)) {
        n = read(v);
        cache?.set(v, n);
      }
    } else n = read(v);
    if (n === null) this.unknown(key, v, allowed, "Värdet används inte förrän det är rättat.");
    return n ?? null;
  }
}

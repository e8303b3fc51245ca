import { openForSearch, primarySheetOfKind } from "../../detect/apply";
import type { WorkbookMapping } from "../../model/mapping";
import type { Issue } from "../../issues/issue";
import type { CellValue, IsoDate, RawSheet } from "../../model/raw";
import { CODES } from "../../issues/codes";
import { DELTAGARE_KOLUMNER, KOLUMN_TEXT } from "../../template/deltagare";
import { DELT_CODES } from "../../text/deltagare-koder";
import { DeltagareIssues } from "../../issues/deltagare-issues";
import type { DeltagareKolumn, DeltagareRad, DeltagareTabell } from "../../model/deltagare";
import {
  AVSLUTNINGSORSAK,
  JA_NEJ,
  KON,
  parseArIOffentligForsorjning,
  parseSysselsattningsgrad,
  parseWholeNumber,
  UTBILDNING,
  type VardeParse,
  type Vocabulary,
} from "./varden";
import { isExcelError } from "../../text/excel-error";
import { cellAddress, locateTable, normalizeHeader } from "../../text/header";
import { findPersonnummer, safeText } from "../../text/personnummer";
import { isSumLabel } from "../../text/rows";
import { parseSvDate, serialToIso } from "../../text/sv-date";
import { reportMissingColumns } from "../base/table";

/**
 * Reads the Deltagare sheet (domain.md §2): one row per participant and insats, pseudonymised.
 * Finds the header row by synonyms, scans EVERY cell of every data row for personnummer-like values
 * (DELT_PERSONNUMMER, the value never kept), reads dates (Excel serials or Swedish text, cached by text),
 * category values (unknown → DELT_OKANT_VARDE with the closest allowed value) and numbers.
 * Rows whose Inskriven is missing or unreadable, or whose Utskriven is unreadable, are kept with
 * `olasbar` set and are not counted (reported as fel). Blank rows and sum rows are skipped.
 */

/**
 * The Deltagare sheet: the one the mapping gives kind Deltagare (whatever its name, see primarySheetOfKind), else
 * — among the sheets the mapping does not give another kind (openForSearch) — one named "Deltagare…", else the
 * first sheet whose header has every required column.
 */
export function findDeltagareSheet(sheets: readonly RawSheet[], mapping?: WorkbookMapping): RawSheet | undefined {
  const mapped = primarySheetOfKind(sheets, mapping, "deltagare");
  if (mapped) return mapped;
  const open = openForSearch(sheets, mapping, "deltagare");
  const byName = open.find((s) => normalizeHeader(s.name).startsWith("deltagare"));
  if (byName) return byName;
  return open.find((s) => {
    const t = locateTable(s, DELTAGARE_KOLUMNER, { minMatches: 4 });
    return t !== null && t.missing.length === 0;
  });
}

export interface DeltagareParse {
  tabell: DeltagareTabell;
  issues: Issue[];
}

/** FNV-1a over the digits of a personnummer-like ID: an opaque key for duplicate checks, never output. */
function opaqueKey(v: CellValue): string {
  const digits = String(v).replace(/\D/g, "").slice(-10);
  let h = 0x811c9dc5;
  for (let i = 0; i < digits.length; i++) h = Math.imul(h ^ digits.charCodeAt(i), 0x01000193) >>> 0;
  return `\u0000pnr:${h.toString(36)}`;
}

function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || v === "" || (typeof v === "string" && v.trim() === "");
}

function allBlank(row: readonly CellValue[], cols: readonly number[]): boolean {
  for (let i = 0; i < cols.length; i++) if (!isBlank(row[cols[i]])) return false;
  return true;
}

class RowReader {
  private readonly dateCache = new Map<string, ReturnType<typeof parseSvDate>>();
  private readonly serialCache = new Map<number, IsoDate>();
  private readonly numberCache = new Map<DeltagareKolumn, Map<string, number | null | undefined>>();
  /** Columns of the current row whose value looks like a personnummer. */
  pnr: number[] = [];
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
    this.issues.add("fel", CODES.EXCEL_FEL, this.address(c), `Cellen innehåller felvärdet ${what} (${KOLUMN_TEXT[key]}). ${consequence} Rätta formeln eller skriv in värdet.`);
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
      this.issues.add("fel", CODES.SAKNAT_VARDE, this.address(c), `${KOLUMN_TEXT[key]} saknas. Raden räknas inte i uppföljningen förrän datumet är ifyllt.`);
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

function scanPersonnummer(reader: RowReader, sheetCols: number): boolean {
  const row = reader.row;
  let any = false;
  reader.pnr.length = 0;
  for (let c = 0; c < Math.min(row.length, sheetCols); c++) {
    const v = row[c];
    if (isBlank(v)) continue;
    any = true;
    if ((typeof v === "string" && v.length >= 10) || (typeof v === "number" && v >= 1e8)) {
      const hit = findPersonnummer(v);
      if (!hit) continue;
      reader.pnr.push(c);
      const sure = hit.luhn ? " (kontrollsiffran stämmer, så det är troligen ett riktigt personnummer)" : "";
      const c0 = reader.cols;
      const uncounted = c === c0.insats || c === c0.inskriven || c === c0.utskriven ? " Raden räknas inte i uppföljningen förrän värdet är rättat." : "";
      reader.issues.add(
        "varning",
        DELT_CODES.DELT_PERSONNUMMER,
        reader.address(c),
        `Cellen ser ut att innehålla ett personnummer eller samordningsnummer${sure}. Deltagaruppgifter ska vara pseudonymiserade: ` +
          `ersätt värdet med ett löpnummer eller en kod. Värdet kopieras aldrig till rapporterna.${uncounted}`,
      );
    }
  }
  return any;
}

function readRow(x: RowReader): DeltagareRad {
  const idCol = x.cols.id as number;
  const idPnr = x.pnr.includes(idCol);
  const id = idPnr ? "" : x.text("id");
  if (id === "" && !idPnr) x.issues.add("varning", CODES.SAKNAT_VARDE, x.address(idCol), "Deltagar-ID saknas. Raden räknas, men dubbletter kan inte hittas; fyll i deltagarens pseudonymiserade ID.");
  const insats = x.text("insats");
  if (insats === "" && !x.pnr.includes(x.cols.insats as number)) {
    x.issues.add("fel", CODES.SAKNAT_VARDE, x.address(x.cols.insats as number), "Insats saknas. Raden räknas inte i uppföljningen förrän insatsen är ifylld.");
  }
  const inskriven = x.date("inskriven", true);
  const utskriven = x.date("utskriven", false);
  const kon = x.category("kon", KON, "Raden räknas bara i S:a tills kön är rättat.") ?? null;
  if (kon === null && isBlank(x.get("kon")) && !x.pnr.includes(x.cols.kon as number)) {
    x.issues.add("varning", CODES.SAKNAT_VARDE, x.address(x.cols.kon as number), "Kön saknas. Raden räknas bara i S:a; fyll i K eller M.");
  }
  const orsakText = x.get("avslutningsorsak");
  const avslutningsorsak = x.category("avslutningsorsak", AVSLUTNINGSORSAK, 'Avslutet räknas som "Orsak saknas/okänd" tills värdet är rättat.') ?? null;
  const orsakOkand = avslutningsorsak === null && !isBlank(orsakText);
  let alder = x.number("alder", (v) => parseWholeNumber(v, 0, 120), "en ålder i hela år, 0–120");
  if (alder === null && x.cols.fodelsear !== undefined) {
    const fodd = x.number("fodelsear", readBirthYear, "ett årtal, t.ex. 1990");
    if (fodd !== null && inskriven) alder = Number(inskriven.slice(0, 4)) - fodd;
  }
  return {
    row: x.r,
    id,
    idKey: idPnr ? opaqueKey(x.row[idCol]) : id,
    insats,
    kon,
    alder,
    inskriven: inskriven ?? null,
    utskriven: utskriven ?? null,
    avslutningsorsak: orsakOkand ? "okand" : avslutningsorsak,
    anonym: x.category("anonym", JA_NEJ, "Raden räknas som inte anonym.") ?? false,
    kommun: x.text("kommun"),
    forsorjning: x.text("forsorjning"),
    arIOffentligForsorjning: x.number("arOffentligForsorjning", parseArIOffentligForsorjning, 'antal år, t.ex. 3, "3+" eller "minst 3 år"'),
    utbildning: x.category("utbildning", UTBILDNING, 'Värdet räknas som "Okänd".') ?? "okand",
    handlingsplan: x.category("handlingsplan", JA_NEJ, "Värdet räknas som okänt.") ?? null,
    sysselsattningsgrad: x.number("sysselsattningsgrad", parseSysselsattningsgrad, "en procentsats 0–100 %, t.ex. 75 %"),
    olasbar: !inskriven || utskriven === null || x.pnr.includes(x.cols.utskriven ?? -1),
  };
}

/** Födelseår as a year 1900–2100, or the year of a full birth date. */
function readBirthYear(v: CellValue): number | null | undefined {
  const y = parseWholeNumber(v, 1900, 2100);
  if (y !== null) return y;
  const d = parseSvDate(v);
  return d.kind === "date" ? Number(d.value.slice(0, 4)) : null;
}

/** Parses a Deltagare sheet. Never throws: a sheet without the required columns gives SAKNAD_KOLUMN and no rows. */
export function parseDeltagare(sheet: RawSheet): DeltagareParse {
  const issues = new DeltagareIssues(sheet.name);
  const table = locateTable(sheet, DELTAGARE_KOLUMNER);
  const tabell: DeltagareTabell = { sheet: sheet.name, rader: [], columns: {} };
  const missing: Issue[] = [];
  if (reportMissingColumns(sheet, table, DELTAGARE_KOLUMNER, missing) || !table) return { tabell, issues: missing };
  tabell.columns = table.columns as Partial<Record<DeltagareKolumn, number>>;
  const reader = new RowReader(sheet, tabell.columns, issues);
  const width = sheet.values.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  const idCol = tabell.columns.id as number;
  const mapped = Object.values(tabell.columns) as number[];
  for (let r = table.headerRow + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    if (!row) continue;
    reader.r = r;
    reader.row = row;
    if (!scanPersonnummer(reader, width) || allBlank(row, mapped)) continue;
    const first = row[idCol];
    if (typeof first === "string" && isSumLabel(first)) continue;
    tabell.rader.push(readRow(reader));
  }
  return { tabell, issues: issues.finish() };
}

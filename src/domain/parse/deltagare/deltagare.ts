import { openForSearch, primarySheetOfKind, sheetsOfKind } from "../../detect/apply";
import type { WorkbookMapping } from "../../model/mapping";
import type { Issue } from "../../issues/issue";
import type { CellValue, IsoDate, RawSheet } from "../../model/raw";
import { CODES } from "../../issues/codes";
import { DELTAGARE_KOLUMNER, KOLUMN_TEXT } from "../../template/deltagare";
import { DELT_CODES } from "../../text/deltagare-koder";
import { DeltagareIssues } from "../../issues/deltagare-issues";
import type { DeltagareKolumn, DeltagareRad, DeltagareTabell, Kon } from "../../model/deltagare";
import {
  ANONYM,
  AVSLUTNINGSORSAK,
  isAnonymId,
  JA_NEJ,
  KON,
  KON_KODER_SCB,
  konLegend,
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

/**
 * Every participant sheet of the workbook (one per insats is common): the sheets the mapping gives kind Deltagare,
 * and — among the sheets the mapping does not give another kind — those named "Deltagare…" or whose header has
 * the required columns (Kön and Inskriven). In workbook order.
 */
export function findDeltagareSheets(sheets: readonly RawSheet[], mapping?: WorkbookMapping): RawSheet[] {
  const mapped = new Set(mapping ? sheetsOfKind(sheets, mapping, "deltagare") : []);
  const open = new Set(openForSearch(sheets, mapping, "deltagare"));
  return sheets.filter((s) => {
    if (mapped.has(s)) return true;
    if (!open.has(s)) return false;
    const t = locateTable(s, DELTAGARE_KOLUMNER, { minMatches: 3 });
    if (normalizeHeader(s.name).startsWith("deltagare")) return t !== null;
    return t !== null && t.missing.length === 0;
  });
}

export interface DeltagareParse {
  tabell: DeltagareTabell;
  issues: Issue[];
  /** The first text above the header row (a title such as "Deltagare i Framsteget 2021"), for the insats of a sheet without an Insats column. */
  titel?: string;
  /** True when the sheet has no Insats column: every row's insats is "" until the caller sets it (title, else sheet name). */
  utanInsatskolumn?: boolean;
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
      const uncounted =
        c === c0.insats || c === c0.inskriven || c === c0.utskriven ? " Raden räknas inte i uppföljningen förrän värdet är rättat." : "";
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

/** Kön as K/M: a code of the column's legend ("1" with "Kön (1=man, 2=kvinna)"), else the K/M vocabulary. */
function readKon(x: RowReader): Kon | null {
  const v = x.get("kon");
  const code = typeof v === "number" ? String(v) : typeof v === "string" && v.length <= 3 ? v.trim() : "";
  if (code.length === 1 && code >= "0" && code <= "9") {
    const koder = x.konKoder ?? KON_KODER_SCB;
    const kon = koder.get(code);
    if (kon) {
      if (!x.konKoder) x.konUtanLegend++;
      return kon;
    }
  }
  return x.category("kon", KON, "Raden räknas bara i S:a tills kön är rättat.") ?? null;
}

function readRow(x: RowReader): DeltagareRad {
  const idCol = x.cols.id;
  const idPnr = idCol !== undefined && x.pnr.includes(idCol);
  const idText = idPnr || idCol === undefined ? "" : x.text("id");
  // "Anonym", "Ej samtycke", "Skyddad identitet" written as the ID: an anonymously registered participant, no ID.
  const anonymId = idText !== "" && isAnonymId(idText);
  const id = anonymId ? "" : idText;
  if (idCol !== undefined && idText === "" && !idPnr)
    x.issues.add(
      "varning",
      CODES.SAKNAT_VARDE,
      x.address(idCol),
      "Deltagar-ID saknas. Raden räknas, men dubbletter kan inte hittas; fyll i deltagarens pseudonymiserade ID.",
    );
  const insats = x.text("insats");
  if (x.cols.insats !== undefined && insats === "" && !x.pnr.includes(x.cols.insats)) {
    x.issues.add(
      "fel",
      CODES.SAKNAT_VARDE,
      x.address(x.cols.insats),
      "Insats saknas. Raden räknas inte i uppföljningen förrän insatsen är ifylld.",
    );
  }
  const inskriven = x.date("inskriven", true);
  const utskriven = x.date("utskriven", false);
  const kon = readKon(x);
  if (kon === null && isBlank(x.get("kon")) && !x.pnr.includes(x.cols.kon as number)) {
    x.issues.add("varning", CODES.SAKNAT_VARDE, x.address(x.cols.kon as number), "Kön saknas. Raden räknas bara i S:a; fyll i K eller M.");
  }
  const orsakText = x.get("avslutningsorsak");
  const avslutningsorsak =
    x.category("avslutningsorsak", AVSLUTNINGSORSAK, 'Avslutet räknas som "Orsak saknas/okänd" tills värdet är rättat.') ?? null;
  const orsakOkand = avslutningsorsak === null && !isBlank(orsakText);
  let alder = x.number("alder", (v) => parseWholeNumber(v, 0, 120), "en ålder i hela år, 0–120");
  if (alder === null && x.cols.fodelsear !== undefined) {
    const fodd = x.number("fodelsear", readBirthYear, "ett årtal, t.ex. 1990");
    if (fodd !== null && inskriven) alder = Number(inskriven.slice(0, 4)) - fodd;
  }
  return {
    row: x.r,
    id,
    idKey: idPnr ? opaqueKey(x.row[idCol as number]) : id,
    insats,
    kon,
    alder,
    inskriven: inskriven ?? null,
    utskriven: utskriven ?? null,
    avslutningsorsak: orsakOkand ? "okand" : avslutningsorsak,
    anonym: anonymId || (x.category("anonym", ANONYM, "Raden räknas som inte anonym.") ?? false),
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

/** The first text above the header row: the sheet's title ("Deltagare i Framsteget 2021"). */
function titleAbove(sheet: RawSheet, headerRow: number): string | undefined {
  for (let r = 0; r < headerRow; r++) {
    for (const v of sheet.values[r] ?? []) if (typeof v === "string" && v.trim() !== "") return safeText(v.trim());
  }
  return undefined;
}

/**
 * Parses a Deltagare sheet. Never throws: a sheet without the required columns (Kön, Inskriven) gives
 * SAKNAD_KOLUMN and no rows. Without a Deltagar-ID column every row is counted and one info says that duplicates
 * cannot be checked; without an Insats column the rows' insats is left "" for the caller (see utanInsatskolumn).
 */
export function parseDeltagare(sheet: RawSheet): DeltagareParse {
  const issues = new DeltagareIssues(sheet.name);
  const table = locateTable(sheet, DELTAGARE_KOLUMNER);
  const tabell: DeltagareTabell = { sheet: sheet.name, rader: [], columns: {} };
  const missing: Issue[] = [];
  if (reportMissingColumns(sheet, table, DELTAGARE_KOLUMNER, missing) || !table) return { tabell, issues: missing };
  tabell.columns = table.columns as Partial<Record<DeltagareKolumn, number>>;
  const reader = new RowReader(sheet, tabell.columns, issues);
  const konCol = tabell.columns.kon as number;
  reader.konKoder = konLegend(sheet.values[table.headerRow]?.[konCol]);
  const width = sheet.values.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  const mapped = Object.values(tabell.columns) as number[];
  const firstCol = Math.min(...mapped);
  for (let r = table.headerRow + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    if (!row) continue;
    reader.r = r;
    reader.row = row;
    if (!scanPersonnummer(reader, width) || allBlank(row, mapped)) continue;
    const first = row[tabell.columns.id ?? firstCol];
    if (typeof first === "string" && isSumLabel(first)) continue;
    tabell.rader.push(readRow(reader));
  }
  const header = cellAddress(sheet, table.headerRow, firstCol);
  if (tabell.columns.id === undefined && tabell.rader.length > 0) {
    const n = tabell.rader.length;
    issues.add(
      "info",
      DELT_CODES.DELT_UTAN_ID,
      header,
      `Bladet har ingen kolumn Deltagar-ID. ${n === 1 ? "Raden räknas" : `Alla ${n} rader räknas`}, men dubbletter kan inte kontrolleras. Lägg till en kolumn Deltagar-ID med deltagarens löpnummer eller kod (aldrig personnummer).`,
    );
  }
  if (reader.konUtanLegend > 0) {
    const n = reader.konUtanLegend;
    issues.add(
      "varning",
      DELT_CODES.DELT_KON_KOD,
      cellAddress(sheet, table.headerRow, konCol),
      `Kön är skrivet som 1/2 på ${n === 1 ? "en rad" : `${n} rader`} utan förklaring i rubriken. Det läses som SCB:s kodning 1 = man, 2 = kvinna; skriv rubriken som "Kön (1=man, 2=kvinna)" eller "Kön (1=kvinna, 2=man)" så att det är säkert.`,
    );
  }
  const out: DeltagareParse = { tabell, issues: issues.finish() };
  if (tabell.columns.insats === undefined) {
    out.utanInsatskolumn = true;
    const titel = titleAbove(sheet, table.headerRow);
    if (titel !== undefined) out.titel = titel;
  }
  return out;
}

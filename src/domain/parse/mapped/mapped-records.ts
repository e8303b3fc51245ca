import type { CellRef } from "../../model/raw";
import type { BudgetRad, Grupp, Insats, InsatsTyp, Kategori, UtfallRad } from "../../model/records";
import type { CellReader } from "../base/cell-read";
import { insatsTypOrOvrig } from "../base/insatser";
import { normalizeName } from "../../text/names";
import { checkSlutForeStart } from "../base/row-rules";
import { ownerShort } from "../../text/owner";
import type { Entry, ScanContext } from "../../detect/table-scan";
import { headingKind } from "../../template/vocabulary";

/**
 * The records a mapped table gives (table.ts) and its rows' insatser: the scan context a heading opens, the
 * insats read from a data row (typ, dates, owner, inriktning), names made unique within the sheet.
 */

export interface MappedInsats extends Insats {
  /** False when Start/Slut were not in the sheet (filled from the years of its figures later). */
  datesGiven: boolean;
}

export interface MappedRecords {
  insatser: MappedInsats[];
  budget: BudgetRad[];
  utfall: UtfallRad[];
  /** Rows whose utfall cell could not be read (post and that cell). */
  olasbartUtfall: { post: string; source: CellRef }[];
  /** Years of "Budget ÅÅÅÅ" columns on an Insatser sheet. */
  budgetYears: Set<number>;
  /** Insatser whose typ was not given (default Individ). */
  typDefaulted: number;
  /** Non-insats rows without a Kategori column or an Intäkter/Kostnader heading (kategori guessed from the name). */
  kategoriGuessed: number;
  /** Owner written beside a budget or utfall row (links "Lokussamordnare" + "Uppsala" to "Lokussamordnare Uppsala"). */
  agareOf: Map<BudgetRad | UtfallRad, string>;
  /** Ekonomisystem export: code → insats name ("7100" → "Jobbstöd"), for a Budget sheet keyed by code. */
  codes?: Map<string, string>;
}

export interface Row {
  e: Entry;
  name: string;
  agare?: string;
  /** From a column the mapping gives the role Grupp. */
  grupp?: Grupp;
  insats: boolean;
  kategori: Kategori;
}

export function initialContext(text: string): ScanContext {
  const k = headingKind(text);
  if (k === "individ" || k === "struktur" || k === "forstudie") return { kategori: "kostnad", insats: true, typ: k };
  if (k === "samverkan") return { kategori: "kostnad", insats: true };
  return { insats: false };
}

/** Names that occur twice get the owner added ("Lokussamordnare Uppsala"), then a number. */
export function disambiguate(rows: Row[]): void {
  const count = (key: (r: Row) => string) => {
    const m = new Map<string, number>();
    for (const r of rows) if (r.insats) m.set(key(r), (m.get(key(r)) ?? 0) + 1);
    return m;
  };
  const byName = count((r) => normalizeName(r.name));
  for (const r of rows)
    if (r.insats && (byName.get(normalizeName(r.name)) ?? 0) > 1 && r.agare) r.name = `${r.name} ${ownerShort(r.agare)}`;
  const again = count((r) => normalizeName(r.name));
  const seen = new Map<string, number>();
  for (const r of rows) {
    if (!r.insats) continue;
    const k = normalizeName(r.name);
    if ((again.get(k) ?? 0) < 2) continue;
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    if (n > 1) r.name = `${r.name} (${n})`;
  }
}

export function emptyRecords(): MappedRecords {
  return {
    insatser: [],
    budget: [],
    utfall: [],
    olasbartUtfall: [],
    budgetYears: new Set(),
    typDefaulted: 0,
    kategoriGuessed: 0,
    agareOf: new Map(),
  };
}

export function readInsats(
  reader: CellReader,
  row: Row,
  keys: Record<string, number>,
  source: { sheet: string; cell: string },
  inriktningFromHeadings: boolean,
  out: MappedRecords,
): MappedInsats | null {
  const r = row.e.r;
  let typ: InsatsTyp | undefined;
  if (keys.typ !== undefined) {
    const t = reader.text(r, keys.typ);
    if (t) typ = insatsTypOrOvrig(reader, r, keys.typ, t);
  }
  if (!typ) typ = row.e.ctx.typ;
  if (!typ && /^f(ö|o)rstudie/i.test(row.name)) typ = "forstudie";
  if (!typ) {
    typ = "individ";
    out.typDefaulted++;
  }
  const start = keys.start !== undefined ? reader.date(r, keys.start, true) : undefined;
  const slut = keys.slut !== undefined ? reader.date(r, keys.slut, true, true) : undefined;
  if (start === null || slut === null) return null;
  const agareText = keys.agare !== undefined && row.agare === undefined ? reader.text(r, keys.agare) : row.agare;
  const ins: MappedInsats = {
    insats: row.name,
    typ,
    agare: agareText ?? "",
    start: start ?? "",
    slut: slut ?? "",
    budgetPerAr: {},
    source,
    datesGiven: start !== undefined && slut !== undefined,
  };
  if (start && slut) checkSlutForeStart(reader, r, keys.slut!, start, slut);
  const namn = keys.namn !== undefined ? reader.text(r, keys.namn) : undefined;
  if (namn) ins.namn = namn;
  const inriktning = keys.inriktning !== undefined ? reader.text(r, keys.inriktning) : inriktningFromHeadings ? row.e.ctx.grupp : undefined;
  if (inriktning) ins.inriktning = inriktning;
  return ins;
}

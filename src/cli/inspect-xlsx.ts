import * as zlib from "node:zlib";
import JSZip from "jszip";
import { checkSheetExtent, MAX_BLAD_BYTES, MAX_RADER, type SheetExtent } from "../domain/issues/limits";
import { entryDataOffset, type ZipEntry } from "../xlsx/zip-directory";

/**
 * The CLI's look inside an .xlsx BEFORE ExcelJS loads it (ExcelJS inflates every part in full and builds every
 * row, so one hostile sheet would take all memory):
 *
 * 1. Declared sizes (zip directory): a part that says it inflates past its limit is not inflated at all.
 * 2. Every part is inflated as a STREAM and counted; a part that inflates past its limit (a lying directory,
 *    a zip bomb) is stopped there. Memory stays at one 64 kB chunk per part.
 * 3. Each sheet's cell references (`r="XFD1048576"`) and `<row>` elements are scanned while inflating: the used
 *    range is known without building a single cell; a sheet past the limits of issues/limits.ts is stopped as
 *    soon as it is known to be too large, and is NOT handed to ExcelJS (its part is replaced by an empty sheet
 *    in the bytes ExcelJS loads; the pipeline reports STORLEK_OVER_GRANS for it and reads the other sheets).
 * 4. Parts ExcelJS does not carry into the copy are named (external links, Power Query, sparklines, …), and a
 *    sheet stored under a part name ExcelJS does not recognise is renamed so it is read, not dropped.
 */

/** A part other than a sheet (sharedStrings, styles, workbook) may inflate to this much: 64 MB. */
export const MAX_DEL_BYTES = 64 * 1024 * 1024;
/** All parts together: 256 MB. */
export const MAX_TOTAL_BYTES = 256 * 1024 * 1024;

export interface SheetPart {
  name: string;
  part: string;
}

export interface Inspection {
  /** Bytes for ExcelJS: the input, or a copy with refused sheets emptied and odd sheet parts renamed. */
  bytes: Uint8Array;
  /** Sheets not read, with the size that refused them. */
  refused: SheetExtent[];
  /** What the copy written by the CLI will lack, in Swedish ("externa länkar (xl/externalLinks/externalLink1.xml)"). */
  lost: string[];
}

export type InspectResult = { ok: true; inspection: Inspection } | { ok: false; message: string };

interface Inflated {
  bytes: number;
  over: boolean;
  stopped: boolean;
  broken: boolean;
}

/** Inflates one entry as a stream, calling onChunk per chunk; stops past maxBytes or when onChunk returns false. */
function inflateEntry(b: Uint8Array, e: ZipEntry, maxBytes: number, onChunk?: (chunk: Buffer) => boolean): Promise<Inflated> {
  const start = entryDataOffset(b, e);
  if (start === null) return Promise.resolve({ bytes: 0, over: false, stopped: false, broken: true });
  const data = Buffer.from(b.buffer, b.byteOffset + start, e.compressedSize);
  if (e.method === 0) {
    const over = data.length > maxBytes;
    const stopped = !over && onChunk !== undefined && !onChunk(data);
    return Promise.resolve({ bytes: data.length, over, stopped, broken: false });
  }
  if (e.method !== 8) return Promise.resolve({ bytes: 0, over: false, stopped: false, broken: true });
  return new Promise((resolve) => {
    const inflate = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
    let bytes = 0;
    let done = false;
    const finish = (r: Omit<Inflated, "bytes">) => {
      if (done) return;
      done = true;
      inflate.destroy();
      resolve({ bytes, ...r });
    };
    inflate.on("data", (chunk: Buffer) => {
      if (done) return;
      bytes += chunk.length;
      if (bytes > maxBytes) finish({ over: true, stopped: false, broken: false });
      else if (onChunk && !onChunk(chunk)) finish({ over: false, stopped: true, broken: false });
    });
    inflate.on("end", () => finish({ over: false, stopped: false, broken: false }));
    inflate.on("error", () => finish({ over: false, stopped: false, broken: true }));
    inflate.end(data);
  });
}

async function inflateSmall(b: Uint8Array, e: ZipEntry | undefined): Promise<string | null> {
  if (!e) return null;
  const chunks: Buffer[] = [];
  const r = await inflateEntry(b, e, 16 * 1024 * 1024, (c) => (chunks.push(c), true));
  return r.over || r.broken ? null : Buffer.concat(chunks).toString("utf8");
}

function xmlUnescape(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (_, n: string) => {
    const named: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };
    if (named[n.toLowerCase()]) return named[n.toLowerCase()];
    return String.fromCodePoint(n[1] === "x" || n[1] === "X" ? parseInt(n.slice(2), 16) : parseInt(n.slice(1), 10));
  });
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs);
  return m ? xmlUnescape(m[1]) : undefined;
}

/** "worksheets/sheet1.xml" or "/xl/worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml". */
function resolveTarget(target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = ["xl"];
  for (const p of target.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== ".") parts.push(p);
  }
  return parts.join("/");
}

/** The workbook's sheets with their part names (workbook.xml + its relationships). */
export function sheetParts(workbookXml: string, relsXml: string): SheetPart[] {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = attr(m[1], "Id");
    const target = attr(m[1], "Target");
    if (id && target && /\/worksheet$/.test(attr(m[1], "Type") ?? "")) targets.set(id, resolveTarget(target));
  }
  const out: SheetPart[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const name = attr(m[1], "name");
    const rid = /\s\w+:id="([^"]*)"/.exec(m[1])?.[1];
    const part = rid ? targets.get(rid) : undefined;
    if (name !== undefined && part) out.push({ name, part });
  }
  return out;
}

/** Column letters → 0-based index ("A" → 0, "XFD" → 16383). */
function colIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n - 1;
}

/** Running used range of a sheet from its XML, chunk by chunk. */
export class ExtentScanner {
  minR = Infinity;
  maxR = -1;
  minC = Infinity;
  maxC = -1;
  rowElements = 0;
  /** x14 extensions ExcelJS drops (sparklines, data bars and icon sets of the newer kind). */
  sparklines = false;
  x14Formatting = false;
  private carry = "";

  /** Adds one chunk; false once the sheet is known to pass the limits (the caller stops inflating). */
  add(chunk: Buffer, name: string): boolean {
    const text = this.carry + chunk.toString("latin1");
    for (const m of text.matchAll(/<(?:\w+:)?c\b[^>]*?\sr="([A-Z]{1,3})(\d{1,7})"/g)) {
      const r = Number(m[2]) - 1;
      const c = colIndex(m[1]);
      if (r < this.minR) this.minR = r;
      if (r > this.maxR) this.maxR = r;
      if (c < this.minC) this.minC = c;
      if (c > this.maxC) this.maxC = c;
    }
    // <row elements that end in the new text (one wholly inside the carry was counted with the chunk before).
    for (const m of text.matchAll(/<(?:\w+:)?row[\s>/]/g)) if (m.index + m[0].length > this.carry.length) this.rowElements++;
    if (!this.sparklines && text.includes("sparklineGroup")) this.sparklines = true;
    if (!this.x14Formatting && /x14:(conditionalFormatting|dataBar|iconSet)\b/.test(text)) this.x14Formatting = true;
    this.carry = text.slice(-96);
    return checkSheetExtent(this.extent(name)) === null;
  }

  extent(name: string, bytes?: number): SheetExtent {
    const rows = this.maxR < 0 ? 0 : this.maxR - this.minR + 1;
    const columns = this.maxC < 0 ? 0 : this.maxC - this.minC + 1;
    const e: SheetExtent = {
      name,
      rows: Math.max(rows, this.rowElements > MAX_RADER ? this.rowElements : 0),
      columns,
      firstRow: this.maxR < 0 ? 0 : this.minR,
    };
    if (bytes !== undefined) e.bytes = bytes;
    return e;
  }
}

/** The lost-part kind of charts (run-rapport drops it when every chart sits on a report sheet it replaces). */
export const CHARTS_LOST = "diagram";

/** Parts of a workbook ExcelJS does not carry into the copy, in Swedish, by what the user would call them. */
const LOST_PARTS: [RegExp, string][] = [
  [/^xl\/externalLinks\//, "länkar till andra arbetsböcker (externa länkar)"],
  [/^xl\/connections\.xml$/, "dataanslutningar (Power Query eller extern data)"],
  [/^xl\/queryTables\//, "frågetabeller (Power Query)"],
  [/^customXml\//, "anpassade XML-delar (customXml, t.ex. Power Query-frågornas definitioner)"],
  [/^xl\/charts\//, CHARTS_LOST],
  [/^xl\/pivotTables\//, "pivottabeller"],
  [/^xl\/pivotCache\//, "pivottabellernas cache"],
  [/^xl\/slicers\/|^xl\/slicerCaches\//, "utsnitt"],
  [/^xl\/timelines\/|^xl\/timelineCaches\//, "tidslinjer"],
  [/^xl\/vbaProject\.bin$/, "makron"],
  [/^xl\/threadedComments\//, "trådade kommentarer"],
  [/^xl\/embeddings\/|^xl\/activeX\/|^xl\/ctrlProps\//, "inbäddade objekt och formulärkontroller"],
  [/^xl\/model\//, "datamodell (Power Pivot)"],
  // Office add-ins keep their workbook settings here (Finsam: the saved mapping, the pane's choices, Nästa år scenarios).
  [/^xl\/webextensions\//, "tilläggets sparade inställningar i arbetsboken (Finsam-fönstrets mappning, val och Nästa år-scenarier)"],
];

/** The Swedish names of the lost parts among the zip's entries (each kind once). */
export function lostPartKinds(entries: readonly ZipEntry[]): string[] {
  const kinds: string[] = [];
  for (const [re, label] of LOST_PARTS) if (entries.some((e) => re.test(e.name)) && !kinds.includes(label)) kinds.push(label);
  return kinds;
}

const EMPTY_SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';

const WORKBOOK_MESSAGE = (what: string) =>
  `innehåller ${what}, mer än Finsam läser (gränsen är ${MAX_DEL_BYTES / 1024 / 1024} MB per del och ${MAX_TOTAL_BYTES / 1024 / 1024} MB sammanlagt) — ` +
  "filen kan vara skadad eller konstruerad för att fylla minnet. Öppna den i Excel, ta bort det som inte behövs och spara på nytt.";

/** Inspects an .xlsx (its zip entries from sniffWorkbook) as described in the file comment. */
export async function inspectXlsx(bytes: Uint8Array, entries: ZipEntry[]): Promise<InspectResult> {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const workbookXml = await inflateSmall(bytes, byName.get("xl/workbook.xml"));
  const relsXml = await inflateSmall(bytes, byName.get("xl/_rels/workbook.xml.rels"));
  const sheets = workbookXml && relsXml ? sheetParts(workbookXml, relsXml) : [];
  const sheetOf = new Map(sheets.map((s) => [s.part, s.name]));

  const refused: SheetExtent[] = [];
  const refusedParts: string[] = [];
  const lost = lostPartKinds(entries);
  let sparklines = false;
  let x14 = false;
  let total = 0;
  for (const e of entries) {
    const sheetName = sheetOf.get(e.name);
    if (sheetName === undefined) {
      if (e.uncompressedSize > MAX_DEL_BYTES)
        return {
          ok: false,
          message: WORKBOOK_MESSAGE(`en del (${e.name}) som enligt zip-filen packas upp till ${mb(e.uncompressedSize)}`),
        };
      const r = await inflateEntry(bytes, e, MAX_DEL_BYTES);
      if (r.over) return { ok: false, message: WORKBOOK_MESSAGE(`en del (${e.name}) som packas upp till över ${mb(MAX_DEL_BYTES)}`) };
      if (r.broken)
        return {
          ok: false,
          message: `är skadad: delen ${e.name} går inte att packa upp. Öppna arbetsboken i Excel (som brukar kunna reparera den) och spara den på nytt.`,
        };
      total += r.bytes;
    } else if (e.uncompressedSize > MAX_BLAD_BYTES) {
      refused.push({ name: sheetName, rows: 0, columns: 0, bytes: e.uncompressedSize });
      refusedParts.push(e.name);
    } else {
      const scan = new ExtentScanner();
      const r = await inflateEntry(bytes, e, MAX_BLAD_BYTES, (c) => scan.add(c, sheetName));
      if (r.broken)
        return {
          ok: false,
          message: `är skadad: bladet "${sheetName}" går inte att packa upp. Öppna arbetsboken i Excel (som brukar kunna reparera den) och spara den på nytt.`,
        };
      const extent = scan.extent(sheetName, r.over ? MAX_BLAD_BYTES + 1 : r.bytes);
      if ((r.over || r.stopped) && extent.rows < 1_048_576) extent.atLeast = true;
      if (r.over || r.stopped || checkSheetExtent(extent)) {
        refused.push(extent);
        refusedParts.push(e.name);
      } else total += r.bytes;
      sparklines ||= scan.sparklines;
      x14 ||= scan.x14Formatting;
    }
    if (total > MAX_TOTAL_BYTES)
      return { ok: false, message: WORKBOOK_MESSAGE(`delar som sammanlagt packas upp till över ${mb(MAX_TOTAL_BYTES)}`) };
  }
  if (sparklines) lost.push("miniatyrdiagram (sparklines)");
  if (x14) lost.push("villkorsstyrd formatering av nyare slag (datastaplar, ikonuppsättningar)");
  for (const r of refused) lost.push(`innehållet i bladet "${r.name}", som är för stort för att läsas (bladet blir tomt i kopian)`);

  const odd = sheets.filter((s) => !/^xl\/worksheets\/sheet\d+\.xml$/.test(s.part) && byName.has(s.part) && !refusedParts.includes(s.part));
  if (refusedParts.length === 0 && odd.length === 0) return { ok: true, inspection: { bytes, refused, lost } };
  return { ok: true, inspection: { bytes: await rebuild(bytes, refusedParts, odd, relsXml ?? ""), refused, lost } };
}

function mb(n: number): string {
  return `${Math.round(n / 1024 / 1024)} MB`;
}

/** The bytes ExcelJS loads: refused sheets emptied, sheets under odd part names moved to xl/worksheets/sheetN.xml. */
async function rebuild(bytes: Uint8Array, refusedParts: string[], odd: SheetPart[], relsXml: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  for (const p of refusedParts) zip.file(p, EMPTY_SHEET);
  let rels = relsXml;
  let n = 9000;
  for (const s of odd) {
    while (zip.file(`xl/worksheets/sheet${n}.xml`)) n++;
    const fresh = `xl/worksheets/sheet${n}.xml`;
    zip.file(fresh, await zip.file(s.part)!.async("uint8array"));
    zip.remove(s.part);
    const dir = s.part.slice(0, s.part.lastIndexOf("/") + 1);
    const oldRels = `${dir}_rels/${s.part.slice(dir.length)}.rels`;
    const relsFile = zip.file(oldRels);
    if (relsFile) {
      zip.file(`xl/worksheets/_rels/sheet${n}.xml.rels`, await relsFile.async("uint8array"));
      zip.remove(oldRels);
    }
    rels = rels.replace(/Target="([^"]*)"/g, (whole, t: string) =>
      resolveTarget(xmlUnescape(t)) === s.part ? `Target="/${fresh}"` : whole,
    );
    n++;
  }
  zip.file("xl/_rels/workbook.xml.rels", rels);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

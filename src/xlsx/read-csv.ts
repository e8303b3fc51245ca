import { parse } from "csv-parse/sync";
import type { CellValue, RawSheet } from "../domain/model";
import { sanitizeSheetName } from "./sheet-names";

/**
 * A Swedish Excel CSV file ("Spara som → CSV (semikolonavgränsad)") as one sheet:
 * - encoding: UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252 (what Excel writes
 *   for "CSV (semikolonavgränsad)" on a Swedish Windows);
 * - separator: semicolon, unless the first line has more tabs or commas outside quotes;
 * - cells are kept as the text written ("1 234,5", "2024-03-05", "0012"): the parsers read Swedish numbers and
 *   dates from text (domain.md §2), and IDs keep their leading zeros. Empty cells are "".
 * Windows-1252 is decoded with the table below — not with iconv-lite, which needs a Node Buffer shim in the
 * demo's browser bundle (the tests encode their Windows-1252 files with iconv-lite).
 * The sheet is named after the file ("Deltagare 2021.csv" → "Deltagare 2021"), so the name-based search finds it.
 * Throws (with a Swedish message) only when the text cannot be split into rows at all.
 */

export function isCsvFileName(name: string): boolean {
  return /\.(csv|txt)$/i.test(name.trim());
}

/** The sheet name a CSV file gets: its name without folder and extension, as a valid Excel sheet name. */
export function csvSheetName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  return sanitizeSheetName(base === "" ? "CSV" : base);
}

/** Bytes → text: UTF-8 (BOM dropped) when valid, else Windows-1252. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: "utf-8" | "windows-1252" } {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(body), encoding: "windows-1252" };
  }
}

/** Windows-1252 bytes 0x80–0x9F (the rest is ISO-8859-1, i.e. the byte is the code point). */
const CP1252_80_9F = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  // Not TextDecoder("windows-1252"): Node without full ICU decodes that label as ISO-8859-1 (no €, –, ”).
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    let chunk = "";
    const end = Math.min(bytes.length, i + 8192);
    for (let k = i; k < end; k++) {
      const b = bytes[k];
      chunk += b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80] : String.fromCharCode(b);
    }
    parts.push(chunk);
  }
  return parts.join("");
}

/** The separator of the first non-empty line: the most frequent of ; \t , outside quotes (semicolon on a tie). */
export function csvDelimiter(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== "") ?? "";
  const counts: Record<string, number> = { ";": 0, "\t": 0, ",": 0 };
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  let best = ";";
  for (const d of ["\t", ","]) if (counts[d] > counts[best]) best = d;
  return best;
}

export function readCsv(bytes: Uint8Array, fileName: string): RawSheet {
  const { text } = decodeCsv(bytes);
  let rows: string[][];
  try {
    rows = parse(text, {
      delimiter: csvDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      bom: true,
    }) as string[][];
  } catch (e) {
    throw new Error(
      `${fileName} kan inte läsas som CSV (${e instanceof Error ? e.message : String(e)}). Spara filen från Excel som "CSV (semikolonavgränsad)" eller som Excel-arbetsbok (.xlsx).`,
    );
  }
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c.trim() === "")) rows.pop();
  const width = Math.max(1, ...rows.map((r) => r.length));
  const values: CellValue[][] = rows.map((r) => {
    const out: CellValue[] = r.map((c) => c.trim());
    while (out.length < width) out.push("");
    return out;
  });
  return { name: csvSheetName(fileName), origin: { row: 0, col: 0 }, values };
}

/** A CSV file as the demo's simulated Excel takes it: one sheet, grid from A1. */
export function csvToSimSheets(bytes: ArrayBuffer | Uint8Array, fileName: string): { name: string; values: CellValue[][] }[] {
  const sheet = readCsv(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), fileName);
  return [{ name: sheet.name, values: sheet.values }];
}

import type { Issue } from "../../issues/issue";
import type { CellValue, RawSheet } from "../../model/raw";
import { checkUppfoljningstabell } from "./tabellkontroll";
import { konGroups, type TabellKon } from "../../text/kon-header";
export { looksLikeUppfoljningstabell, type TabellKon } from "../../text/kon-header";
import { normalizeHeader } from "../../text/header";
import { isSumLabel } from "../../text/rows";
import { parseSvNumber } from "../../text/sv-number";

/**
 * Reads a published aggregate follow-up table such as Uppsala 2021 "Tabell 6. Utfall för deltagare"
 * (shared/data/uppsala-2021-utfall-for-deltagare.tsv) or "Tabell 8. Avslutningsanledningar": one or more
 * blocks, each with header rows (group heading in the first column, e.g. "Individinsatser"; a period row such
 * as "jan-december" above the K/M/S:a row), data rows, "Summa:"/"S: a" rows and a "Fördelning kvinnor/män:"
 * line. A block starts at a row with K and M (or Kvinnor and Män) in adjacent cells (S:a, "s: a", "tot.", Totalt as the third);
 * columns with a heading but no K/M (e.g. "Andel med handlingsplan (%)") are single-column groups;
 * groups whose heading says "andel" or "%" hold percentages (written as whole percent, e.g. 59).
 * Empty cells read as null (0 in sums); text such as "N/A" reads as null.
 * The checks (sum rows, K + M = S:a, Fördelning) are in deltagare-tabellkontroll.ts.
 */

export interface TabellGrupp {
  rubrik: string;
  period?: string;
  /** Columns (indexes into sheet.values rows): K, M, S:a for a K/M group; one column with kon null otherwise. */
  kolumner: { kon: TabellKon | null; col: number }[];
  andel: boolean;
}

export interface TabellRad {
  etikett: string;
  /** Index into sheet.values. */
  row: number;
  summa: boolean;
  /** Numbers by column index (null = empty or text). */
  varden: (number | null)[];
}

export interface TabellBlock {
  titel: string;
  /** Heading of the first column, e.g. "Individinsatser". */
  radrubrik: string;
  konRow: number;
  grupper: TabellGrupp[];
  rader: TabellRad[];
  /** "Fördelning kvinnor/män: 42% 58% …" — percentages in order, as whole percent. */
  fordelning?: { row: number; col: number; procent: number[] };
}

export interface Uppfoljningstabell {
  sheet: string;
  block: TabellBlock[];
}

const TITLE_RE = /^\s*tabell\s*\d+/i;
const FORDELNING_RE = /^\s*fördelning/i;

function text(v: CellValue | undefined): string {
  return v === null || v === undefined ? "" : String(v).trim();
}

function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  return !row || row.every((v) => text(v) === "");
}

/** Header rows directly above the K/M row (at most two, no blank row in between, no numbers). */
function headerRows(sheet: RawSheet, konRow: number): number[] {
  const out: number[] = [];
  for (let r = konRow - 1; r >= 0 && out.length < 2; r--) {
    const row = sheet.values[r];
    if (isBlankRow(row) || TITLE_RE.test(text(row?.[0])) || FORDELNING_RE.test(text(row?.[0]))) break;
    if (row.some((v) => typeof v === "number")) break;
    out.unshift(r);
  }
  return out;
}

/** Text of header row `r` at column `col`, or the nearest non-empty cell to its left down to `from`. */
function headingAt(sheet: RawSheet, r: number | undefined, col: number, from: number): string {
  if (r === undefined) return "";
  const row = sheet.values[r] ?? [];
  for (let c = col; c >= from; c--) if (text(row[c]) !== "") return text(row[c]);
  return "";
}

function readNumber(v: CellValue | undefined, andel: boolean): number | null {
  const p = parseSvNumber(v ?? null);
  if (p.kind !== "number") return null;
  return andel && p.unitFactor === 0.01 ? p.value * 100 : p.value;
}

function parseBlock(sheet: RawSheet, konRow: number, prevTitle: string): { block: TabellBlock; next: number } {
  const kon = sheet.values[konRow] ?? [];
  const heads = headerRows(sheet, konRow);
  const top = heads[0];
  const second = heads.length > 1 ? heads[1] : undefined;
  let titel = prevTitle;
  for (let r = (top ?? konRow) - 1; r >= Math.max(0, (top ?? konRow) - 4); r--) {
    if (TITLE_RE.test(text(sheet.values[r]?.[0]))) {
      titel = text(sheet.values[r][0]);
      break;
    }
  }
  const grupper: TabellGrupp[] = [];
  const used = new Set<number>();
  for (const g of konGroups(kon)) {
    g.forEach((x) => used.add(x.col));
    const rubrik = headingAt(sheet, top, g[0].col, 1) || titel;
    grupper.push({
      rubrik,
      period: second !== undefined ? headingAt(sheet, second, g[0].col, g[0].col) || undefined : undefined,
      kolumner: g,
      andel: false,
    });
  }
  const width = Math.max(kon.length, ...heads.map((r) => sheet.values[r]?.length ?? 0));
  for (let c = 1; c < width; c++) {
    if (used.has(c) || top === undefined || text(sheet.values[top]?.[c]) === "") continue;
    if (grupper.some((g) => g.kolumner.some((x) => x.col > c) && g.kolumner[0].col < c)) continue;
    if (!grupper.some((g) => g.kolumner[0].col === c))
      grupper.push({ rubrik: text(sheet.values[top][c]), kolumner: [{ kon: null, col: c }], andel: false });
  }
  grupper.sort((a, b) => a.kolumner[0].col - b.kolumner[0].col);
  for (const g of grupper) g.andel = /(^|\s)andel|%/i.test(g.rubrik);
  const block: TabellBlock = { titel, radrubrik: top === undefined ? "" : text(sheet.values[top]?.[0]), konRow, grupper, rader: [] };
  let r = konRow + 1;
  for (; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    if (isBlankRow(row)) break;
    const first = text(row[0]);
    if (TITLE_RE.test(first) || konGroups(row).length > 0) break;
    if (FORDELNING_RE.test(first)) break;
    const varden: (number | null)[] = new Array(row.length).fill(null);
    for (const g of grupper) for (const { col } of g.kolumner) varden[col] = readNumber(row[col], g.andel);
    block.rader.push({ etikett: first, row: r, summa: isSumLabel(first), varden });
  }
  for (let look = r; look < Math.min(r + 3, sheet.values.length); look++) {
    const row = sheet.values[look];
    if (isBlankRow(row)) continue;
    const col = row.findIndex((v) => FORDELNING_RE.test(text(v)));
    if (col < 0) break;
    const joined = row.slice(col).map(text).join(" ");
    const procent = [...joined.matchAll(/(\d+(?:[.,]\d+)?)\s*%/g)].map((m) => Number(m[1].replace(",", ".")));
    block.fordelning = { row: look, col, procent };
    r = look + 1;
    break;
  }
  return { block, next: r };
}

/** Parses every block of a published table and checks it; a sheet without K/M header rows gives no blocks. */
export function parseUppfoljningstabell(sheet: RawSheet): { tabell: Uppfoljningstabell; issues: Issue[] } {
  const tabell: Uppfoljningstabell = { sheet: sheet.name, block: [] };
  let title = "";
  for (let r = 0; r < sheet.values.length; r++) {
    if (konGroups(sheet.values[r] ?? []).length === 0) continue;
    const { block, next } = parseBlock(sheet, r, title);
    tabell.block.push(block);
    title = block.titel;
    r = next - 1;
  }
  return { tabell, issues: checkUppfoljningstabell(sheet, tabell) };
}

/** The number in block `b`, row labelled `etikett` (normalised compare), group `grupp` (index), kön (null for single columns). */
export function tabellVarde(
  t: Uppfoljningstabell,
  b: number,
  etikett: string,
  grupp: number,
  kon: TabellKon | null,
): number | null | undefined {
  const block = t.block[b];
  const rad = block?.rader.find((x) => normalizeHeader(x.etikett) === normalizeHeader(etikett));
  const col = block?.grupper[grupp]?.kolumner.find((x) => x.kon === kon)?.col;
  if (!rad || col === undefined) return undefined;
  return rad.varden[col];
}

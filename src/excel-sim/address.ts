/**
 * A1 addresses as Excel's API understands them: cells ("B2", "$B$2"), ranges ("B2:D5"),
 * whole columns ("A:C"), whole rows ("4:4", "$4:$6"), optionally with a sheet ("'Min flik'!A1:B2").
 */
import { columnIndex, columnLetter } from "../domain/model/address";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** 0-based inclusive rectangle. */
export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export interface ParsedAddress {
  sheet?: string;
  rect: Rect;
}

type Part = { row?: number; col?: number };

function parsePart(s: string): Part | null {
  const m = /^(\$?([A-Za-z]{1,3}))?(\$?(\d{1,7}))?$/.exec(s);
  if (!m || (!m[2] && !m[4])) return null;
  const part: Part = {};
  if (m[2]) {
    part.col = columnIndex(m[2]);
    if (part.col >= MAX_COLUMNS) return null;
  }
  if (m[4]) {
    part.row = Number(m[4]) - 1;
    if (part.row < 0 || part.row >= MAX_ROWS) return null;
  }
  return part;
}

/** Splits "'It''s'!A1" into sheet "It's" and "A1"; null sheet when there is none. */
export function splitSheet(address: string): { sheet?: string; ref: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { ref: address.trim() };
  let sheet = address.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: address.slice(bang + 1).trim() };
}

/** Parses an address; null when Excel would reject it. */
export function parseAddress(address: string): ParsedAddress | null {
  if (typeof address !== "string") return null;
  const { sheet, ref } = splitSheet(address);
  const pieces = ref.split(":");
  if (pieces.length > 2 || ref === "") return null;
  const a = parsePart(pieces[0]);
  const b = pieces.length === 2 ? parsePart(pieces[1]) : a;
  if (!a || !b) return null;
  const colsOnly = a.row === undefined && b.row === undefined;
  const rowsOnly = a.col === undefined && b.col === undefined;
  if (pieces.length === 1 && (a.row === undefined || a.col === undefined)) return null;
  if (!colsOnly && !rowsOnly && (a.row === undefined || a.col === undefined || b.row === undefined || b.col === undefined)) return null;
  const r1 = colsOnly ? 0 : a.row!;
  const r2 = colsOnly ? MAX_ROWS - 1 : b.row!;
  const c1 = rowsOnly ? 0 : a.col!;
  const c2 = rowsOnly ? MAX_COLUMNS - 1 : b.col!;
  return {
    sheet,
    rect: { r1: Math.min(r1, r2), r2: Math.max(r1, r2), c1: Math.min(c1, c2), c2: Math.max(c1, c2) },
  };
}

export function isWholeColumns(rect: Rect): boolean {
  return rect.r1 === 0 && rect.r2 === MAX_ROWS - 1;
}

export function isWholeRows(rect: Rect): boolean {
  return rect.c1 === 0 && rect.c2 === MAX_COLUMNS - 1;
}

/** "B2:D5", "B2", "A:C" or "4:6" (no sheet). */
export function rectAddress(rect: Rect): string {
  if (isWholeColumns(rect) && !isWholeRows(rect)) return `${columnLetter(rect.c1)}:${columnLetter(rect.c2)}`;
  if (isWholeRows(rect) && !isWholeColumns(rect)) return `${rect.r1 + 1}:${rect.r2 + 1}`;
  const a = `${columnLetter(rect.c1)}${rect.r1 + 1}`;
  if (rect.r1 === rect.r2 && rect.c1 === rect.c2) return a;
  return `${a}:${columnLetter(rect.c2)}${rect.r2 + 1}`;
}

/** Sheet name as Excel writes it in an address: quoted unless it is a plain identifier. */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "Blad1!B2:D5" like `Range.address`. */
export function fullAddress(sheetName: string, rect: Rect): string {
  return `${quoteSheetName(sheetName)}!${rectAddress(rect)}`;
}

export function rectCells(rect: Rect): number {
  return (rect.r2 - rect.r1 + 1) * (rect.c2 - rect.c1 + 1);
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

export function rectContains(outer: Rect, r: number, c: number): boolean {
  return r >= outer.r1 && r <= outer.r2 && c >= outer.c1 && c <= outer.c2;
}

/** A1 addressing helpers (0-based row/column indexes). */

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (row 0, col 0) → "A1". */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** A1 range from 0-based corners, inclusive: (0,0,2,3) → "A1:D3". */
export function a1Range(row1: number, col1: number, row2: number, col2: number): string {
  return `${a1(row1, col1)}:${a1(row2, col2)}`;
}

/** "C7" → { row: 6, col: 2 }; returns null for anything that is not a single A1 cell. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** "B2:D5" (or "B2") → corners, 0-based inclusive; null when malformed. */
export function parseRange(range: string): { row1: number; col1: number; row2: number; col2: number } | null {
  const parts = range.split(":");
  const a = parseA1(parts[0]);
  const b = parts.length > 1 ? parseA1(parts[1]) : a;
  if (!a || !b || parts.length > 2) return null;
  return {
    row1: Math.min(a.row, b.row),
    col1: Math.min(a.col, b.col),
    row2: Math.max(a.row, b.row),
    col2: Math.max(a.col, b.col),
  };
}

import type { CellValue } from "../../model/raw";

/**
 * The insats name of a cell that may carry an ekonomisystem code before it (issue 14 pattern 5):
 * "7100 Jobbstöd", "7100 - Jobbstöd", "P123: Jobbstöd" → "Jobbstöd"; a bare code (7100, "P123") stays the code,
 * since no name is written. A year ("2024 Uppföljning") is not a code.
 */
const CODE_NAME = /^([A-Z]{0,2}\d{3,8}[A-Z]?)\s*[-–:]?\s+(\S*\p{L}.*)$/iu;

export function withoutCode(text: string): string {
  const m = CODE_NAME.exec(text.trim());
  if (!m) return text.trim();
  const n = Number(m[1]);
  if (/^\d{4}$/.test(m[1]) && n >= 1990 && n <= 2099) return text.trim();
  return m[2].trim();
}

export function insatsNameOf(v: CellValue | undefined): string | undefined {
  if (v === null || v === undefined) return undefined;
  const t = typeof v === "number" ? String(v) : typeof v === "string" ? v.trim() : String(v);
  if (t === "") return undefined;
  return withoutCode(t);
}

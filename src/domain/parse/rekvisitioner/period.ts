import type { CellValue } from "../../model/raw";
import { parsePeriod, type PeriodParse } from "../../text/period";

/**
 * The period of a claim as insatser write it on their forms, read by text/period.ts after these rewrites:
 * - a date range with a double hyphen or "till": "2024-01-01--2024-03-31", "2024-01-01 till 2024-03-31" → "2024-01-01 - 2024-03-31";
 * - a quarter or half-year with a two-digit year: "Q1 -22", "Q1-22", "Q1 '22", "kv 1 -24", "H1 -22" → "2022-Q1";
 * - "Kvartal 1, 2022", "1:a kvartalet 2022", "kvartal 1 -22" → "2022-Q1"; "Halvår 1, 2022", "1:a halvåret 2022" → "2022-H1".
 * Anything else is parsePeriod's answer (and its message) for the text as written.
 */
export function parseClaimPeriod(v: CellValue | undefined): PeriodParse {
  const first = parsePeriod(v ?? null);
  if (first.kind !== "error" || typeof v !== "string") return first;
  const rewritten = rewrite(v);
  if (rewritten === undefined) return first;
  const second = parsePeriod(rewritten);
  return second.kind === "period" ? second : first;
}

const DASHES = /[\u2010-\u2015\u2212]/g;
const DATE = "(\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}\\s*\\d{4})";
const DATE_RANGE = new RegExp(`^${DATE}\\s*(?:--+|till|t\\.?o\\.?m\\.?)\\s*${DATE}$`);
const QUARTER_SHORT = /^(q|kv|kvartal|h|halvår|halvar)\s*\.?\s*([1-4])\s*(?:[-,'’/]\s*|\s+)(\d{2}|\d{4})$/;
const ORDINAL = /^([1-4])\s*(?::?[ae])?\s*(kvartalet|kvartal|halvåret|halvår)\s*[-,'’]?\s*(\d{2}|\d{4})$/;

function rewrite(text: string): string | undefined {
  const s = text.trim().toLowerCase().replace(DASHES, "-").replace(/\s+/g, " ");
  let m = DATE_RANGE.exec(s);
  if (m) return `${m[1]} - ${m[2]}`;
  m = QUARTER_SHORT.exec(s);
  if (m) return part(m[1].startsWith("h") ? "H" : "Q", m[2], m[3]);
  m = ORDINAL.exec(s);
  if (m) return part(m[2].startsWith("h") ? "H" : "Q", m[1], m[3]);
  return undefined;
}

function part(kind: "Q" | "H", n: string, year: string): string | undefined {
  if (kind === "H" && Number(n) > 2) return undefined;
  const y = year.length === 2 ? 2000 + Number(year) : Number(year);
  return `${y}-${kind}${n}`;
}

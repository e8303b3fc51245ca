import type { CellValue } from "../model/raw";
import { isExcelError } from "./excel-error";

/**
 * Result of reading a number from a cell. `unitFactor` is set when the TEXT carried its own unit
 * ("12 tkr" → value 12 000, unitFactor 1000; "72 %" → 0.72, unitFactor 0.01; "6 028 000 kr" → unitFactor 1):
 * the value is then already scaled and a column unit (tkr in the header) must not be applied again.
 */
export type NumberParse = { kind: "number"; value: number; unitFactor?: number } | { kind: "empty" } | { kind: "error"; reason: string };

const EMPTY: NumberParse = { kind: "empty" };

/** Spaces used as thousands separators: space, no-break, thin, narrow no-break, figure, punctuation space, apostrophe. */
const SPACES_RE = /[\s\u00a0\u2007\u2008\u2009\u200a\u202f']/g;
/** Minus signs: unicode minus, en dash, figure dash, small/full-width hyphen-minus. */
const MINUS_RE = /[\u2212\u2013\u2012\ufe63\uff0d]/g;
const SIMPLE_INT_RE = /^-?\d{1,15}$/;
/** Digits with optional separators; validated further below. */
const BODY_RE = /^(\d[\d .,]*)$/;
const GROUPED_SPACE_RE = /^\d{1,3}( \d{3})+$/;
const GROUPED_DOT_RE = /^\d{1,3}(\.\d{3})+$/;
const GROUPED_COMMA_RE = /^\d{1,3}(,\d{3})+$/;

/** Unit suffix at the end of the text (lowercased) → factor to kronor. */
const UNIT_RE = /^(.*?)\s*(miljoner kronor|miljoner|kronor|tkr|tsek|tsk|ksek|mkr|mnkr|msek|milj|mn|sek|kr|:-|,-|%)\.?$/;
/** A lone dash (or two) is how tables write "nothing": read as empty, never as 0. */
const LONE_DASH_RE = /^[-\u2212\u2013\u2014]{1,2}$/;
const UNIT_FACTORS: Record<string, number> = {
  "miljoner kronor": 1e6,
  miljoner: 1e6,
  kronor: 1,
  tkr: 1000,
  tsek: 1000,
  tsk: 1000,
  ksek: 1000,
  mkr: 1e6,
  mnkr: 1e6,
  msek: 1e6,
  milj: 1e6,
  mn: 1e6,
  sek: 1,
  kr: 1,
  ":-": 1,
  ",-": 1,
  "%": 0.01,
};

function fail(text: string): NumberParse {
  return { kind: "error", reason: `"${text}" är inte ett tal` };
}

/**
 * Reads a Swedish-written number: numbers as they are; text such as "1 234", "1 234,5", "−1 326",
 * "(1 326)" (negative), "6 028 000 kr", "72%" / "72 %" (→ 0.72), "1,5 mkr" (→ 1 500 000), "12 tkr" (→ 12 000),
 * with ordinary, no-break or thin spaces as thousands separators. Comma is the decimal separator; a dot is
 * a decimal point too, except "1.234" / "1.234.567" (dots between groups of three digits = thousands).
 * Text that is not a number ("?", "ca 100") and Excel errors ("#REF!") give `kind: "error"`; blank or a lone
 * dash ("-", "–") gives `empty`.
 */
export function parseSvNumber(v: CellValue | undefined): NumberParse {
  if (typeof v === "number") {
    return Number.isFinite(v) ? { kind: "number", value: v } : { kind: "error", reason: "talet är inte ändligt" };
  }
  if (v === null || v === undefined) return EMPTY;
  if (typeof v === "boolean") return { kind: "error", reason: `${v ? "SANT" : "FALSKT"} är inte ett tal` };
  if (SIMPLE_INT_RE.test(v)) return { kind: "number", value: Number(v) };
  const original = v.trim();
  if (original === "" || LONE_DASH_RE.test(original)) return EMPTY;
  if (isExcelError(original)) return { kind: "error", reason: `Excel-felvärdet ${original.toUpperCase()}` };
  return parseText(original);
}

function parseText(original: string): NumberParse {
  let s = original.replace(SPACES_RE, " ").replace(MINUS_RE, "-").toLowerCase().trim();
  let negative = false;
  let unitFactor: number | undefined;
  for (let pass = 0; pass < 2; pass++) {
    if (s.length > 2 && s.startsWith("(") && s.endsWith(")")) {
      negative = !negative;
      s = s.slice(1, -1).trim();
    }
    const u = unitFactor === undefined ? UNIT_RE.exec(s) : null;
    if (u && u[1] !== "") {
      unitFactor = UNIT_FACTORS[u[2]];
      s = u[1].trim();
    }
  }
  if (s.startsWith("-") || s.startsWith("+")) {
    if (s[0] === "-") negative = !negative;
    s = s.slice(1).trim();
  } else if (s.endsWith("-")) {
    negative = !negative;
    s = s.slice(0, -1).trim();
  }
  if (!BODY_RE.test(s)) return fail(original);
  if (s.includes(" ")) {
    // Spaces must group thousands in the integer part: "1 234" is fine, "12 34" is not.
    const commaAt = s.indexOf(",");
    const intPart = commaAt >= 0 ? s.slice(0, commaAt) : s;
    const frac = commaAt >= 0 ? s.slice(commaAt) : "";
    if (!GROUPED_SPACE_RE.test(intPart.trim()) || frac.includes(" ")) return fail(original);
    s = s.replace(/ /g, "");
  }
  const value = toNumber(s);
  if (value === undefined) return fail(original);
  const scaled = unitFactor === undefined ? value : value * unitFactor;
  if (!Number.isFinite(scaled)) return { kind: "error", reason: `"${original}" är för stort för att vara ett belopp` };
  const signed = negative && scaled !== 0 ? -scaled : scaled;
  return unitFactor === undefined ? { kind: "number", value: signed } : { kind: "number", value: signed, unitFactor };
}

/** Digits with at most one kind of decimal separator; returns undefined when ambiguous or malformed. */
function toNumber(body: string): number | undefined {
  const commas = countChar(body, ",");
  const dots = countChar(body, ".");
  let normalized: string;
  if (commas === 0 && dots === 0) normalized = body;
  else if (commas === 1 && dots === 0) normalized = body.replace(",", ".");
  else if (commas === 0 && dots === 1) normalized = GROUPED_DOT_RE.test(body) ? body.replace(".", "") : body;
  else if (commas === 0 && dots > 1) {
    if (!GROUPED_DOT_RE.test(body)) return undefined;
    normalized = body.replace(/\./g, "");
  } else if (commas > 1 && dots === 0) {
    if (!GROUPED_COMMA_RE.test(body)) return undefined;
    normalized = body.replace(/,/g, "");
  } else {
    // Both kinds: the last one is the decimal separator, the other groups thousands.
    const lastComma = body.lastIndexOf(",");
    const lastDot = body.lastIndexOf(".");
    const dec = lastComma > lastDot ? "," : ".";
    const grp = dec === "," ? "." : ",";
    if (countChar(body, dec) !== 1) return undefined;
    const [intPart, frac] = body.split(dec);
    const groupRe = grp === "." ? GROUPED_DOT_RE : GROUPED_COMMA_RE;
    if (!groupRe.test(intPart)) return undefined;
    normalized = intPart.split(grp).join("") + "." + frac;
  }
  if (normalized === "" || normalized.endsWith(".")) return undefined;
  const n = Number(normalized);
  return Number.isFinite(n) ? n : undefined;
}

function countChar(s: string, ch: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s[i] === ch) n++;
  return n;
}

/** Number of decimals as written ("1 234,50" → 2; 12.5 → 1; 1000 → 0), capped at 6. Used to compare sums at the written precision. */
export function writtenDecimals(v: CellValue | undefined): number {
  if (typeof v === "number") {
    if (Number.isInteger(v)) return 0;
    for (let d = 1; d <= 6; d++) if (Math.abs(Math.round(v * 10 ** d) - v * 10 ** d) < 1e-6) return d;
    return 6;
  }
  if (typeof v !== "string") return 0;
  const t = v.replace(TRAILING_NON_DIGITS_RE, "");
  const comma = t.lastIndexOf(",");
  if (comma >= 0) return Math.min(t.length - comma - 1, 6);
  const dot = t.lastIndexOf(".");
  if (dot < 0 || GROUPED_DOT_RE.test(t.replace(LEADING_NON_DIGITS_RE, ""))) return 0;
  return Math.min(t.length - dot - 1, 6);
}
const TRAILING_NON_DIGITS_RE = /\D+$/;
const LEADING_NON_DIGITS_RE = /^\D+/;

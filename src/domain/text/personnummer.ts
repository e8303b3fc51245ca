import type { CellValue } from "../model/raw";

/**
 * Recognises values that look like Swedish personnummer or samordningsnummer, so that they can be
 * reported (privacy warning DELT_PERSONNUMMER) and NEVER copied to any output.
 *
 * Forms: ÅÅMMDD-NNNN, ÅÅMMDD+NNNN, ÅÅMMDDNNNN, ÅÅÅÅMMDD-NNNN, ÅÅÅÅMMDDNNNN, with any dash (en dash, U+2011, …),
 * "_", "/", any space (no-break space, " - ") as separator, spaces between the digits ("12 12 12-1212") and
 * full-width or other compatibility digits (NFKC),
 * inside longer text too ("Anna 19121212-1212"), and numbers with 10 or 12 digits (a 9-digit number is read
 * as a 10-digit one whose leading zero Excel dropped). The date part must be plausible: month 01–12, day
 * 01–31 (samordningsnummer: day + 60, i.e. 61–91) and within the month; with a century the year must be
 * 1800–2099. The Luhn check of the last ten digits is a confidence signal only: a value with a plausible
 * date is reported whether or not its check digit is right.
 */

export interface PersonnummerMatch {
  /** True when the Luhn check digit is right (the value is then very likely a real personnummer). */
  luhn: boolean;
}

/**
 * Digit runs that could be a personnummer, matched on NORMALISED text (normaliseForMatch): 6 or 8 date digits and
 * 4 digits, single spaces allowed between digits ("12 12 12-1212"), one optional separator (-, +, _, /) with up
 * to three spaces on either side (" - "), or up to three spaces alone, not inside a longer digit run. Group 1 and 2 still hold the spaces.
 */
const CANDIDATE_RE = /(?<!\d)((?:\d ?){5,7}\d) {0,3}(?:[-+_/] {0,3})?((?:\d ?){3}\d)(?!\d)/g;

/** Dashes of every kind (hyphen, U+2010–2015 incl. the non-breaking hyphen U+2011 and en/em dash, minus sign, small and full-width hyphen-minus). */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u00AD\u2043]/;
/** Spaces of every kind (tab, no-break space, U+2000–200B, narrow no-break space, ideographic space, …). */
const SPACES = /[\t\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000\uFEFF]/;
/** Full-width digits and other compatibility forms NFKC maps to 0–9. */
const DIGIT_LIKE = /[\uFF10-\uFF19\u2070-\u2079\u2080-\u2089\u00B2\u00B3\u00B9\u0660-\u0669\u06F0-\u06F9\u0966-\u096F]/;

/**
 * The text with every dash as "-", every space as " " and every digit form as 0–9 (NFKC per character), with
 * the SAME length in UTF-16 units as the input, so a match's index is the index in the original text.
 * Characters whose NFKC form is not a single digit are kept as they are.
 */
export function normaliseForMatch(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = ch.charCodeAt(0);
    if (code < 0x80) out += ch;
    else if (DASHES.test(ch)) out += "-";
    else if (SPACES.test(ch)) out += " ";
    else if (DIGIT_LIKE.test(ch)) {
      const n = ch.normalize("NFKC");
      out += n.length === 1 && n >= "0" && n <= "9" ? n : ch;
    } else out += ch;
  }
  return out;
}

/** Digits only ("12 12 12" → "121212"). */
function digitsOf(s: string): string {
  return s.replace(/ /g, "");
}

const MAX_DAY = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Luhn check over ten digits (ÅÅMMDDNNNN): weights 2,1,2,1,… from the left; sum of digit sums ≡ 0 (mod 10). */
export function luhnOk(tenDigits: string): boolean {
  if (tenDigits.length !== 10) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = tenDigits.charCodeAt(i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** True when the date digits (ÅÅMMDD or ÅÅÅÅMMDD) form a plausible birth date (day + 60 allowed). */
export function plausibleDate(dateDigits: string): boolean {
  const withCentury = dateDigits.length === 8;
  if (withCentury) {
    const year = Number(dateDigits.slice(0, 4));
    if (year < 1800 || year > 2099) return false;
  }
  const off = withCentury ? 4 : 2;
  const month = Number(dateDigits.slice(off, off + 2));
  let day = Number(dateDigits.slice(off + 2, off + 4));
  if (month < 1 || month > 12) return false;
  if (day > 60) day -= 60;
  return day >= 1 && day <= MAX_DAY[month];
}

function checkDigits(dateDigits: string, lastFour: string): PersonnummerMatch | null {
  if ((dateDigits.length !== 6 && dateDigits.length !== 8) || lastFour.length !== 4) return null;
  if (!plausibleDate(dateDigits)) return null;
  const ten = (dateDigits.length === 8 ? dateDigits.slice(2) : dateDigits) + lastFour;
  return { luhn: luhnOk(ten) };
}

/** Quick filter: at least ten digits (of any script or width) in the text. */
function enoughDigits(s: string): boolean {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (((ch >= 48 && ch <= 57) || (ch >= 0x80 && DIGIT_LIKE.test(s[i]))) && ++n >= 10) return true;
  }
  return false;
}

/** The first personnummer-like part of a text, or null. */
export function findPersonnummerInText(text: string): PersonnummerMatch | null {
  if (text.length < 10 || !enoughDigits(text)) return null;
  for (const m of normaliseForMatch(text).matchAll(CANDIDATE_RE)) {
    const hit = checkDigits(digitsOf(m[1]), digitsOf(m[2]));
    if (hit) return hit;
  }
  return null;
}

/** A personnummer-like cell value (text or number), or null. */
export function findPersonnummer(v: CellValue | undefined): PersonnummerMatch | null {
  if (typeof v === "number") {
    if (!Number.isInteger(v) || v < 1e8 || v >= 1e12) return null;
    let s = String(v);
    if (s.length === 9) s = `0${s}`;
    if (s.length === 10) return checkDigits(s.slice(0, 6), s.slice(6));
    if (s.length === 12) return checkDigits(s.slice(0, 8), s.slice(8));
    return null;
  }
  if (typeof v !== "string") return null;
  return findPersonnummerInText(v);
}

/** True when the value looks like a personnummer or samordningsnummer (see findPersonnummer). */
export function looksLikePersonnummer(v: CellValue | undefined): boolean {
  return findPersonnummer(v) !== null;
}

/**
 * The text with every personnummer-like part replaced by "[personnummer dolt]": matched on the normalised text
 * (every dash, space and digit form, see normaliseForMatch), replaced in the original.
 */
export function maskPersonnummer(text: string): string {
  if (text.length < 10 || !enoughDigits(text)) return text;
  let out = "";
  let last = 0;
  for (const m of normaliseForMatch(text).matchAll(CANDIDATE_RE)) {
    if (!checkDigits(digitsOf(m[1]), digitsOf(m[2]))) continue;
    out += `${text.slice(last, m.index)}[personnummer dolt]`;
    last = m.index + m[0].length;
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * Text of a cell value that is safe to quote in a message or an output cell: the value itself, or
 * "(dolt värde)" when it looks like a personnummer. Long values are cut to 40 characters.
 */
export function safeText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (findPersonnummer(v)) return "(dolt värde)";
  const s = String(v).trim();
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

import type { CellValue } from "../domain/model";

/**
 * Approximate display of Excel number formats in Swedish (sv-SE) for the demo grid:
 * thousands separator non-breaking space, decimal comma. Supports General, 0/#/,/. placeholders,
 * trailing-comma scaling (`#,##0,` shows kronor as tkr), percent, quoted literals, sections
 * (positive;negative;zero), colours/locale tags (ignored) and date formats (yyyy, mm, dd, mmm …).
 */

const NBSP = "\u00a0";
const MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
const MONTHS_LONG = [
  "januari",
  "februari",
  "mars",
  "april",
  "maj",
  "juni",
  "juli",
  "augusti",
  "september",
  "oktober",
  "november",
  "december",
];

/** Splits a format into sections on ";" outside quotes. */
function sections(format: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** The format with [Red], [$-41D] and the like removed. */
function stripTags(section: string): string {
  return section.replace(/\[[^\]]*\]/g, "");
}

/** Parts of a section outside quotes (with `\x` and `_x` handled) → "code" text and literal text kept in place. */
function tokenize(section: string): { code: string; literal: boolean }[] {
  const tokens: { code: string; literal: boolean }[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      tokens.push({ code: section.slice(i + 1, stop), literal: true });
      i = stop;
    } else if (ch === "\\") {
      tokens.push({ code: section[i + 1] ?? "", literal: true });
      i++;
    } else if (ch === "_") {
      tokens.push({ code: " ", literal: true });
      i++;
    } else if (ch === "*") {
      i++;
    } else tokens.push({ code: ch, literal: false });
  }
  return tokens;
}

function isDateFormat(code: string): boolean {
  return /[ymdhs]/i.test(code) && !/[0#?]/.test(code);
}

/** Excel 1900 serial → UTC date parts (serial 60 is Excel's phantom 1900-02-29; ignored here). */
function serialToParts(serial: number): { y: number; m: number; d: number } {
  const ms = Math.round((serial - 25569) * 86400000);
  const dt = new Date(ms);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

function formatDate(serial: number, code: string): string {
  const { y, m, d } = serialToParts(serial);
  const p2 = (n: number) => String(n).padStart(2, "0");
  return code.replace(/yyyy|yy|mmmm|mmm|mm|m|dd|d|[hs]+|AM\/PM/gi, (t) => {
    switch (t.toLowerCase()) {
      case "yyyy":
        return String(y);
      case "yy":
        return p2(y % 100);
      case "mmmm":
        return MONTHS_LONG[m - 1];
      case "mmm":
        return MONTHS[m - 1];
      case "mm":
        return p2(m);
      case "m":
        return String(m);
      case "dd":
        return p2(d);
      case "d":
        return String(d);
      default:
        return "00";
    }
  });
}

/** Digits with a non-breaking space every three from the right. */
function group(intDigits: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
}

/** General: up to 10 significant digits, no grouping, decimal comma. */
export function formatGeneral(n: number): string {
  if (!Number.isFinite(n)) return "#NUM!";
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) return n.toExponential(5).replace(".", ",").replace("e+", "E+").replace("e-", "E-");
  return String(Number(n.toPrecision(10))).replace(".", ",");
}

/** One numeric section applied to a non-negative number. */
function formatNumberSection(abs: number, tokens: { code: string; literal: boolean }[]): string {
  const code = tokens
    .filter((t) => !t.literal)
    .map((t) => t.code)
    .join("");
  const percents = (code.match(/%/g) ?? []).length;
  let value = abs * 100 ** percents;
  const lastPlaceholder = Math.max(code.lastIndexOf("0"), code.lastIndexOf("#"), code.lastIndexOf("?"));
  const trailing = /^,+/.exec(code.slice(lastPlaceholder + 1));
  if (trailing) value /= 1000 ** trailing[0].length;
  const dot = code.indexOf(".");
  const decimals = dot < 0 ? 0 : (code.slice(dot + 1).match(/[0#?]/g) ?? []).length;
  const minDecimals = dot < 0 ? 0 : (code.slice(dot + 1).match(/0/g) ?? []).length;
  const intPart = dot < 0 ? code : code.slice(0, dot);
  const grouping = /[0#?],[0#?]/.test(intPart);
  const minInt = (intPart.match(/0/g) ?? []).length;
  let [int, frac = ""] = value.toFixed(decimals).split(".");
  while (frac.length > minDecimals && frac.endsWith("0")) frac = frac.slice(0, -1);
  if (minInt === 0 && int === "0") int = "";
  const number = (grouping ? group(int) : int) + (frac ? `,${frac}` : "");
  // Rebuild: literals before the first placeholder, the number, then literals and % after it.
  let before = "";
  let after = "";
  let seenNumber = false;
  for (const t of tokens) {
    const isPlaceholder = !t.literal && /[0#?.,]/.test(t.code);
    if (isPlaceholder) seenNumber = true;
    else if (t.literal || t.code === "%" || t.code === " " || t.code === "-" || t.code === "(" || t.code === ")") {
      if (seenNumber) after += t.code;
      else before += t.code;
    }
  }
  return `${before}${number}${after}`;
}

/**
 * Text under a number format: as typed, unless the format has a 4th (text) section — then that section with
 * "@" replaced by the text and quoted literals unquoted; an empty one (";;;", Finsam's output marker) hides it.
 */
function formatText(value: string, format: string): string {
  const secs = format ? sections(format) : [];
  if (secs.length < 4) return value;
  return secs[3].replace(/"([^"]*)"|@/g, (m, lit: string | undefined) => (m === "@" ? value : (lit ?? "")));
}

/** The text Excel (approximately) shows for `value` with number format `format`. */
export function formatCell(value: CellValue, format: string | null | undefined): string {
  if (value === null || value === "") return "";
  if (typeof value === "boolean") return value ? "SANT" : "FALSKT";
  const f = (format ?? "").trim();
  if (typeof value === "string") return formatText(value, f);
  if (!f || f.toLowerCase() === "general" || f === "@") return formatGeneral(value);
  const secs = sections(f).map(stripTags);
  let section = secs[0];
  let sign = value < 0 ? "-" : "";
  if (value < 0 && secs.length > 1 && secs[1] !== "") {
    section = secs[1];
    sign = "";
  } else if (value === 0 && secs.length > 2 && secs[2] !== "") section = secs[2];
  const tokens = tokenize(section);
  const code = tokens
    .filter((t) => !t.literal)
    .map((t) => t.code)
    .join("");
  if (code.toLowerCase() === "general") return sign + formatGeneral(Math.abs(value));
  if (isDateFormat(code)) return formatDate(value, tokens.map((t) => t.code).join(""));
  if (!/[0#?]/.test(code)) return tokens.map((t) => t.code).join("");
  const text = formatNumberSection(Math.abs(value), tokens);
  return sign && /[1-9]/.test(text) ? sign + text : text;
}

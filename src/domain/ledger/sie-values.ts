import type { IsoDate } from "../model";
import { formatSv } from "../text/format";

/** The values of SIE 4 records: amounts (kronor with a decimal point → öre), dates ÅÅÅÅMMDD and periods ÅÅÅÅMM. */

const AMOUNT_RE = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;
const DATE_RE = /^(\d{4})(\d{2})(\d{2})$/;
export const PERIOD_RE = /^(\d{4})(\d{2})$/;

/**
 * SIE amount "1234.50" / "-100" / "0.125" → whole öre, computed from the digits (no binary floating point: "1.005" is
 * 101 öre, "0.125" 13 and "-0.125" −13, half away from zero, so a verifikation that balances in the file still
 * balances); "-0.00" is 0, never −0. Undefined when it is not a SIE amount (or beyond 2^53 öre).
 */
export function parseSieAmount(s: string | undefined): number | undefined {
  if (s === undefined || !AMOUNT_RE.test(s)) return undefined;
  const neg = s.charCodeAt(0) === 45;
  const body = neg || s.charCodeAt(0) === 43 ? s.slice(1) : s;
  const dot = body.indexOf(".");
  const int = dot < 0 ? body : body.slice(0, dot);
  const frac = dot < 0 ? "" : body.slice(dot + 1);
  if (int.length > 15) return undefined;
  let ore = Number(int || "0") * 100 + Number((frac + "00").slice(0, 2));
  if (frac.length > 2 && frac.charCodeAt(2) >= 53) ore++;
  if (!Number.isSafeInteger(ore)) return undefined;
  return ore === 0 ? 0 : neg ? -ore : ore;
}

/** True when the amount has non-zero digits beyond the öre ("0.125", not "150.000"): it was rounded. */
export function sieAmountRounded(s: string): boolean {
  const dot = s.indexOf(".");
  return dot >= 0 && s.length - dot > 3 && /[1-9]/.test(s.slice(dot + 3));
}

const dateCache = new Map<string, IsoDate | undefined>();

/** SIE date "20240630" → "2024-06-30"; undefined for anything else or an impossible date. Cached: dates repeat. */
export function parseSieDate(s: string | undefined): IsoDate | undefined {
  if (s === undefined) return undefined;
  if (dateCache.has(s)) return dateCache.get(s);
  const d = parseDateUncached(s);
  if (dateCache.size > 10_000) dateCache.clear();
  dateCache.set(s, d);
  return d;
}

function parseDateUncached(s: string): IsoDate | undefined {
  const m = DATE_RE.exec(s);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** Öre as Swedish kronor text with two decimals: −12345 → "−123,45". */
export function formatOre(ore: number): string {
  return formatSv(ore / 100, 2);
}

/** Metadata records of the standard that the bokslut does not need: read without a finding. */
export const METADATA = new Set([
  "#FLAGGA",
  "#PROGRAM",
  "#GEN",
  "#KSUMMA",
  "#ADRESS",
  "#BKOD",
  "#VALUTA",
  "#KPTYP",
  "#SRU",
  "#ENHET",
  "#TAXAR",
  "#PROSA",
  "#FTYP",
  "#FNR",
  "#UNDERDIM",
]);

export const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 13 || c === 10;

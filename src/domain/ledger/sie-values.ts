import type { IsoDate } from "../model";
import { formatSv } from "../text/format";

/** The values of SIE 4 records: amounts (kronor with a decimal point → öre), dates ÅÅÅÅMMDD and periods ÅÅÅÅMM. */

const DATE_RE = /^(\d{4})(\d{2})(\d{2})$/;
export const PERIOD_RE = /^(\d{4})(\d{2})$/;

/**
 * SIE amount "1234.50" / "-100" / "0.125" → whole öre, computed from the digits (no binary floating point: "1.005" is
 * 101 öre, "0.125" 13 and "-0.125" −13, half away from zero, so a verifikation that balances in the file still
 * balances); "-0.00" is 0, never −0. Undefined when it is not a SIE amount (or beyond 2^53 öre).
 */
export function parseSieAmount(s: string | undefined): number | undefined {
  if (s === undefined || s.length === 0) return undefined;
  // One pass over the characters, no substrings (200 000 amounts: no garbage for the collector).
  const n = s.length;
  let i = 0;
  let c = s.charCodeAt(0);
  const neg = c === 45;
  if (neg || c === 43) i = 1;
  let int = 0;
  let digits = 0;
  let frac = 0;
  let fd = 0;
  let up = false;
  let dot = false;
  for (; i < n; i++) {
    c = s.charCodeAt(i);
    if (c === 46) {
      if (dot) return undefined;
      dot = true;
      continue;
    }
    if (c < 48 || c > 57) return undefined;
    if (!dot) {
      int = int * 10 + (c - 48);
      digits++;
    } else {
      if (fd < 2) frac = frac * 10 + (c - 48);
      else if (fd === 2) up = c >= 53;
      fd++;
    }
  }
  if (digits + fd === 0 || digits > 15) return undefined;
  const ore = int * 100 + (fd === 1 ? frac * 10 : frac) + (up ? 1 : 0);
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

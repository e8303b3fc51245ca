import type { IsoDate } from "../model";
import { formatSv } from "../text/format";

/** The values of SIE 4 records: amounts (kronor with a decimal point → öre), dates ÅÅÅÅMMDD and periods ÅÅÅÅMM. */

const AMOUNT_RE = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;
const DATE_RE = /^(\d{4})(\d{2})(\d{2})$/;
export const PERIOD_RE = /^(\d{4})(\d{2})$/;

/** SIE amount "1234.50" / "-100" → öre; undefined when it is not a SIE amount. */
export function parseSieAmount(s: string | undefined): number | undefined {
  if (s === undefined || !AMOUNT_RE.test(s)) return undefined;
  const ore = Math.round(Number(s) * 100);
  return Number.isSafeInteger(ore) ? ore : undefined;
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

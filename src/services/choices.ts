import { defaultTill, isIsoDate, periodValForTill } from "./period";
import type { PaneChoices, PeriodVal } from "./types";

/** The workbook setting that holds the pane's last choices (JSON: PaneChoices). */
export const PANE_CHOICES_KEY = "finsam.val";

/** Years a saved choice may name; anything else is treated as damaged. */
const MIN_AR = 2000;
const MAX_AR = 2100;

const isAr = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= MIN_AR && (v as number) <= MAX_AR;

function parsePeriodVal(v: unknown): PeriodVal | null {
  if (!v || typeof v !== "object") return null;
  const o = v as Record<string, unknown>;
  switch (o.typ) {
    case "kvartal":
      return isAr(o.ar) && (o.nr === 1 || o.nr === 2 || o.nr === 3 || o.nr === 4) ? { typ: "kvartal", ar: o.ar, nr: o.nr } : null;
    case "halvar":
      return isAr(o.ar) && (o.nr === 1 || o.nr === 2) ? { typ: "halvar", ar: o.ar, nr: o.nr } : null;
    case "helar":
      return isAr(o.ar) ? { typ: "helar", ar: o.ar } : null;
    case "datum":
      return typeof o.fran === "string" && typeof o.till === "string" && isIsoDate(o.fran) && isIsoDate(o.till)
        ? { typ: "datum", fran: o.fran, till: o.till }
        : null;
    default:
      return null;
  }
}

/**
 * Choices read back from the workbook (an object, or its JSON text). Null when the value is missing or
 * damaged in any part: the pane then starts from its defaults instead of half-remembered choices.
 */
export function parseChoices(value: unknown): PaneChoices | null {
  let data = value;
  if (typeof value === "string") {
    try {
      data = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (!data || typeof data !== "object") return null;
  const o = data as Record<string, unknown>;
  const period = parsePeriodVal(o.period);
  if (!period) return null;
  if (!Array.isArray(o.avvalda) || !o.avvalda.every((k) => typeof k === "string")) return null;
  const publicering = o.publicering === undefined ? null : o.publicering;
  if (publicering !== null && publicering !== 3 && publicering !== 5) return null;
  return { period, avvalda: [...new Set(o.avvalda as string[])], publicering };
}

/**
 * The pane's first choices: the period ending `initialTill` (the demo's example) or the last completed
 * quarter before today, counted from 1 January; every report on; Publicering off.
 */
export function defaultChoices(idag: string, initialTill?: string): PaneChoices {
  const till = initialTill && isIsoDate(initialTill) ? initialTill : defaultTill(idag);
  return { period: periodValForTill(till), avvalda: [], publicering: null };
}

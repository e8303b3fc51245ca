import type { BudgetRad, Insats, IsoDate } from "../model";

/**
 * Periodisering: a yearly budget spread linearly over the units (months or days) in which
 * the insats is active, then summed over the part that falls inside a report window.
 *
 *   periodiseradBudget(insats, fran, till) = Σ_y budgetPerAr[y] × aktiva(y ∩ [fran, till]) / aktiva(y)
 *
 * where aktiva(y) = units of calendar year y on which the insats is active (between start and slut).
 * Default unit: whole months — a month counts when the insats is active on at least one day of it
 * (as in every source). Mode "dagar": units are days.
 *
 * Reproduces Uppsala delår 2024: Jobbcentrum 2 652 tkr for 2024, active all year,
 * window 2024-01-01 – 2024-06-30 → 2 652 × 6/12 = 1 326 tkr.
 */
export type PeriodiseringsLage = "manader" | "dagar";

/** Inclusive interval of ISO dates. */
export interface Intervall {
  from: IsoDate;
  to: IsoDate;
}

const MS_PER_DAY = 86_400_000;

/** ISO date → whole days since 1970-01-01 (UTC); NaN when not a valid "ÅÅÅÅ-MM-DD". */
export function dayNumber(iso: IsoDate): number {
  let n = dayNumberCache.get(iso);
  if (n === undefined) {
    if (dayNumberCache.size >= 100_000) dayNumberCache.clear();
    n = raknaDagnummer(iso);
    dayNumberCache.set(iso, n);
  }
  return n;
}

/** Memo of dayNumber: every utfall row's period bounds are counted once per insats and report. */
const dayNumberCache = new Map<string, number>();

function raknaDagnummer(iso: IsoDate): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return NaN;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const d = new Date(t);
  if (d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return NaN;
  return Math.round(t / MS_PER_DAY);
}

/** Year of an ISO date ("2024-06-30" → 2024). */
export function yearOf(iso: IsoDate): number {
  return Number(iso.slice(0, 4));
}

function isoOf(year: number, month0: number, day: number): IsoDate {
  const d = new Date(Date.UTC(year, month0, day));
  return d.toISOString().slice(0, 10);
}

/** Number of days of the inclusive interval, 0 when empty. */
export function intervallDagar(i: Intervall): number {
  const n = dayNumber(i.to) - dayNumber(i.from) + 1;
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/** Intersection of inclusive intervals; null when empty. */
export function snitt(...intervall: Intervall[]): Intervall | null {
  let from = intervall[0].from;
  let to = intervall[0].to;
  for (const i of intervall.slice(1)) {
    if (i.from > from) from = i.from;
    if (i.to < to) to = i.to;
  }
  return from <= to ? { from, to } : null;
}

/** The calendar year as an interval. */
export function aretsIntervall(ar: number): Intervall {
  let ar31 = arCache.get(ar);
  if (!ar31) {
    if (arCache.size >= 1000) arCache.clear();
    ar31 = { from: isoOf(ar, 0, 1), to: isoOf(ar, 11, 31) };
    arCache.set(ar, ar31);
  }
  return { from: ar31.from, to: ar31.to };
}

/** First and last day of each year asked for (a new object is still returned on every call). */
const arCache = new Map<number, Intervall>();

/**
 * Units of calendar year `ar` that lie in all the given intervals.
 * "manader": months m of `ar` such that m ∩ intervall₁ ∩ intervall₂ … is non-empty (any day counts).
 * "dagar": days of `ar` in every interval.
 */
export function enheterIAr(ar: number, intervall: Intervall[], mode: PeriodiseringsLage = "manader"): number {
  if (mode === "dagar") {
    const s = snitt(aretsIntervall(ar), ...intervall);
    return s ? intervallDagar(s) : 0;
  }
  let n = 0;
  for (const manad of manaderIAr(ar)) if (snitt(manad, ...intervall)) n++;
  return n;
}

/** The twelve months of `ar` as intervals, computed once per year (every insats asks for the same years). */
const manadCache = new Map<number, readonly Intervall[]>();

function manaderIAr(ar: number): readonly Intervall[] {
  let manader = manadCache.get(ar);
  if (!manader) {
    manader = Array.from({ length: 12 }, (_, m) => ({ from: isoOf(ar, m, 1), to: isoOf(ar, m + 1, 0) }));
    if (manadCache.size >= 1000) manadCache.clear();
    manadCache.set(ar, manader);
  }
  return manader;
}

/** One budget year's share of a periodised amount. */
export interface PeriodiseringsDel {
  ar: number;
  /** Budget of the whole year, kronor. */
  budget: number;
  /** Active units of the year (months or days). */
  aktivaEnheter: number;
  /** Active units of the year inside [fran, till]. */
  enheterIPerioden: number;
  /** budget × enheterIPerioden / aktivaEnheter. */
  belopp: number;
  /** True when the insats has a budget this year but no active unit: spread over the whole year instead. */
  utanforAktivTid: boolean;
}

export interface Periodisering {
  belopp: number;
  delar: PeriodiseringsDel[];
}

/**
 * Periodise yearly amounts over the active interval `aktiv` and sum the part inside [fran, till]:
 *   Σ_y belopp[y] × enheter(y ∩ aktiv ∩ [fran, till]) / enheter(y ∩ aktiv).
 * A year with an amount but no active unit (slut before the year, say) is spread over the whole
 * calendar year and marked `utanforAktivTid`, so money is never silently dropped.
 */
export function periodisera(
  beloppPerAr: Record<number, number>,
  aktiv: Intervall,
  fran: IsoDate,
  till: IsoDate,
  mode: PeriodiseringsLage = "manader",
): Periodisering {
  const fonster = { from: fran, to: till };
  const delar: PeriodiseringsDel[] = [];
  for (const key of Object.keys(beloppPerAr)) {
    const ar = Number(key);
    const budget = beloppPerAr[ar];
    if (!Number.isFinite(budget) || !snitt(aretsIntervall(ar), fonster)) continue;
    let aktivaEnheter = enheterIAr(ar, [aktiv], mode);
    let enheterIPerioden = enheterIAr(ar, [aktiv, fonster], mode);
    const utanforAktivTid = aktivaEnheter === 0 && budget !== 0;
    if (utanforAktivTid) {
      aktivaEnheter = enheterIAr(ar, [], mode);
      enheterIPerioden = enheterIAr(ar, [fonster], mode);
    }
    const belopp = aktivaEnheter === 0 ? 0 : (budget * enheterIPerioden) / aktivaEnheter;
    delar.push({ ar, budget, aktivaEnheter, enheterIPerioden, belopp, utanforAktivTid });
  }
  delar.sort((a, b) => a.ar - b.ar);
  return { belopp: delar.reduce((s, d) => s + d.belopp, 0), delar };
}

/**
 * Periodiserad budget of an insats in [fran, till]:
 *   Σ_y budgetPerAr[y] × aktiva(y ∩ [fran, till]) / aktiva(y), aktiva over [start, slut].
 * Example (Uppsala 2024): Jobbcentrum 2 652 000 kr, 2024-01-01 – 2024-06-30 → 1 326 000 kr.
 */
export function periodiseradBudget(
  insats: Pick<Insats, "budgetPerAr" | "start" | "slut">,
  fran: IsoDate,
  till: IsoDate,
  mode: PeriodiseringsLage = "manader",
): number {
  return periodisera(insats.budgetPerAr, { from: insats.start, to: insats.slut }, fran, till, mode).belopp;
}

/**
 * A förbund post's yearly amount (Medlemsavgifter, Förvaltning …) spread linearly over the
 * whole calendar year: belopp × enheter(ar ∩ [fran, till]) / enheter(ar).
 * Example: Förvaltning 3 822 tkr for 2024, to 2024-06-30 → 1 911 tkr.
 */
export function periodiseraArsbelopp(
  belopp: number,
  ar: number,
  fran: IsoDate,
  till: IsoDate,
  mode: PeriodiseringsLage = "manader",
): number {
  return periodisera({ [ar]: belopp }, aretsIntervall(ar), fran, till, mode).belopp;
}

/**
 * Key for matching post names between sheets: case, diacritics, dash variants and repeated
 * white space ignored ("Ung Framtid" = "Ung framtid", "Jobbcentrum – Din väg" = "jobbcentrum - din vag").
 */
export function postNyckel(s: string): string {
  let key = postNyckelCache.get(s);
  if (key === undefined) {
    if (postNyckelCache.size >= 100_000) postNyckelCache.clear();
    key = berakna(s);
    postNyckelCache.set(s, key);
  }
  return key;
}

/** Memo of postNyckel: every insats is matched against every utfall row, so the same names recur. */
const postNyckelCache = new Map<string, string>();

function berakna(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\s\u00a0\u2009\u202f]+/g, " ")
    .trim()
    .toLowerCase();
}

/**
 * Yearly budget of an insats: its own "Budget ÅÅÅÅ" figures, completed with Budget-sheet rows
 * whose Post is the insats (for years the insats itself does not give).
 */
export function insatsBudgetPerAr(insats: Insats, budget: readonly BudgetRad[]): Record<number, number> {
  const out: Record<number, number> = { ...insats.budgetPerAr };
  const key = postNyckel(insats.insats);
  for (const rad of budget) {
    if (postNyckel(rad.post) === key && out[rad.ar] === undefined) out[rad.ar] = rad.budget;
  }
  return out;
}

/**
 * Periodisering mode from Inställningar: a setting named "Periodisering" whose value mentions
 * "dag" selects days; anything else (or nothing) selects whole months.
 */
export function periodiseringsLageFranInstallningar(ovrigt: Record<string, string | number | boolean>): PeriodiseringsLage {
  for (const [k, v] of Object.entries(ovrigt)) {
    if (postNyckel(k) === "periodisering" && postNyckel(String(v)).includes("dag")) return "dagar";
  }
  return "manader";
}

import { issue } from "../issues";
import type { CellRef, Insats, InsatsTyp, IsoDate, ParsedWorkbook, UtfallRad } from "../model";
import type { Issue } from "../issues";
import {
  insatsBudgetPerAr,
  intervallDagar,
  periodisera,
  periodiseringsLageFranInstallningar,
  postNyckel,
  snitt,
  yearOf,
  type PeriodiseringsLage,
} from "./periodisering";

/**
 * Förbrukningskvot (domain.md §3.1), per insats for the window [fran, till]:
 *
 *   utfall ackumulerat = Σ utfall rows of the insats whose period lies in [fran, till]
 *                        (a row that only partly overlaps counts utfall × dagar i fönstret / dagar i perioden)
 *   periodiserad budget = Σ_y budget[y] × aktiva månader(y ∩ [fran, till]) / aktiva månader(y)
 *   kvot  = utfall ackumulerat / periodiserad budget   (undefined when the budget is 0, with a note)
 *   flagga = "hög" when kvot > kvotHog (default 1,00), "låg" when kvot < kvotLag (default 0,80)
 *   total  = Σ utfall / Σ periodiserad budget
 *
 * Reproduces Uppsala Q1–Q2 2024: Jobbcentrum 955 / 1 326 = 72 %, Framsteget 1 804 / 1 940 = 93 %;
 * Uppsala helår 2021: Enköping 1 836 / 2 020 = 91 %, Knivsta 1 317 / 1 864 = 71 %,
 * Digital plattform 638 / 1 317 = 48 %, total 15 487 / 18 591 = 83 %.
 */

export type Flagga = "hög" | "låg";

export const KVOT_HOG_STANDARD = 1;
export const KVOT_LAG_STANDARD = 0.8;

export interface ForbrukningskvotOptions {
  fran: IsoDate;
  till: IsoDate;
  /** Default: the Inställningar setting "Periodisering", else whole months. */
  mode?: PeriodiseringsLage;
  /** Default: Inställningar kvotHog, else 1,00. */
  kvotHog?: number;
  /** Default: Inställningar kvotLag, else 0,80. */
  kvotLag?: number;
}

export interface ForbrukningskvotRad {
  insats: string;
  agare: string;
  typ: InsatsTyp;
  /** Budget of the year of `till`, kronor. */
  budgetHelar: number;
  periodiseradBudget: number;
  /** Utfall ackumulerat in the window, kronor. */
  utfall: number;
  kvot?: number;
  flagga?: Flagga;
  /** Swedish note, e.g. why there is no kvot. */
  not?: string;
  source: CellRef;
}

export interface ForbrukningskvotTotal {
  budgetHelar: number;
  periodiseradBudget: number;
  utfall: number;
  kvot?: number;
  flagga?: Flagga;
}

export interface ForbrukningskvotResultat {
  fran: IsoDate;
  till: IsoDate;
  kvotHog: number;
  kvotLag: number;
  mode: PeriodiseringsLage;
  rader: ForbrukningskvotRad[];
  total: ForbrukningskvotTotal;
}

/** "hög" above kvotHog, "låg" below kvotLag, otherwise none. */
export function flagga(kvot: number | undefined, kvotHog: number, kvotLag: number): Flagga | undefined {
  if (kvot === undefined) return undefined;
  if (kvot > kvotHog) return "hög";
  if (kvot < kvotLag) return "låg";
  return undefined;
}

/** utfall / budget, undefined when the budget is 0 or so tiny that the kvot overflows (never a division error); never −0. */
export function kvotAv(utfall: number, budget: number): number | undefined {
  const kvot = budget === 0 ? undefined : utfall / budget + 0;
  return kvot !== undefined && Number.isFinite(kvot) ? kvot : undefined;
}

function fmtKr(n: number): string {
  const s = Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return s.replace("-", "−");
}

/**
 * Sum of the utfall rows of one post inside [fran, till]. A row whose period lies wholly in the
 * window counts fully; one that partly overlaps counts utfall × overlapping days / period days
 * and gives an info issue; rows outside the window do not count.
 */
export function summeraUtfall(
  rader: readonly UtfallRad[],
  post: string,
  fran: IsoDate,
  till: IsoDate,
): { belopp: number; issues: Issue[] } {
  const key = postNyckel(post);
  const issues: Issue[] = [];
  let belopp = 0;
  for (const rad of rader) {
    if (postNyckel(rad.post) !== key) continue;
    const overlap = snitt(rad.period, { from: fran, to: till });
    if (!overlap) continue;
    const dagar = intervallDagar(rad.period);
    const iFonstret = intervallDagar(overlap);
    if (dagar === 0 || iFonstret === dagar) {
      belopp += rad.utfall;
      continue;
    }
    const andel = (rad.utfall * iFonstret) / dagar;
    belopp += andel;
    issues.push(
      issue(
        "info",
        "UTFALL_DELVIS_I_PERIODEN",
        rad.source.sheet,
        rad.source.cell,
        `Utfallet för ${rad.post} gäller ${rad.period.label || `${rad.period.from}–${rad.period.to}`}, som bara delvis ligger i ` +
          `rapportperioden ${fran}–${till}. ${iFonstret} av ${dagar} dagar räknas: ${fmtKr(andel)} kr av ${fmtKr(rad.utfall)} kr.`,
      ),
    );
  }
  return { belopp, issues };
}

/**
 * Utfall rows grouped by postNyckel(post), each group in sheet order: summing one post then reads
 * only its own rows (`summeraUtfall(perPost.get(postNyckel(post)) ?? [], post, …)` gives the same
 * result as `summeraUtfall(rader, post, …)`), so a table of n insatser costs O(rows) instead of O(n × rows).
 */
export function utfallPerPost(rader: readonly UtfallRad[]): Map<string, UtfallRad[]> {
  const out = new Map<string, UtfallRad[]>();
  for (const rad of rader) {
    const key = postNyckel(rad.post);
    const group = out.get(key);
    if (group) group.push(rad);
    else out.set(key, [rad]);
  }
  return out;
}

/** True when the insats should appear: active in the window, or with budget or utfall there. */
function relevant(insats: Insats, fran: IsoDate, till: IsoDate, utfall: number, budget: number): boolean {
  return utfall !== 0 || budget !== 0 || snitt({ from: insats.start, to: insats.slut }, { from: fran, to: till }) !== null;
}

/** Computes the förbrukningskvot table (see the file comment for the formulas). */
export function computeForbrukningskvot(
  base: ParsedWorkbook,
  options: ForbrukningskvotOptions,
): { result: ForbrukningskvotResultat; issues: Issue[] } {
  const { fran, till } = options;
  const inst = base.installningar;
  const mode = options.mode ?? periodiseringsLageFranInstallningar(inst.ovrigt ?? {});
  const kvotHog = options.kvotHog ?? inst.kvotHog ?? KVOT_HOG_STANDARD;
  const kvotLag = options.kvotLag ?? inst.kvotLag ?? KVOT_LAG_STANDARD;
  const ar = yearOf(till);
  const issues: Issue[] = [];
  const rader: ForbrukningskvotRad[] = [];
  const perPost = utfallPerPost(base.utfall);

  for (const insats of base.insatser) {
    const perAr = insatsBudgetPerAr(insats, base.budget);
    const p = periodisera(perAr, { from: insats.start, to: insats.slut }, fran, till, mode);
    const u = summeraUtfall(perPost.get(postNyckel(insats.insats)) ?? [], insats.insats, fran, till);
    if (!relevant(insats, fran, till, u.belopp, p.belopp)) continue;
    issues.push(...u.issues);
    for (const del of p.delar.filter((d) => d.utanforAktivTid)) {
      issues.push(
        issue(
          "varning",
          "BUDGET_UTANFOR_INSATSTID",
          insats.source.sheet,
          insats.source.cell,
          `${insats.insats} har budget för ${del.ar} men är inte aktiv det året (${insats.start}–${insats.slut}). ` +
            `Budgeten periodiseras över hela året; kontrollera Start och Slut.`,
        ),
      );
    }
    const kvot = kvotAv(u.belopp, p.belopp);
    const rad: ForbrukningskvotRad = {
      insats: insats.insats,
      agare: insats.agare,
      typ: insats.typ,
      budgetHelar: perAr[ar] ?? 0,
      periodiseradBudget: p.belopp,
      utfall: u.belopp,
      kvot,
      flagga: flagga(kvot, kvotHog, kvotLag),
      source: insats.source,
    };
    if (kvot === undefined) {
      rad.not = "Ingen kvot: periodiserad budget är 0";
      issues.push(
        issue(
          "info",
          "KVOT_UTAN_BUDGET",
          insats.source.sheet,
          insats.source.cell,
          `${insats.insats} har ingen budget för ${fran}–${till}; förbrukningskvoten lämnas tom` +
            (u.belopp !== 0 ? ` (utfall ${fmtKr(u.belopp)} kr).` : "."),
        ),
      );
    }
    rader.push(rad);
  }

  const sum = (f: (r: ForbrukningskvotRad) => number) => rader.reduce((s, r) => s + f(r), 0);
  const totalBudget = sum((r) => r.periodiseradBudget);
  const totalUtfall = sum((r) => r.utfall);
  const totalKvot = kvotAv(totalUtfall, totalBudget);
  const total: ForbrukningskvotTotal = {
    budgetHelar: sum((r) => r.budgetHelar),
    periodiseradBudget: totalBudget,
    utfall: totalUtfall,
    kvot: totalKvot,
    flagga: flagga(totalKvot, kvotHog, kvotLag),
  };
  return { result: { fran, till, kvotHog, kvotLag, mode, rader, total }, issues };
}

import type { BudgetRad, BudgetVersion, Insats, IsoDate } from "../model";
import {
  aretsIntervall,
  enheterIAr,
  periodisera,
  postNyckel,
  snitt,
  yearOf,
  type Intervall,
  type PeriodiseringsLage,
} from "./periodisering";

/**
 * Budget of one post (insats or förbund post) for a report window, honouring the förbund's own period budgets
 * and budget versions (domain.md §3.1):
 *
 * - Version: the rows of the chosen version are used (a row without Version is Beviljad); a post/year that has
 *   no row of the chosen version falls back to the rows it has, so a förbund that revises only some posts still
 *   gets a budget for every post.
 * - Period budgets: a Budget row with `period` gives the amount for that period and WINS over linear
 *   periodisation for the months it covers. The part of such a period inside the window is
 *   belopp × aktiva månader(P ∩ fönster) / aktiva månader(P) (linear only inside the given period).
 *   Months of the year that no period row covers get the REST of the year's budget:
 *   (årsbudget − Σ periodbudgetar) × aktiva ej täckta månader i fönstret / aktiva ej täckta månader i året;
 *   without a yearly row they get nothing (the förbund budgeted only the periods).
 * - A year without period rows is periodised linearly as before (periodisering.ts).
 *
 * Reproduces Mölndal jan–aug 2016 (own "Aktuell budget jan-aug" column, Σ −11 797 tkr, avvikelse 1 559) and
 * Uppsala 2021 REKO (Q3–Q4 budget ⅔ of the year) / Älvkarleby Samverkan (⅓).
 */

export interface PostBudget {
  /** Budget for the window, kronor (positive). */
  belopp: number;
  /** Yearly budget per year (rows without period; Σ of the period rows for a year that only has those). */
  perAr: Record<number, number>;
  /** True when a period budget was used for some month of the window. */
  periodbudget: boolean;
  /** Years whose budget lies outside the active interval (spread over the whole year instead). */
  utanforAktivTid: number[];
}

/** The rows of one version; a post/year without any row of that version keeps the rows it has. */
export function raderForVersion(rader: readonly BudgetRad[], version: BudgetVersion): BudgetRad[] {
  const harVersion = new Set(rader.filter((r) => (r.version ?? "beviljad") === version).map((r) => `${postNyckel(r.post)}|${r.ar}`));
  return rader.filter((r) => (r.version ?? "beviljad") === version || !harVersion.has(`${postNyckel(r.post)}|${r.ar}`));
}

const SYNTETISK = "\u0000insatser";

/**
 * Yearly amounts: the Insatser sheet's "Budget ÅÅÅÅ" (synthetic rows) wins for its year, else Σ rows without
 * period, else Σ of the period rows of a year that only has those.
 */
function arsbelopp(rader: readonly BudgetRad[]): Record<number, number> {
  const out: Record<number, number> = {};
  const ar = (r: BudgetRad) => r.ar || yearOf(r.period!.from);
  for (const y of new Set(rader.map(ar))) {
    const iAret = rader.filter((r) => ar(r) === y);
    const synt = iAret.filter((r) => r.source.sheet === SYNTETISK);
    const hela = iAret.filter((r) => !r.period);
    const valt = synt.length > 0 ? synt : hela.length > 0 ? hela : iAret;
    out[y] = valt.reduce((s, r) => s + r.budget, 0);
  }
  return out;
}

function manader(ar: number): Intervall[] {
  return Array.from({ length: 12 }, (_, m) => ({
    from: `${ar}-${String(m + 1).padStart(2, "0")}-01`,
    to: new Date(Date.UTC(ar, m + 1, 0)).toISOString().slice(0, 10),
  }));
}

/**
 * Budget of a post in [fran, till] (rules in the file comment). `rader` are the post's Budget rows (any version);
 * `startPerAr` are yearly amounts given elsewhere (the Insatser sheet's "Budget ÅÅÅÅ"), which win over Budget rows
 * without period for the same year.
 */
export function postBudget(
  rader: readonly BudgetRad[],
  aktiv: Intervall,
  fran: IsoDate,
  till: IsoDate,
  opts: { mode?: PeriodiseringsLage; version?: BudgetVersion; startPerAr?: Record<number, number> } = {},
): PostBudget {
  const mode = opts.mode ?? "manader";
  const synt = Object.entries(opts.startPerAr ?? {}).map(([ar, budget]): BudgetRad => ({
    post: rader[0]?.post ?? "",
    kategori: "kostnad",
    ar: Number(ar),
    budget,
    source: { sheet: SYNTETISK, cell: "" },
  }));
  const valda = raderForVersion([...synt, ...rader], opts.version ?? "beviljad");
  const perAr = arsbelopp(valda);
  const fonster = { from: fran, to: till };
  const medPeriod = new Set(valda.filter((r) => r.period).map((r) => r.ar || yearOf(r.period!.from)));
  const linjar: Record<number, number> = {};
  for (const [k, v] of Object.entries(perAr)) if (!medPeriod.has(Number(k))) linjar[Number(k)] = v;
  const lin = periodisera(linjar, aktiv, fran, till, mode);
  let belopp = lin.belopp;
  let periodbudget = false;
  for (const ar of medPeriod) {
    if (!snitt(aretsIntervall(ar), fonster)) continue;
    const perioder = valda.filter((r) => r.period && (r.ar || yearOf(r.period.from)) === ar);
    for (const p of perioder) {
      const P = p.period!;
      const i = enheterIAr(ar, [P, aktiv], "manader") || enheterIAr(ar, [P], "manader");
      const iF =
        enheterIAr(ar, [P, aktiv, fonster], "manader") ||
        (enheterIAr(ar, [P, aktiv], "manader") === 0 ? enheterIAr(ar, [P, fonster], "manader") : 0);
      if (i > 0 && iF > 0) {
        belopp += (p.budget * iF) / i;
        periodbudget = true;
      }
    }
    const harArsrad = valda.some((r) => !r.period && r.ar === ar);
    if (!harArsrad) continue;
    const rest = perAr[ar] - perioder.reduce((s, r) => s + r.budget, 0);
    const tackt = (m: Intervall) => perioder.some((r) => snitt(m, r.period!));
    const ejTackta = manader(ar).filter((m) => !tackt(m) && snitt(m, aktiv));
    const iFonstret = ejTackta.filter((m) => snitt(m, fonster)).length;
    if (ejTackta.length > 0) belopp += (rest * iFonstret) / ejTackta.length;
  }
  return { belopp, perAr, periodbudget, utanforAktivTid: lin.delar.filter((d) => d.utanforAktivTid).map((d) => d.ar) };
}

/** An insats' Budget rows (matched by postNyckel). */
export function insatsRader(insats: Pick<Insats, "insats">, budget: readonly BudgetRad[]): BudgetRad[] {
  const key = postNyckel(insats.insats);
  return budget.filter((r) => postNyckel(r.post) === key);
}

/** Budget of an insats in [fran, till]: its Insatser "Budget ÅÅÅÅ" figures plus its Budget rows (see postBudget). */
export function insatsBudget(
  insats: Insats,
  budget: readonly BudgetRad[],
  fran: IsoDate,
  till: IsoDate,
  opts: { mode?: PeriodiseringsLage; version?: BudgetVersion } = {},
): PostBudget {
  return postBudget(insatsRader(insats, budget), { from: insats.start, to: insats.slut }, fran, till, {
    ...opts,
    startPerAr: insats.budgetPerAr,
  });
}

/** Budgetversion för kvoten from Inställningar ("Reviderad" → reviderad; default beviljad). */
export function budgetVersionFranInstallningar(ovrigt: Record<string, string | number | boolean>): BudgetVersion {
  for (const [k, v] of Object.entries(ovrigt)) {
    const key = postNyckel(k).replace(/\s+/g, "");
    if (key.startsWith("budgetversion") && postNyckel(String(v)).startsWith("revider")) return "reviderad";
  }
  return "beviljad";
}

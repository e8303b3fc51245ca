import { issue } from "../issues";
import type { BudgetVersion, CellRef, Insats, InsatsTyp, IsoDate, ParsedWorkbook, UtfallRad } from "../model";
import type { Issue } from "../issues";
import { arEjKnutet } from "./grupp";
import { budgetVersionFranInstallningar, insatsBudget, insatsRader } from "./periodbudget";
import {
  enheterIAr,
  intervallDagar,
  periodiseringsLageFranInstallningar,
  postNyckel,
  snitt,
  yearOf,
  type PeriodiseringsLage,
} from "./periodisering";
import { closestName, normalizeName } from "../text/names";
import { formatSv } from "../text/format";

/**
 * Förbrukningskvot (domain.md §3.1), per insats for the window [fran, till]:
 *
 *   utfall ackumulerat = Σ utfall rows of the insats whose period lies in [fran, till]
 *                        (a row that only partly overlaps counts utfall × dagar i fönstret / dagar i perioden)
 *   periodiserad budget = Σ_y budget[y] × aktiva månader(y ∩ [fran, till]) / aktiva månader(y)
 *   kvot  = utfall ackumulerat / periodiserad budget   (undefined when the budget is 0, with a note)
 *   flagga = "hög" when kvot > kvotHog (default 1,00), "låg" when kvot < kvotLag (default 0,80)
 *   total  = Σ utfall / Σ periodiserad budget, where Σ utfall includes the row "Utfall som inte kunnat knytas till en
 *            insats" (utfall rows in the window whose post is no insats, no Budget post and not a förbund cost/income
 *            by name — the same rows the driftsredovisning shows under that heading), so every report sums one basis
 *
 * Budget: the förbund's own period budgets win over linear periodisation (periodbudget.ts). Version: Inställningar
 * "Budgetversion för kvoten" (default Beviljad); when an insats also has the other version, its kvot on that version is
 * shown beside it (`annanVersion`). Uppsala 2024 RegExPro 648 156 kr: beviljad 622 500 → 104 %, reviderad 673 000 → 96 %.
 *
 * Definition C (when Insatser has Beviljat totalt): kvot over the whole insats period =
 *   utfall since start (all utfall rows of the insats up to till) / (beviljat totalt × förfluten andel),
 *   förfluten andel = months of [start, till] / months of [start, slut]. Uppsala 2014: Impl. samverkan fd Växthuset
 *   111 %, LÄS OCD kartläggning 192 %.
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
  /** Default: Inställningar "Budgetversion för kvoten", else beviljad. */
  version?: BudgetVersion;
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
  /** The kvot on the other budget version, when the insats has one. */
  annanVersion?: { version: BudgetVersion; periodiseradBudget: number; kvot?: number };
  /** Definition C: the kvot over the whole insats period (only with Beviljat totalt). */
  helaPerioden?: {
    beviljatTotalt: number;
    forflutenAndel: number;
    budget: number;
    utfallSedanStart: number;
    kvot?: number;
    flagga?: Flagga;
  };
  /** True when the period budget came from a period budget the förbund gave. */
  periodbudget?: boolean;
  source: CellRef;
}

/** Utfall in the window that could not be tied to an insats (see the file comment). */
export interface EjKnutetUtfall {
  utfall: number;
  poster: { post: string; utfall: number; source: CellRef; liknarInsats?: string }[];
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
  /** Budget version the kvot uses. */
  version: BudgetVersion;
  rader: ForbrukningskvotRad[];
  /** Undefined when every utfall row could be tied. */
  ejKnutet?: EjKnutetUtfall;
  total: ForbrukningskvotTotal;
}

/** "hög" above kvotHog, "låg" below kvotLag, otherwise none. */
export function flagga(kvot: number | undefined, kvotHog: number, kvotLag: number): Flagga | undefined {
  if (kvot === undefined) return undefined;
  if (kvot > kvotHog) return "hög";
  if (kvot < kvotLag) return "låg";
  return undefined;
}

/**
 * An insats's periodised budget under one krona gives no förbrukningskvot: 0, negative (a negative budget is
 * NEGATIV_BUDGET; a kvot of −36 % flagged "låg" would mislead) or tiny (1e-300 kr would print 10^305 %).
 * (kvotAv itself also serves the driftsredovisning, where intäkter are negative by sign convention.)
 */
export const MIN_KVOT_BUDGET = 1;

/** utfall / budget, undefined when the budget is 0 or so tiny that the kvot overflows (never a division error); never −0. */
export function kvotAv(utfall: number, budget: number): number | undefined {
  const kvot = budget === 0 ? undefined : utfall / budget + 0;
  return kvot !== undefined && Number.isFinite(kvot) ? kvot : undefined;
}

/** Why a row has no kvot, for its note. */
function utanKvot(budget: number): string {
  if (budget < 0) return "Ingen kvot: periodiserad budget är negativ";
  if (budget > 0) return "Ingen kvot: periodiserad budget är under 1 kr";
  return "Ingen kvot: periodiserad budget är 0";
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
          `rapportperioden ${fran}–${till}. ${iFonstret} av ${dagar} dagar räknas: ${formatSv(andel)} kr av ${formatSv(rad.utfall)} kr.`,
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

  const version = options.version ?? budgetVersionFranInstallningar(inst.ovrigt ?? {});
  const annan: BudgetVersion = version === "beviljad" ? "reviderad" : "beviljad";
  for (const insats of base.insatser) {
    const p = insatsBudget(insats, base.budget, fran, till, { mode, version });
    const perAr = p.perAr;
    const u = summeraUtfall(perPost.get(postNyckel(insats.insats)) ?? [], insats.insats, fran, till);
    if (!relevant(insats, fran, till, u.belopp, p.belopp)) continue;
    issues.push(...u.issues);
    for (const del of p.utanforAktivTid.map((ar) => ({ ar }))) {
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
    const olasbart = (base.olasbartUtfall ?? []).filter((o) => normalizeName(o.post) === normalizeName(insats.insats));
    const kvot = p.belopp >= MIN_KVOT_BUDGET && olasbart.length === 0 ? kvotAv(u.belopp, p.belopp) : undefined;
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
    if (p.periodbudget) rad.periodbudget = true;
    const harAnnan =
      insatsRader(insats, base.budget).some((r) => (r.version ?? "beviljad") === annan) ||
      (annan === "beviljad" && Object.keys(insats.budgetPerAr).length > 0);
    if (harAnnan) {
      const pa = insatsBudget(insats, base.budget, fran, till, { mode, version: annan });
      if (Math.abs(pa.belopp - p.belopp) >= 0.5)
        rad.annanVersion = { version: annan, periodiseradBudget: pa.belopp, kvot: kvotAv(u.belopp, pa.belopp) };
    }
    if (insats.beviljatTotalt !== undefined) rad.helaPerioden = helaPerioden(insats, perPost, till, kvotHog, kvotLag);
    if (olasbart.length > 0) {
      // An unreadable utfall cell is not an utfall of 0: no kvot, never "låg" (issue 14 pattern 11).
      const cells = olasbart.map((o) => `${o.source.sheet}!${o.source.cell}`).join(", ");
      rad.not = `Ingen kvot: utfallet i ${cells} kan inte läsas`;
      issues.push(
        issue(
          "varning",
          "KVOT_UTFALL_OLASBART",
          insats.source.sheet,
          insats.source.cell,
          `${insats.insats}: utfallet i ${cells} kan inte läsas, så förbrukningskvoten lämnas tom i stället för att räknas som om utfallet vore 0. Rätta cellen (se felet där) och kör igen.`,
        ),
      );
    } else if (kvot === undefined) {
      rad.not = utanKvot(p.belopp);
      issues.push(
        issue(
          "info",
          "KVOT_UTAN_BUDGET",
          insats.source.sheet,
          insats.source.cell,
          `${insats.insats} har ingen budget för ${fran}–${till}; förbrukningskvoten lämnas tom` +
            (u.belopp !== 0 ? ` (utfall ${formatSv(u.belopp)} kr).` : "."),
        ),
      );
    }
    rader.push(rad);
  }

  const ejKnutet = ejKnutetUtfall(base, fran, till);
  if (ejKnutet) {
    const namn = base.insatser.map((i) => i.insats);
    for (const p of ejKnutet.poster) p.liknarInsats = closestName(p.post, namn);
    for (const rad of rader) {
      const lika = ejKnutet.poster.filter((p) => p.liknarInsats === rad.insats);
      if (lika.length === 0) continue;
      const belopp = lika.reduce((s, p) => s + p.utfall, 0);
      rad.not = [rad.not, `${formatSv(belopp)} kr på "${lika.map((p) => p.post).join('", "')}" ingår inte`].filter(Boolean).join("; ");
    }
  }
  const sum = (f: (r: ForbrukningskvotRad) => number) => rader.reduce((s, r) => s + f(r), 0);
  const totalBudget = sum((r) => r.periodiseradBudget);
  const totalUtfall = sum((r) => r.utfall) + (ejKnutet?.utfall ?? 0);
  const totalKvot = kvotAv(totalUtfall, totalBudget);
  const total: ForbrukningskvotTotal = {
    budgetHelar: sum((r) => r.budgetHelar),
    periodiseradBudget: totalBudget,
    utfall: totalUtfall,
    kvot: totalKvot,
    flagga: flagga(totalKvot, kvotHog, kvotLag),
  };
  return { result: { fran, till, kvotHog, kvotLag, mode, version, rader, ejKnutet, total }, issues };
}

/** Definition C for one insats (formula in the file comment). */
function helaPerioden(
  insats: Insats,
  perPost: Map<string, UtfallRad[]>,
  till: IsoDate,
  kvotHog: number,
  kvotLag: number,
): ForbrukningskvotRad["helaPerioden"] {
  const beviljatTotalt = insats.beviljatTotalt ?? 0;
  const total = { from: insats.start, to: insats.slut };
  const fram = { from: insats.start, to: till < insats.slut ? till : insats.slut };
  const manader = (i: { from: IsoDate; to: IsoDate }) => {
    let n = 0;
    for (let ar = yearOf(i.from); ar <= yearOf(i.to); ar++) n += enheterIAr(ar, [i], "manader");
    return n;
  };
  const alla = manader(total);
  const forflutenAndel = alla === 0 || fram.from > fram.to ? 0 : manader(fram) / alla;
  const budget = beviljatTotalt * forflutenAndel;
  const utfallSedanStart = summeraUtfall(perPost.get(postNyckel(insats.insats)) ?? [], insats.insats, "1900-01-01", till).belopp;
  const kvot = kvotAv(utfallSedanStart, budget);
  return { beviljatTotalt, forflutenAndel, budget, utfallSedanStart, kvot, flagga: flagga(kvot, kvotHog, kvotLag) };
}

/** Utfall rows in [fran, till] that could not be tied to an insats (see the file comment); undefined when none. */
export function ejKnutetUtfall(base: ParsedWorkbook, fran: IsoDate, till: IsoDate): EjKnutetUtfall | undefined {
  const insatsKeys = new Set(base.insatser.map((i) => postNyckel(i.insats)));
  const budgetKeys = new Set(base.budget.map((b) => postNyckel(b.post)));
  const perPost = new Map<string, { post: string; utfall: number; source: CellRef }>();
  for (const rad of base.utfall) {
    if (!arEjKnutet(rad.post, insatsKeys, budgetKeys) || !snitt(rad.period, { from: fran, to: till })) continue;
    const key = postNyckel(rad.post);
    if (perPost.has(key)) continue;
    const belopp = summeraUtfall(
      base.utfall.filter((u) => postNyckel(u.post) === key),
      rad.post,
      fran,
      till,
    ).belopp;
    perPost.set(key, { post: rad.post, utfall: belopp, source: rad.source });
  }
  if (perPost.size === 0) return undefined;
  const poster = [...perPost.values()];
  return { utfall: poster.reduce((s, p) => s + p.utfall, 0), poster };
}

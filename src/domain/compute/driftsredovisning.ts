import { issue } from "../issues";
import type { BudgetRad, CellRef, Insats, IsoDate, Kategori, ParsedWorkbook, UtfallRad } from "../model";
import type { Issue } from "../issues";
import { kvotAv, summeraUtfall, utfallPerPost } from "./forbrukningskvot";
import {
  aretsIntervall,
  insatsBudgetPerAr,
  periodisera,
  periodiseraArsbelopp,
  periodiseringsLageFranInstallningar,
  postNyckel,
  snitt,
  yearOf,
  type PeriodiseringsLage,
} from "./periodisering";

/**
 * Driftsredovisning (domain.md §3.2) for the window [fran, till], budget year = year of `till`.
 * Sign convention: intäkter positive, kostnader negative (Uppsala's layout).
 *
 *   Budget (period)  = insats: Σ_y budget[y] × aktiva månader(y ∩ [fran, till]) / aktiva månader(y);
 *                      förbund post: årsbudget × månader i [fran, till] / 12 (linear over the year)
 *   Utfall (period)  = Σ utfall rows inside [fran, till] (partial rows prorated by days)
 *   Avvikelse        = Utfall − Budget (positive = better than budget); empty for a förbund post
 *                      with no Budget row for the year (as Uppsala's "Övriga rörelseintäkter")
 *   Förbrukad andel  = Utfall (period) / Budget helår
 *   Group sums       = Σ of the rows; Summa samverkansinsatser = Σ of its subgroups;
 *   Årets resultat   = Σ intäkter + Σ kostnader (all sections, signed)
 *
 * Grouping: intäkter = posts whose Budget row has Kategori Intäkt; insatser are kostnader.
 * Samverkansinsatser are grouped by Inriktning when any insats has one, else by Typ:
 * individ and förstudie → "Individinriktade" (a förstudie usually precedes an individinsats;
 * give it an Inriktning to place it elsewhere), struktur → "Strukturinriktade";
 * typ "övrig" without Inriktning → "Övriga samverkansinsatser". Förbund kostnad posts whose
 * name mentions styrelse/förtroendevalda/förvaltning/kansli/administration/revision are
 * "Administrativa kostnader"; names like "Ej fördelade medel" stay under samverkansinsatser;
 * every other kostnad post (Ekonom projektstöd, Verksamhetsutvecklare, Kompetenshöjande
 * insatser) is an "Övriga samverkansinsatser" post.
 *
 * Reproduces Uppsala 2024-06-30 (tkr): Jobbcentrum −1 326 / −955 / 371; Summa
 * samverkansinsatser −10 329 / −9 628 / 701; Totalt −1 480 / −620 / 848.
 */

export type DriftsSektion = "intakter" | "administration" | "samverkansinsatser" | "ovriga";

export interface DriftsBelopp {
  /** Budget for the period, signed; undefined when the post has no budget row for the year. */
  budget?: number;
  utfall: number;
  avvikelse?: number;
  prognosHelar?: number;
  budgetHelar?: number;
  /** Utfall / Budget helår. */
  forbrukadAndel?: number;
}

export interface DriftsPost extends DriftsBelopp {
  post: string;
  agare?: string;
  source?: CellRef;
}

export interface DriftsGrupp {
  sektion: DriftsSektion;
  rubrik: string;
  poster: DriftsPost[];
  summa: DriftsBelopp;
}

export interface DriftsredovisningResultat {
  fran: IsoDate;
  till: IsoDate;
  ar: number;
  grupperingEfter: "inriktning" | "typ";
  grupper: DriftsGrupp[];
  summaIntakter: DriftsBelopp;
  summaAdministration: DriftsBelopp;
  summaSamverkansinsatser: DriftsBelopp;
  summaOvriga: DriftsBelopp;
  /** Årets resultat for the period. */
  totalt: DriftsBelopp;
}

export const RUBRIK = {
  intakter: "Intäkter",
  administration: "Administrativa kostnader",
  individ: "Individinriktade",
  struktur: "Strukturinriktade",
  ejFordelat: "Ej fördelade medel",
  ovriga: "Övriga samverkansinsatser",
} as const;

const ADMIN = /fortroendevald|styrelse|forvaltning|kansli|administr|revision|revisor/;
const EJ_FORDELAT = /ej fordelad|ofordelad|ej nyttjad|ej beslutad|ej allokerad/;
const INTAKT_NAMN = /intakt|medlemsavgift|medlemsbidrag|bidrag fran/;

/** Σ of the rows; avvikelse and prognos over the rows that have them. */
export function summera(rader: readonly DriftsBelopp[]): DriftsBelopp {
  const sum = (f: (r: DriftsBelopp) => number | undefined) => {
    const v = rader.map(f).filter((x): x is number => x !== undefined);
    return v.length === 0 ? undefined : v.reduce((a, b) => a + b, 0);
  };
  const budgetHelar = sum((r) => r.budgetHelar) ?? 0;
  const utfall = sum((r) => r.utfall) ?? 0;
  return {
    budget: sum((r) => r.budget) ?? 0,
    utfall,
    avvikelse: sum((r) => r.avvikelse) ?? 0,
    prognosHelar: sum((r) => r.prognosHelar),
    budgetHelar,
    forbrukadAndel: kvotAv(utfall, budgetHelar),
  };
}

/** sign × x without a negative zero (−0 would show as "-0" in JSON-like output). */
const signed = (sign: number, x: number): number => sign * x + 0;

function belopp(sign: number, budget: number | undefined, utfall: number, prognos?: number, helar?: number): DriftsBelopp {
  const b = budget === undefined ? undefined : signed(sign, budget);
  const u = signed(sign, utfall);
  const h = helar === undefined ? undefined : signed(sign, helar);
  return {
    budget: b,
    utfall: u,
    avvikelse: b === undefined ? undefined : u - b,
    prognosHelar: prognos === undefined ? undefined : signed(sign, prognos),
    budgetHelar: h,
    forbrukadAndel: h === undefined ? undefined : kvotAv(u, h),
  };
}

interface Ctx {
  base: ParsedWorkbook;
  fran: IsoDate;
  till: IsoDate;
  ar: number;
  mode: PeriodiseringsLage;
  issues: Issue[];
  /** base.utfall grouped by postNyckel (utfallPerPost), read once for every post. */
  utfallPerPost: Map<string, UtfallRad[]>;
}

function insatsPost(ctx: Ctx, insats: Insats): DriftsPost | null {
  const perAr = insatsBudgetPerAr(insats, ctx.base.budget);
  const p = periodisera(perAr, { from: insats.start, to: insats.slut }, ctx.fran, ctx.till, ctx.mode);
  const u = summeraUtfall(ctx.utfallPerPost.get(postNyckel(insats.insats)) ?? [], insats.insats, ctx.fran, ctx.till);
  const helar = perAr[ctx.ar] ?? 0;
  const aktiv = snitt({ from: insats.start, to: insats.slut }, { from: ctx.fran, to: ctx.till });
  if (!aktiv && u.belopp === 0 && p.belopp === 0 && helar === 0) return null;
  ctx.issues.push(...u.issues);
  const key = postNyckel(insats.insats);
  const prognos = ctx.base.budget.find((r) => r.ar === ctx.ar && postNyckel(r.post) === key)?.prognos;
  return { post: insats.insats, agare: insats.agare, source: insats.source, ...belopp(-1, p.belopp, u.belopp, prognos, helar) };
}

interface ForbundPost {
  post: string;
  kategori: Kategori;
  rader: BudgetRad[];
  source?: CellRef;
}

/** Förbund posts: Budget rows and Utfall rows that are not insatser, with their kategori. */
function forbundPoster(ctx: Ctx): ForbundPost[] {
  const insatsKeys = new Set(ctx.base.insatser.map((i) => postNyckel(i.insats)));
  const poster = new Map<string, ForbundPost>();
  for (const rad of ctx.base.budget) {
    const key = postNyckel(rad.post);
    if (insatsKeys.has(key)) continue;
    const p = poster.get(key) ?? { post: rad.post, kategori: rad.kategori, rader: [], source: rad.source };
    if (rad.ar === ctx.ar) p.kategori = rad.kategori;
    p.rader.push(rad);
    poster.set(key, p);
  }
  for (const rad of ctx.base.utfall) {
    const key = postNyckel(rad.post);
    if (insatsKeys.has(key) || poster.has(key)) continue;
    if (!snitt(rad.period, { from: ctx.fran, to: ctx.till })) continue;
    const kategori: Kategori = INTAKT_NAMN.test(key) ? "intakt" : "kostnad";
    poster.set(key, { post: rad.post, kategori, rader: [], source: rad.source });
  }
  return [...poster.values()];
}

function forbundPost(ctx: Ctx, fp: ForbundPost): DriftsPost | null {
  const iAret = fp.rader.filter((r) => r.ar === ctx.ar);
  const iFonstret = fp.rader.filter((r) => snitt(aretsIntervall(r.ar), { from: ctx.fran, to: ctx.till }));
  const u = summeraUtfall(ctx.utfallPerPost.get(postNyckel(fp.post)) ?? [], fp.post, ctx.fran, ctx.till);
  if (iAret.length === 0 && iFonstret.length === 0 && u.belopp === 0) return null;
  ctx.issues.push(...u.issues);
  if (iAret.length === 0 && u.belopp !== 0) {
    const src = fp.source;
    const som = fp.kategori === "intakt" ? "intäkt" : "kostnad";
    ctx.issues.push(
      issue(
        "info",
        "POST_UTAN_BUDGET",
        src?.sheet ?? "",
        src?.cell ?? "",
        `${fp.post} har utfall men ingen rad i Budget för ${ctx.ar}. Posten redovisas som ${som} utan budget och ` +
          `utan avvikelse. Lägg till en rad i Budget (Post, Kategori, År, Budget) om det är fel.`,
      ),
    );
  }
  const budget = iFonstret.length === 0 ? undefined : iFonstret.reduce((s, r) => s + periodiseraArsbelopp(r.budget, r.ar, ctx.fran, ctx.till, ctx.mode), 0);
  const helar = iAret.length === 0 ? undefined : iAret.reduce((s, r) => s + r.budget, 0);
  const prognoser = iAret.filter((r) => r.prognos !== undefined);
  const prognos = prognoser.length === 0 ? undefined : prognoser.reduce((s, r) => s + (r.prognos ?? 0), 0);
  const sign = fp.kategori === "intakt" ? 1 : -1;
  return { post: fp.post, source: fp.source, ...belopp(sign, budget, u.belopp, prognos, helar) };
}

function grupp(sektion: DriftsSektion, rubrik: string, poster: DriftsPost[]): DriftsGrupp {
  return { sektion, rubrik, poster, summa: summera(poster) };
}

/** Samverkansinsats groups, in order: by Inriktning (first appearance) or Individ / Struktur. */
function insatsGrupper(ctx: Ctx, ejFordelat: DriftsPost[]): { grupper: DriftsGrupp[]; ovriga: DriftsPost[]; efter: "inriktning" | "typ" } {
  const efter = ctx.base.insatser.some((i) => (i.inriktning ?? "").trim() !== "") ? "inriktning" : "typ";
  const byRubrik = new Map<string, DriftsPost[]>();
  if (efter === "typ") {
    byRubrik.set(RUBRIK.individ, []);
    byRubrik.set(RUBRIK.struktur, []);
  }
  const ovriga: DriftsPost[] = [];
  for (const insats of ctx.base.insatser) {
    const post = insatsPost(ctx, insats);
    if (!post) continue;
    const inriktning = (insats.inriktning ?? "").trim();
    if (inriktning === "" && insats.typ === "ovrig") {
      ovriga.push(post);
      continue;
    }
    const rubrik = inriktning !== "" ? inriktning : insats.typ === "struktur" ? RUBRIK.struktur : RUBRIK.individ;
    byRubrik.set(rubrik, [...(byRubrik.get(rubrik) ?? []), post]);
  }
  if (ejFordelat.length > 0) byRubrik.set(RUBRIK.ejFordelat, [...(byRubrik.get(RUBRIK.ejFordelat) ?? []), ...ejFordelat]);
  const grupper = [...byRubrik.entries()]
    .filter(([rubrik, poster]) => poster.length > 0 || rubrik === RUBRIK.individ || rubrik === RUBRIK.struktur)
    .map(([rubrik, poster]) => grupp("samverkansinsatser", rubrik, poster));
  return { grupper, ovriga, efter };
}

/** Computes the driftsredovisning (see the file comment for the formulas and the grouping). */
export function computeDriftsredovisning(
  base: ParsedWorkbook,
  options: { fran: IsoDate; till: IsoDate; mode?: PeriodiseringsLage },
): { result: DriftsredovisningResultat; issues: Issue[] } {
  const ar = yearOf(options.till);
  const mode = options.mode ?? periodiseringsLageFranInstallningar(base.installningar.ovrigt ?? {});
  const ctx: Ctx = { base, fran: options.fran, till: options.till, ar, mode, issues: [], utfallPerPost: utfallPerPost(base.utfall) };
  const intakter: DriftsPost[] = [];
  const admin: DriftsPost[] = [];
  const ejFordelat: DriftsPost[] = [];
  const ovrigaPoster: DriftsPost[] = [];
  for (const fp of forbundPoster(ctx)) {
    const post = forbundPost(ctx, fp);
    if (!post) continue;
    const key = postNyckel(fp.post);
    if (fp.kategori === "intakt") intakter.push(post);
    else if (ADMIN.test(key)) admin.push(post);
    else if (EJ_FORDELAT.test(key)) ejFordelat.push(post);
    else ovrigaPoster.push(post);
  }
  const ins = insatsGrupper(ctx, ejFordelat);
  const grupper = [
    grupp("intakter", RUBRIK.intakter, intakter),
    grupp("administration", RUBRIK.administration, admin),
    ...ins.grupper,
    grupp("ovriga", RUBRIK.ovriga, [...ins.ovriga, ...ovrigaPoster]),
  ];
  const sektionSumma = (s: DriftsSektion) => summera(grupper.filter((g) => g.sektion === s).map((g) => g.summa));
  const result: DriftsredovisningResultat = {
    fran: options.fran,
    till: options.till,
    ar,
    grupperingEfter: ins.efter,
    grupper,
    summaIntakter: sektionSumma("intakter"),
    summaAdministration: sektionSumma("administration"),
    summaSamverkansinsatser: sektionSumma("samverkansinsatser"),
    summaOvriga: sektionSumma("ovriga"),
    totalt: summera(grupper.map((g) => g.summa)),
  };
  return { result, issues: ctx.issues };
}

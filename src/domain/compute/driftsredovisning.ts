import { issue, type Issue } from "../issues";
import type { BudgetRad, BudgetVersion, CellRef, Grupp, Insats, IsoDate, Kategori, ParsedWorkbook, UtfallRad } from "../model";
import { kvotAv, summeraUtfall, utfallPerPost } from "./forbrukningskvot";
import { budgetVersionFranInstallningar, insatsBudget, postBudget } from "./periodbudget";
import { gissaGrupp } from "./grupp";
import { aretsIntervall, periodiseringsLageFranInstallningar, postNyckel, snitt, yearOf, type PeriodiseringsLage } from "./periodisering";

/**
 * Driftsredovisning (domain.md §3.2) for the window [fran, till], budget year = year of `till`.
 * Sign convention: intäkter positive, kostnader negative (Uppsala's layout).
 *
 *   Budget (period)  = insats: Σ_y budget[y] × aktiva månader(y ∩ [fran, till]) / aktiva månader(y);
 *                      förbund post: årsbudget × månader i [fran, till] / 12 (linear over the year)
 *   Utfall (period)  = Σ utfall rows inside [fran, till] (partial rows prorated by days)
 *                      — a period budget the förbund gave (Budget row with Period) wins for the months it
 *                      covers; the version is Inställningar "Budgetversion för kvoten" (default Beviljad), see periodbudget.ts
 *   Utfall (period)  = Σ utfall rows inside [fran, till] (partial rows prorated by days)
 *   Avvikelse        = Utfall − Budget (positive = better than budget). A post with utfall but no Budget row for the
 *                      year is "ej budgeterad": budget 0, avvikelse = its utfall (Uppsala's "Övriga rörelseintäkter")
 *   Prognos helår    = the Budget row's Prognos; missing → Budget helår, marked "prognos = budget" (info PROGNOS_SAKNAS)
 *   Förbrukad andel  = Utfall (period) / Budget helår
 *   Sum rows         = Σ of ALL their rows for budget, utfall, prognos and budget helår; avvikelse = utfall − budget of
 *                      the sum row itself (never Σ of the rows that happen to have an avvikelse)
 *   Periodens/Årets resultat = Σ intäkter + Σ kostnader (all sections, signed); "Årets resultat" only for a whole year
 *   Körning (run-rate, only when the window starts 1 January and ends before 31 December, m = months elapsed):
 *                      utfallTakt = utfall / m × 12; utfallPlusRestbudget = utfall + (budget helår − budget);
 *                      stegförändring when the prognos lies outside [min, max] of those two by more than
 *                      10 % of max(|budget helår|, |utfallTakt|) (info PROGNOS_STEGFORANDRING per post)
 *
 * Grouping: a Budget row's Grupp (Medlemsintäkt, Övrig intäkt, ESF, Förtroendevalda, Förvaltning, Samverkansinsats,
 * Övrig samverkansinsats, Finansiell) decides the section; without it the group is guessed from the name as below
 * and reported once (info GRUPP_GISSAD, "grupp gissad").
 * Guess: intäkter = posts whose Budget row has Kategori Intäkt; insatser are kostnader.
 * Samverkansinsatser are grouped by Inriktning when any insats has one, else by Typ:
 * individ and förstudie → "Individinriktade" (a förstudie usually precedes an individinsats;
 * give it an Inriktning to place it elsewhere), struktur → "Strukturinriktade";
 * typ "övrig" without Inriktning → "Övriga samverkansinsatser". Förbund kostnad posts whose
 * name mentions styrelse/förtroendevalda/förvaltning/kansli/administration/revision are
 * "Administrativa kostnader"; names like "Ej fördelade medel" stay under samverkansinsatser;
 * every other kostnad post (Ekonom projektstöd, Verksamhetsutvecklare, Kompetenshöjande
 * insatser) is an "Övriga samverkansinsatser" post.
 *
 * Reproduces Uppsala 2024-06-30 (tkr): Jobbcentrum −1 326 / −955 / 371; Summa samverkansinsatser
 * −10 329 / −9 628 / 701; Summa intäkter 12 050 / 12 094 / 44; Totalt −1 480 / −620 / 860 (the published table
 * prints 32 and 848: it leaves the unbudgeted 12 tkr out of the avvikelse). Prognos helår −1 530 tkr.
 */

import { korning, type Korning } from "./korning";
import { formatTkr } from "../text/format";
export { korning, type Korning } from "./korning";

export type DriftsSektion = "intakter" | "administration" | "samverkansinsatser" | "ovriga" | "ejKnuten";

export interface DriftsBelopp {
  /** Budget for the period, signed; 0 for a post without budget ("ej budgeterad"). */
  budget?: number;
  utfall: number;
  /** Utfall − Budget, also on sum rows. */
  avvikelse?: number;
  /** Prognos helår, signed; the budget helår when the post has no prognos (prognosArBudget). */
  prognosHelar?: number;
  budgetHelar?: number;
  /** Utfall / Budget helår. */
  forbrukadAndel?: number;
  /** The post has utfall but no Budget row for the year (budget counted as 0). */
  ejBudgeterad?: boolean;
  /** The post has no prognos: its budget helår is used ("prognos = budget"). */
  prognosArBudget?: boolean;
  /** True when the period budget came (at least partly) from a period budget the förbund gave. */
  periodbudget?: boolean;
  korning?: Korning;
}

export interface DriftsPost extends DriftsBelopp {
  post: string;
  agare?: string;
  source?: CellRef;
  /** The post's group: from the Budget sheet's Grupp column, else guessed (gruppGissad). */
  grupp?: Grupp;
  gruppGissad?: boolean;
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
  /** Periodens (Årets) resultat for the period. */
  totalt: DriftsBelopp;
  /** "Periodens resultat" in a delår, "Årets resultat" for a whole calendar year. */
  resultatRubrik: "Periodens resultat" | "Årets resultat";
  /** Budget version used for the budget columns. */
  version: BudgetVersion;
}

export const RUBRIK = {
  intakter: "Intäkter",
  administration: "Administrativa kostnader",
  individ: "Individinriktade",
  struktur: "Strukturinriktade",
  ejFordelat: "Ej fördelade medel",
  ovriga: "Övriga samverkansinsatser",
  ejKnuten: "Utfall som inte kunnat knytas till en insats",
} as const;

const INTAKT_NAMN = /intakt|medlemsavgift|medlemsbidrag|bidrag fran/;

const GRUPP_TEXT: Record<Grupp, string> = {
  medlemsintakt: "Medlemsintäkt",
  "ovrig-intakt": "Övrig intäkt",
  esf: "ESF",
  fortroendevalda: "Förtroendevalda",
  forvaltning: "Förvaltning",
  samverkansinsats: "Samverkansinsats",
  "ovrig-samverkansinsats": "Övrig samverkansinsats",
  finansiell: "Finansiell",
};

/** Swedish name of a group ("Förtroendevalda"). */
export const gruppText = (g: Grupp): string => GRUPP_TEXT[g];

/**
 * A sum row from ALL its rows: Σ budget (a post without budget counts 0), Σ utfall, Σ prognos (each post's prognos,
 * or its budget helår when it has none), Σ budget helår; avvikelse = utfall − budget of the sum row.
 */
export function summera(rader: readonly DriftsBelopp[]): DriftsBelopp {
  const sum = (f: (r: DriftsBelopp) => number | undefined) => rader.reduce((s, r) => s + (f(r) ?? 0), 0);
  const budget = sum((r) => r.budget);
  const utfall = sum((r) => r.utfall);
  const budgetHelar = sum((r) => r.budgetHelar);
  return {
    budget,
    utfall,
    avvikelse: utfall - budget + 0,
    prognosHelar: sum((r) => r.prognosHelar ?? r.budgetHelar),
    budgetHelar,
    forbrukadAndel: kvotAv(utfall, budgetHelar),
    prognosArBudget: rader.some((r) => r.prognosArBudget) || undefined,
  };
}

/** sign × x without a negative zero (−0 would show as "-0" in JSON-like output). */
const signed = (sign: number, x: number): number => sign * x + 0;

function belopp(
  sign: number,
  budget: number | undefined,
  utfall: number,
  prognos: number | undefined,
  helar: number | undefined,
): DriftsBelopp {
  const b = signed(sign, budget ?? 0);
  const u = signed(sign, utfall);
  const h = signed(sign, helar ?? 0);
  const out: DriftsBelopp = {
    budget: b,
    utfall: u,
    avvikelse: u - b + 0,
    prognosHelar: prognos === undefined ? h : signed(sign, prognos),
    budgetHelar: h,
    forbrukadAndel: kvotAv(u, h),
  };
  if (budget === undefined && helar === undefined) out.ejBudgeterad = true;
  if (prognos === undefined) out.prognosArBudget = true;
  return out;
}

interface Ctx {
  base: ParsedWorkbook;
  fran: IsoDate;
  till: IsoDate;
  ar: number;
  mode: PeriodiseringsLage;
  version: BudgetVersion;
  issues: Issue[];
  /** base.utfall grouped by postNyckel (utfallPerPost), read once for every post. */
  utfallPerPost: Map<string, UtfallRad[]>;
}

/** Prognos of the year from the post's Budget rows (the chosen version first); undefined when none has one. */
function prognosFor(ctx: Ctx, rader: readonly BudgetRad[]): number | undefined {
  const iAret = rader.filter((r) => r.ar === ctx.ar && !r.period && r.prognos !== undefined);
  const valda = iAret.filter((r) => (r.version ?? "beviljad") === ctx.version);
  const med = valda.length > 0 ? valda : iAret;
  return med.length === 0 ? undefined : med.reduce((s, r) => s + (r.prognos ?? 0), 0);
}

function insatsPost(ctx: Ctx, insats: Insats): DriftsPost | null {
  const key = postNyckel(insats.insats);
  const rader = ctx.base.budget.filter((r) => postNyckel(r.post) === key);
  const p = insatsBudget(insats, ctx.base.budget, ctx.fran, ctx.till, { mode: ctx.mode, version: ctx.version });
  const u = summeraUtfall(ctx.utfallPerPost.get(key) ?? [], insats.insats, ctx.fran, ctx.till);
  const helar = p.perAr[ctx.ar] ?? 0;
  const aktiv = snitt({ from: insats.start, to: insats.slut }, { from: ctx.fran, to: ctx.till });
  if (!aktiv && u.belopp === 0 && p.belopp === 0 && helar === 0) return null;
  ctx.issues.push(...u.issues);
  const b = belopp(-1, p.belopp, u.belopp, prognosFor(ctx, rader), helar);
  if (p.periodbudget) b.periodbudget = true;
  return { post: insats.insats, agare: insats.agare, source: insats.source, grupp: "samverkansinsats", ...b };
}

interface ForbundPost {
  post: string;
  kategori: Kategori;
  rader: BudgetRad[];
  source?: CellRef;
  /** True: only utfall rows, no Budget row in any year (cannot be tied to an insats or a budget post). */
  endastUtfall?: boolean;
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
    poster.set(key, { post: rad.post, kategori, rader: [], source: rad.source, endastUtfall: true });
  }
  return [...poster.values()];
}

function forbundPost(ctx: Ctx, fp: ForbundPost): DriftsPost | null {
  const iAret = fp.rader.filter((r) => (r.ar || yearOf(r.period?.from ?? "")) === ctx.ar);
  const iFonstret = fp.rader.filter((r) => snitt(r.period ?? aretsIntervall(r.ar), { from: ctx.fran, to: ctx.till }));
  const u = summeraUtfall(ctx.utfallPerPost.get(postNyckel(fp.post)) ?? [], fp.post, ctx.fran, ctx.till);
  if (iAret.length === 0 && iFonstret.length === 0 && u.belopp === 0) return null;
  ctx.issues.push(...u.issues);
  if (
    iAret.length === 0 &&
    u.belopp !== 0 &&
    !(fp.endastUtfall && fp.kategori === "kostnad" && gissaGrupp(fp.post, fp.kategori) === "ovrig-samverkansinsats")
  ) {
    const src = fp.source;
    const som = fp.kategori === "intakt" ? "intäkt" : "kostnad";
    ctx.issues.push(
      issue(
        "info",
        "POST_UTAN_BUDGET",
        src?.sheet ?? "",
        src?.cell ?? "",
        `${fp.post} har utfall men ingen rad i Budget för ${ctx.ar}. Posten redovisas som ${som}, "ej budgeterad" ` +
          `(budget 0, avvikelse = utfallet). Lägg till en rad i Budget (Post, Kategori, År, Budget) om det är fel.`,
      ),
    );
  }
  const pb =
    iFonstret.length === 0
      ? undefined
      : postBudget(iFonstret, aretsIntervall(ctx.ar), ctx.fran, ctx.till, { mode: ctx.mode, version: ctx.version });
  const helarRader = postBudget(iAret, aretsIntervall(ctx.ar), `${ctx.ar}-01-01`, `${ctx.ar}-12-31`, { version: ctx.version });
  const helar = iAret.length === 0 ? undefined : helarRader.perAr[ctx.ar];
  const sign = fp.kategori === "intakt" ? 1 : -1;
  const b = belopp(sign, pb?.belopp, u.belopp, prognosFor(ctx, iAret), helar);
  if (pb?.periodbudget) b.periodbudget = true;
  const explicit = fp.rader.find((r) => r.ar === ctx.ar && r.grupp)?.grupp ?? fp.rader.find((r) => r.grupp)?.grupp;
  const post: DriftsPost = { post: fp.post, source: fp.source, ...b, grupp: explicit ?? gissaGrupp(fp.post, fp.kategori) };
  if (!explicit && !fp.endastUtfall) post.gruppGissad = true;
  return post;
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
      ovriga.push({ ...post, grupp: "ovrig-samverkansinsats" });
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

/** "a, b, c, d och 8 till": at most `n` names, so a finding stays one readable line. */
function kortLista(namn: string[], n = 4): string {
  return namn.length <= n ? namn.join(", ") : `${namn.slice(0, n).join(", ")} och ${namn.length - n} till`;
}

/** Info findings: guessed groups, prognos = budget, prognos that implies a step change. */
function findings(ctx: Ctx, poster: DriftsPost[]): void {
  const gissade = poster.filter((p) => p.gruppGissad);
  if (gissade.length > 0) {
    const src = gissade[0].source;
    const ovantade = gissade.filter((p) => p.grupp === "ovrig-samverkansinsats" || p.grupp === "finansiell");
    const lista = kortLista(
      [...ovantade, ...gissade.filter((p) => !ovantade.includes(p))].map((p) => `${p.post} → ${gruppText(p.grupp!)}`),
      3,
    );
    ctx.issues.push(
      issue(
        "info",
        "GRUPP_GISSAD",
        src?.sheet ?? "",
        src?.cell ?? "",
        `Grupp saknas i Budget för ${gissade.length === 1 ? "1 post" : `${gissade.length} poster`}; gruppen är gissad från namnet: ${lista}. ` +
          `Lägg till kolumnen Grupp i Budget om någon gissning är fel.`,
      ),
    );
  }
  const utanPrognos = poster.filter((p) => p.prognosArBudget && !p.ejBudgeterad);
  if (utanPrognos.length > 0) {
    const src = utanPrognos[0].source;
    const n = utanPrognos.length === 1 ? "1 post" : `${utanPrognos.length} poster`;
    ctx.issues.push(
      issue(
        "info",
        "PROGNOS_SAKNAS",
        src?.sheet ?? "",
        src?.cell ?? "",
        `Prognos helår ${ctx.ar} saknas för ${n} (${kortLista(utanPrognos.map((p) => p.post))}): budgeten används, markerat "prognos = budget". ` +
          `Fyll i Prognos i Budget.`,
      ),
    );
  }
  const steg = poster.filter((p) => p.korning?.stegforandring);
  if (steg.length > 0) {
    const src = steg[0].source;
    const lista = kortLista(
      steg.map((p) => `${p.post} ${formatTkr(p.prognosHelar ?? 0)} (samma takt ${formatTkr(p.korning!.utfallTakt)})`),
      3,
    );
    ctx.issues.push(
      issue(
        "info",
        "PROGNOS_STEGFORANDRING",
        src?.sheet ?? "",
        src?.cell ?? "",
        `Prognosen förutsätter en tydlig förändring resten av året för ${steg.length === 1 ? "1 post" : `${steg.length} poster`}: ${lista}. ` +
          `Kontrollera prognosen eller förklara förändringen.`,
      ),
    );
  }
}

/** Computes the driftsredovisning (see the file comment for the formulas and the grouping). */
export function computeDriftsredovisning(
  base: ParsedWorkbook,
  options: { fran: IsoDate; till: IsoDate; mode?: PeriodiseringsLage; version?: BudgetVersion },
): { result: DriftsredovisningResultat; issues: Issue[] } {
  const ar = yearOf(options.till);
  const ovrigt = base.installningar.ovrigt ?? {};
  const mode = options.mode ?? periodiseringsLageFranInstallningar(ovrigt);
  const version = options.version ?? budgetVersionFranInstallningar(ovrigt);
  const ctx: Ctx = {
    base,
    fran: options.fran,
    till: options.till,
    ar,
    mode,
    version,
    issues: [],
    utfallPerPost: utfallPerPost(base.utfall),
  };
  const intakter: DriftsPost[] = [];
  const admin: DriftsPost[] = [];
  const ejFordelat: DriftsPost[] = [];
  const ovrigaPoster: DriftsPost[] = [];
  const ejKnutna: DriftsPost[] = [];
  for (const fp of forbundPoster(ctx)) {
    const post = forbundPost(ctx, fp);
    if (!post) continue;
    const g = post.grupp!;
    if (fp.endastUtfall && fp.kategori === "kostnad" && g === "ovrig-samverkansinsats") ejKnutna.push(post);
    else if (g === "medlemsintakt" || g === "ovrig-intakt" || g === "esf" || (g === "finansiell" && fp.kategori === "intakt"))
      intakter.push(post);
    else if (g === "fortroendevalda" || g === "forvaltning") admin.push(post);
    else if (g === "samverkansinsats") ejFordelat.push(post);
    else ovrigaPoster.push(post);
  }
  const ins = insatsGrupper(ctx, ejFordelat);
  const grupper = [
    grupp("intakter", RUBRIK.intakter, intakter),
    grupp("administration", RUBRIK.administration, admin),
    ...ins.grupper,
    grupp("ovriga", RUBRIK.ovriga, [...ins.ovriga, ...ovrigaPoster]),
  ];
  if (ejKnutna.length > 0) grupper.push(grupp("ejKnuten", RUBRIK.ejKnuten, ejKnutna));
  for (const g of grupper) {
    for (const p of g.poster) p.korning = korning(p, options.fran, options.till);
  }
  findings(
    ctx,
    grupper.flatMap((g) => g.poster),
  );
  const sektionSumma = (s: DriftsSektion) => summera(grupper.filter((g) => g.sektion === s).map((g) => g.summa));
  const totalt = summera(grupper.map((g) => g.summa));
  totalt.korning = korning(totalt, options.fran, options.till);
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
    totalt,
    resultatRubrik: options.fran === `${ar}-01-01` && options.till === `${ar}-12-31` ? "Årets resultat" : "Periodens resultat",
    version,
  };
  return { result, issues: ctx.issues };
}

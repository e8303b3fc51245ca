/** The driftsredovisning's posts (insatser and förbund posts) and their grouping into sections (driftsredovisning.ts). */
import { issue, type Issue } from "../issues";
import type { BudgetRad, BudgetVersion, CellRef, Insats, IsoDate, Kategori, ParsedWorkbook, UtfallRad } from "../model";
import { summeraUtfall } from "./forbrukningskvot";
import { insatsBudget, postBudget } from "./periodbudget";
import { gissaGrupp } from "./grupp";
import { aretsIntervall, postNyckel, snitt, yearOf, type PeriodiseringsLage } from "./periodisering";
import { belopp, summera } from "./driftsredovisning-belopp";
import { RUBRIK, type DriftsGrupp, type DriftsPost, type DriftsSektion } from "./driftsredovisning-types";

const INTAKT_NAMN = /intakt|medlemsavgift|medlemsbidrag|bidrag fran/;

export interface Ctx {
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
export function forbundPoster(ctx: Ctx): ForbundPost[] {
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

export function forbundPost(ctx: Ctx, fp: ForbundPost): DriftsPost | null {
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

export function grupp(sektion: DriftsSektion, rubrik: string, poster: DriftsPost[]): DriftsGrupp {
  return { sektion, rubrik, poster, summa: summera(poster) };
}

/** Samverkansinsats groups, in order: by Inriktning (first appearance) or Individ / Struktur. */
export function insatsGrupper(
  ctx: Ctx,
  ejFordelat: DriftsPost[],
): { grupper: DriftsGrupp[]; ovriga: DriftsPost[]; efter: "inriktning" | "typ" } {
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

import type { Issue } from "../issues";
import type { BudgetVersion, IsoDate, ParsedWorkbook } from "../model";
import { utfallPerPost } from "./forbrukningskvot";
import { budgetVersionFranInstallningar } from "./periodbudget";
import { periodiseringsLageFranInstallningar, yearOf, type PeriodiseringsLage } from "./periodisering";

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

import { korning } from "./korning";
import { summera } from "./driftsredovisning-belopp";
import { findings } from "./driftsredovisning-findings";
import { forbundPost, forbundPoster, grupp, insatsGrupper, type Ctx } from "./driftsredovisning-poster";
import { RUBRIK, type DriftsPost, type DriftsredovisningResultat, type DriftsSektion } from "./driftsredovisning-types";
export { korning, type Korning } from "./korning";
export { summera } from "./driftsredovisning-belopp";
export {
  RUBRIK,
  gruppText,
  type DriftsBelopp,
  type DriftsGrupp,
  type DriftsPost,
  type DriftsredovisningResultat,
  type DriftsSektion,
} from "./driftsredovisning-types";

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

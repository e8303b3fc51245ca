import type { ModuleOutput, PipelineContext, ReportModule } from "./types";
import { computeDriftsredovisning } from "../compute/driftsredovisning";
import { computeResultatNyckeltal } from "../compute/nyckeltal/resultat";
import { computeResultatrakning } from "../compute/resultatrakning";
import { planResultat, RESULTAT_KIND } from "../plan/resultat";

/**
 * Report module "Resultat" (domain.md §3.2, §5): the resultaträkning (LKBR) of the period, regrouped from
 * the driftsredovisning's computed posts, and the nyckeltal (eget kapital vs tak, förbrukning i förhållande
 * till medlemsintäkt, utfall mot årsbudget, förbrukad andel per grupp). Needs what the driftsredovisning
 * needs (a budget and Utfall); null otherwise. Plans the sheet "Resultat ÅÅÅÅ-MM-DD".
 */
export const resultatModule: ReportModule<"resultat"> = {
  kind: RESULTAT_KIND,
  label: "Resultaträkning och nyckeltal",
  run(ctx: PipelineContext): ModuleOutput<"resultat"> | null {
    const { base, options } = ctx;
    if (base.budget.length === 0 && base.insatser.length === 0) return null;
    if (base.utfall.length === 0 && !base.sourceSheets.utfall) return null;
    const drift = computeDriftsredovisning(base, { fran: options.fran, till: options.till });
    const resultatrakning = computeResultatrakning(drift.result);
    const nyckeltal = computeResultatNyckeltal({ base, sheets: ctx.sheets, drift: drift.result, rr: resultatrakning });
    return {
      result: { resultatrakning, nyckeltal: nyckeltal.result },
      plans: [planResultat(resultatrakning, nyckeltal.result, base, { idag: options.idag })],
      issues: [...drift.issues, ...nyckeltal.issues],
    };
  },
};

import type { ModuleOutput, PipelineContext, ReportModule } from "./types";
import { computeDriftsredovisning } from "../compute/driftsredovisning";
import { DRIFTSREDOVISNING_KIND, planDriftsredovisning } from "../plan/driftsredovisning";

/**
 * Report module "Driftsredovisning" (domain.md §3.2): needs a budget (Budget sheet or insatser
 * with budget) and Utfall; plans the sheet "Driftsredovisning ÅÅÅÅ-MM-DD".
 */
export const driftsredovisningModule: ReportModule<"driftsredovisning"> = {
  kind: DRIFTSREDOVISNING_KIND,
  label: "Driftsredovisning",
  run(ctx: PipelineContext): ModuleOutput<"driftsredovisning"> | null {
    const { base, options } = ctx;
    if (base.budget.length === 0 && base.insatser.length === 0) return null;
    if (base.utfall.length === 0 && !base.sourceSheets.utfall) return null;
    const { result, issues } = computeDriftsredovisning(base, { fran: options.fran, till: options.till });
    return { result, plans: [planDriftsredovisning(result, base, { idag: options.idag })], issues };
  },
};

import type { ModuleOutput, PipelineContext, ReportModule } from "./types";
import { computeForbrukningskvot } from "../compute/forbrukningskvot";
import { FORBRUKNINGSKVOT_KIND, planForbrukningskvot } from "../plan/forbrukningskvot";

/**
 * Report module "Förbrukningskvot" (domain.md §3.1): needs Insatser and Utfall;
 * computes the kvot per insats for [fran, till] and plans the sheet "Förbrukningskvot ÅÅÅÅ-MM-DD".
 */
export const forbrukningskvotModule: ReportModule<"forbrukningskvot"> = {
  kind: FORBRUKNINGSKVOT_KIND,
  label: "Förbrukningskvot",
  run(ctx: PipelineContext): ModuleOutput<"forbrukningskvot"> | null {
    const { base, options } = ctx;
    if (base.insatser.length === 0) return null;
    if (base.utfall.length === 0 && !base.sourceSheets.utfall) return null;
    const { result, issues } = computeForbrukningskvot(base, { fran: options.fran, till: options.till });
    return { result, plans: [planForbrukningskvot(result, base, { idag: options.idag })], issues };
  },
};

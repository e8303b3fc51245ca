import type { RawSheet } from "../../src/domain/model";
import { INTERNT_FEL, runPipeline } from "../../src/domain/pipeline/pipeline";
import type { PipelineOptions, PipelineResult } from "../../src/domain/reports/types";
import { inputMentions, issueViolations, noThrow, nonFiniteNumbers, personnummerLeaks, planViolations } from "./invariants";
import { ALL_MODULES } from "./workbooks";

/** The pipeline with every report module, and the list of invariants one run breaks (empty = fine). */

export function runAll(sheets: RawSheet[], options: PipelineOptions): PipelineResult {
  return runPipeline(sheets, options, { modules: ALL_MODULES });
}

export function pipelineViolations(sheets: RawSheet[], options: PipelineOptions): string[] {
  let result: PipelineResult | undefined;
  const thrown = noThrow(() => void (result = runAll(sheets, options)));
  if (thrown.length > 0 || !result) return thrown;
  const r = result;
  const internal = r.issues.filter((i) => i.code === INTERNT_FEL).map((i) => `INTERNT_FEL: ${i.message}`);
  let json = "";
  const serialise = noThrow(() => void (json = JSON.stringify(r.results)));
  return [
    ...internal,
    ...serialise,
    ...(json.includes("NaN") && !inputMentions(sheets, "NaN") ? ["NaN text in results"] : []),
    ...issueViolations(r.issues, sheets),
    ...planViolations(r.plans, sheets),
    ...nonFiniteNumbers(r.results, "results"),
    ...personnummerLeaks(r.plans, r.issues),
  ];
}

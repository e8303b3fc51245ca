import fc from "fast-check";
import type { RawSheet } from "../../src/domain/model";
import { INTERNT_FEL, runPipeline } from "../../src/domain/pipeline";
import type { PipelineOptions, PipelineResult } from "../../src/domain/pipeline-types";
import { inputMentions, issueViolations, noThrow, none, nonFiniteNumbers, personnummerLeaks, planViolations } from "./invariants";
import { check } from "./runs";
import { ALL_MODULES, optionsArb, workbookArb } from "./workbooks";

/**
 * Fuzzing the whole pipeline (detection → parsing → validation → every report module → Valideringsrapport) on
 * random workbooks of 1–5 sheets mixing every input layout with chaos. Nothing may throw — not even inside a
 * module, where the pipeline would turn it into INTERNT_FEL — every issue is well formed, every planned cell
 * finite, every result JSON-serialisable without NaN, and no personnummer-like text reaches a plan or a message.
 */

function runAll(sheets: RawSheet[], options: PipelineOptions): PipelineResult {
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

describe("fuzz: the whole pipeline on random workbooks", () => {
  it("never throws, never reports INTERNT_FEL, never plans NaN, never leaks a personnummer", () => {
    check(
      "runPipeline",
      fc.property(workbookArb(), optionsArb, (sheets, options) => {
        none(pipelineViolations(sheets, options), "runPipeline");
      }),
      1_500,
    );
  });
});

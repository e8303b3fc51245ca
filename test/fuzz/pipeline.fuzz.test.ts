import fc from "fast-check";
import { none } from "./invariants";
import { pipelineViolations, runAll } from "./pipeline-check";
import { check } from "./runs";
import { exempelSheets, mutate, mutationsArb } from "./exempel";
import { optionsArb, workbookArb } from "./workbooks";

/**
 * Fuzzing the whole pipeline (detection → parsing → validation → every report module → Valideringsrapport) on
 * random workbooks of 1–5 sheets mixing every input layout with chaos. Nothing may throw — not even inside a
 * module, where the pipeline would turn it into INTERNT_FEL — every issue is well formed, every planned cell
 * finite, every result JSON-serialisable without NaN, and no personnummer-like text reaches a plan or a message.
 */

describe("fuzz: the whole pipeline on random workbooks", () => {
  it("never throws, never reports INTERNT_FEL, never plans NaN, never leaks a personnummer", () => {
    check(
      "runPipeline",
      fc.property(workbookArb(), optionsArb, (sheets, options) => {
        none(pipelineViolations(sheets, options), "runPipeline");
      }),
      800,
    );
  });
});

describe("fuzz: mutations of the example workbook", () => {
  const base = exempelSheets(true);

  it("the unmutated example runs clean of internal errors (the mutations start from a working workbook)", () => {
    none(pipelineViolations(base, { fran: "2024-01-01", till: "2024-06-30", idag: "2024-11-24", publicering: { threshold: 5 } }));
    expect(runAll(base, { fran: "2024-01-01", till: "2024-06-30", idag: "2024-11-24" }).plans.length).toBeGreaterThanOrEqual(6);
  });

  it("cells overwritten, rows deleted/duplicated/swapped, sheets renamed, moved or dropped: still no violation", () => {
    check(
      "runPipeline (mutated example)",
      fc.property(mutationsArb(), optionsArb, fc.boolean(), (mutations, options, q2) => {
        const opts = q2 ? { ...options, fran: "2024-01-01", till: "2024-06-30" } : options;
        none(pipelineViolations(mutate(base, mutations), opts), "mutated example");
      }),
      30,
    );
  });
});

import { forbrukningskvotModule } from "../../../src/domain/reports/forbrukningskvot";
import type { ForbrukningskvotResultat } from "../../../src/domain/compute/forbrukningskvot";
import type { PipelineContext } from "../../../src/domain/reports/types";
import { uppsala2024 } from "../fixtures/uppsala-2024";

const options = { fran: "2024-01-01", till: "2024-06-30", idag: "2024-10-24" };

describe("report module Förbrukningskvot", () => {
  it("computes, plans one sheet and returns the issues", () => {
    const ctx: PipelineContext = { sheets: [], base: uppsala2024(), options };
    const out = forbrukningskvotModule.run(ctx)!;
    expect(forbrukningskvotModule.kind).toBe("forbrukningskvot");
    expect(forbrukningskvotModule.label).toBe("Förbrukningskvot");
    const result = out.result as ForbrukningskvotResultat;
    expect(result.total.utfall).toBe(9_627_700);
    expect(out.plans.map((p) => [p.kind, p.key, p.name])).toEqual([["forbrukningskvot", "2024-06-30", "Förbrukningskvot 2024-06-30"]]);
    expect(out.issues.map((i) => i.code)).toContain("KVOT_UTAN_BUDGET");
    expect(JSON.parse(JSON.stringify(out.result))).toMatchObject({ fran: "2024-01-01", till: "2024-06-30" });
  });

  it("returns null when the workbook has no insatser or no utfall", () => {
    const base = uppsala2024();
    expect(forbrukningskvotModule.run({ sheets: [], base: { ...base, insatser: [] }, options })).toBeNull();
    expect(
      forbrukningskvotModule.run({ sheets: [], base: { ...base, utfall: [], sourceSheets: { insatser: "Insatser" } }, options }),
    ).toBeNull();
  });
});
